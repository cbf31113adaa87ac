/**
 * Change events for live checking. ExcelApi 1.9 has one `worksheets.onChanged` for every sheet,
 * present and future; from 1.7 each sheet has its own, so the adapter registers on every sheet
 * and on each sheet added later. Added, deleted and (1.17) renamed sheets are reported too: each
 * changes what a check finds. The add-in's own writes are dropped (see `own-writes.ts`); the
 * debounce is the pane's.
 */
import type { SheetChange } from "../host/workbook-host";
import type { ExcelFeatures } from "./features";
import type { OwnWrites } from "./own-writes";
import { runExcel } from "./run";
import type { SheetList } from "./sheet-list";

type Registration = OfficeExtension.EventHandlerResult<unknown>;

export class ChangeFeed {
  private registrations: Registration[] = [];
  private stopped = false;

  constructor(
    private readonly handler: (change: SheetChange) => void,
    private readonly features: ExcelFeatures,
    private readonly sheets: SheetList,
    private readonly own: OwnWrites,
  ) {}

  /** Register the handlers: one round trip from ExcelApi 1.9, two below (the sheets first). */
  async start(): Promise<void> {
    await runExcel(async (context) => {
      const worksheets = context.workbook.worksheets;
      // The sheet list comes along: events are named from it, and the first check after this
      // already reads in one round trip.
      worksheets.load("items/name,items/id");
      if (this.features.workbookChangeEvent) {
        this.keep(worksheets.onChanged.add((args) => this.changed(args)));
      } else {
        await context.sync();
        this.sheets.update(worksheets.items.map((s) => ({ id: s.id, name: s.name })));
        for (const sheet of worksheets.items) this.keep(sheet.onChanged.add((args) => this.changed(args)));
      }
      this.keep(worksheets.onAdded.add((args) => this.added(args)));
      this.keep(worksheets.onDeleted.add((args) => this.deleted(args)));
      if (this.features.nameChangedEvent) this.keep(worksheets.onNameChanged.add((args) => this.renamed(args)));
      await context.sync();
      this.sheets.update(worksheets.items.map((s) => ({ id: s.id, name: s.name })));
    });
  }

  /**
   * Remove every handler: in the request context each was added in, as Office.js requires
   * (`Excel.run(result.context, …)`), one round trip per context.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    const byContext = new Map<OfficeExtension.ClientRequestContext, Registration[]>();
    for (const r of this.registrations) byContext.set(r.context, [...(byContext.get(r.context) ?? []), r]);
    this.registrations = [];
    for (const [context, registrations] of byContext) {
      await Excel.run(context, async (ctx) => {
        for (const r of registrations) r.remove();
        await ctx.sync();
      });
    }
  }

  private keep<T>(registration: OfficeExtension.EventHandlerResult<T>): void {
    this.registrations.push(registration as Registration);
  }

  /** The sheet's name: known from the last look, else asked of Excel (one round trip). */
  private async nameOf(id: string): Promise<string> {
    const known = this.sheets.nameOf(id);
    if (known !== undefined) return known;
    return runExcel(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(id);
      sheet.load("name");
      await context.sync();
      if (sheet.isNullObject) return "";
      this.sheets.rename(id, sheet.name);
      return sheet.name;
    });
  }

  private deliver(change: SheetChange): void {
    if (!this.stopped) this.handler(change);
  }

  private async changed(args: Excel.WorksheetChangedEventArgs): Promise<void> {
    // ExcelApi 1.14 names the add-in's own writes; below it, the write window decides.
    if (this.features.triggerSource && args.triggerSource === "ThisLocalAddin") return;
    const sheet = await this.nameOf(args.worksheetId);
    if (!this.features.triggerSource && this.own.covers(sheet, args.address)) return;
    this.deliver(args.address ? { sheet, address: args.address } : { sheet });
  }

  private async added(args: Excel.WorksheetAddedEventArgs): Promise<void> {
    if (!this.features.workbookChangeEvent && !this.stopped) await this.watch(args.worksheetId);
    const sheet = await this.nameOf(args.worksheetId);
    // The add-in's own insertion opens a window on the new sheet's name (no triggerSource here).
    if (this.own.covers(sheet, undefined)) return;
    this.deliver({ sheet });
  }

  private async deleted(args: Excel.WorksheetDeletedEventArgs): Promise<void> {
    const sheet = this.sheets.nameOf(args.worksheetId) ?? "";
    this.sheets.remove(args.worksheetId);
    this.deliver({ sheet });
  }

  private async renamed(args: Excel.WorksheetNameChangedEventArgs): Promise<void> {
    this.sheets.rename(args.worksheetId, args.nameAfter);
    this.deliver({ sheet: args.nameAfter });
  }

  /** Below ExcelApi 1.9: listen on a sheet added after `start` (one round trip). */
  private async watch(id: string): Promise<void> {
    await runExcel(async (context) => {
      this.keep(context.workbook.worksheets.getItem(id).onChanged.add((args) => this.changed(args)));
      await context.sync();
    });
  }
}
