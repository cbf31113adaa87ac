/**
 * The sheets as the adapter last saw them, by id (ids survive renames). A check queues the used
 * ranges of these sheets together with loading the real list, so an unchanged workbook is read
 * in one round trip; when the real list differs, the check reads again.
 */

export interface SheetId {
  id: string;
  name: string;
}

export class SheetList {
  /** Ids in tab order from the last look, or null before the first. */
  private order: string[] | null = null;
  private names = new Map<string, string>();

  /** The ids in tab order, or null when the adapter has not looked yet. */
  ids(): readonly string[] | null {
    return this.order;
  }

  nameOf(id: string): string | undefined {
    return this.names.get(id);
  }

  /** The real list, freshly loaded. */
  update(sheets: readonly SheetId[]): void {
    this.order = sheets.map((s) => s.id);
    for (const s of sheets) this.names.set(s.id, s.name);
  }

  /** A sheet the add-in itself added (Excel adds at the end). */
  append(sheet: SheetId): void {
    this.names.set(sheet.id, sheet.name);
    if (this.order && !this.order.includes(sheet.id)) this.order.push(sheet.id);
  }

  rename(id: string, name: string): void {
    this.names.set(id, name);
  }

  /** A deleted sheet: drop it now, so the next check does not ask for a sheet that is gone. */
  remove(id: string): void {
    if (this.order) this.order = this.order.filter((x) => x !== id);
  }

  /** Start over: the next check loads the list first. */
  forget(): void {
    this.order = null;
  }
}
