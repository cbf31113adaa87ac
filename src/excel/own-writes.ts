/**
 * The add-in's own writes, so their change events do not reach the pane as if the user had typed.
 *
 * From ExcelApi 1.14 Excel says so itself (`triggerSource === "ThisLocalAddin"`) and this window is
 * not used. Below 1.14 each write opens a window before its batch is sent; it stays open while
 * the batch runs and for `OWN_WRITE_GRACE_MS` after it returns, because Excel delivers the events
 * after the batch completes. During the window an event is taken for the add-in's own only when
 * it concerns what was written: any change on a sheet the add-in just created, or a change that
 * touches a cell just written. Anything else, and anything this cannot tell (an address it cannot
 * read), still reaches the pane: a needless re-check costs little, a lost edit leaves stale results.
 */
import { rectOfA1, type Rect } from "../core/layout/rects";

/** How long after a write's batch returns its change events may still arrive. */
export const OWN_WRITE_GRACE_MS = 1500;

type Box = Rect;

interface Mark {
  sheet: string;
  /** The written cells, or "sheet" for a whole sheet the add-in created. */
  cells: Box[] | "sheet";
  /** When the window closes (ms); Infinity while the batch is running. */
  until: number;
}

/** `D9`, `D9:F12`, `$D$9` → a box; whole rows/columns (`3:3`, `A:C`) and nonsense → null. */
function boxOf(address: string): Box | null {
  try {
    return rectOfA1(address.slice(address.lastIndexOf("!") + 1));
  } catch {
    return null;
  }
}

const overlaps = (a: Box, b: Box): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

const sameSheet = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export class OwnWrites {
  private marks: Mark[] = [];

  constructor(
    private readonly now: () => number = Date.now,
    private readonly graceMs: number = OWN_WRITE_GRACE_MS,
  ) {}

  /**
   * Open a window for a write to `cells` of `sheet` ("sheet": a sheet the add-in creates).
   * Call the returned function when the batch has returned (also when it failed).
   */
  begin(sheet: string, cells: readonly string[] | "sheet"): () => void {
    const mark: Mark = {
      sheet,
      cells: cells === "sheet" ? "sheet" : cells.map(boxOf).filter((b): b is Box => b !== null),
      until: Infinity,
    };
    this.marks.push(mark);
    return () => {
      mark.until = this.now() + this.graceMs;
    };
  }

  /** Whether a change on `sheet` at `address` (absent: the sheet as a whole) is the add-in's own. */
  covers(sheet: string, address: string | undefined): boolean {
    const now = this.now();
    this.marks = this.marks.filter((m) => m.until >= now);
    return this.marks.some((m) => {
      if (!sameSheet(m.sheet, sheet)) return false;
      const written = m.cells;
      if (written === "sheet") return true;
      if (address === undefined) return false;
      // A change of several areas comes as `D9,F12:F14`.
      const boxes = address.split(",").map((a) => boxOf(a.trim()));
      return boxes.some((box) => box !== null && written.some((c) => overlaps(c, box)));
    });
  }
}
