/**
 * Moving the active cell as a spreadsheet does: Enter goes down, Tab right, Shift reverses, arrows
 * go their way, and a merged area counts as one cell (moving off it leaves from its far edge).
 */
import type { CellPos } from "../core/types";
import type { MergeIndex } from "./merges";

export type Direction = "up" | "down" | "left" | "right";

/** The last row and column the grid offers (0-based). */
export interface Limits {
  maxRow: number;
  maxCol: number;
}

/** The cell one step from `pos` in `dir`, the anchor of a merge when it lands on one. */
export function step(pos: CellPos, dir: Direction, merges: MergeIndex, limits: Limits): CellPos {
  const from = merges.anchor(pos);
  const area = merges.at(from) ?? { top: from.row, left: from.col, bottom: from.row, right: from.col };
  // Leaving a merge keeps the row (or column) the move started from, as Excel does.
  let next: CellPos;
  switch (dir) {
    case "up":
      next = { row: area.top - 1, col: pos.col };
      break;
    case "down":
      next = { row: area.bottom + 1, col: pos.col };
      break;
    case "left":
      next = { row: pos.row, col: area.left - 1 };
      break;
    case "right":
      next = { row: pos.row, col: area.right + 1 };
      break;
  }
  if (next.row < 0 || next.col < 0 || next.row > limits.maxRow || next.col > limits.maxCol) return from;
  return merges.anchor(next);
}

/** What a key does to the active cell: a direction, or nothing. */
export function keyDirection(key: string, shift: boolean): Direction | null {
  switch (key) {
    case "Enter":
      return shift ? "up" : "down";
    case "Tab":
      return shift ? "left" : "right";
    case "ArrowUp":
      return "up";
    case "ArrowDown":
      return "down";
    case "ArrowLeft":
      return "left";
    case "ArrowRight":
      return "right";
    default:
      return null;
  }
}
