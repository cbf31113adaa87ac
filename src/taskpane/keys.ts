/**
 * Names of the pane's interactive elements (`data-key`), shared by the view, which labels them,
 * and the controller, which says where the keyboard focus goes after an action (from 保留并说明
 * into the note, from 保存 to the kept finding), so keyboard users never lose their place.
 */
import type { FindingId } from "./identity";

export const keys = {
  recheck: "recheck",
  select: (id: FindingId): string => `select:${id}`,
  keep: (id: FindingId): string => `keep:${id}`,
  note: (id: FindingId): string => `note:${id}`,
  save: (id: FindingId): string => `save:${id}`,
  cancel: (id: FindingId): string => `cancel:${id}`,
  release: (id: FindingId): string => `release:${id}`,
  insertToggle: "insert-toggle",
  format: "insert-format",
  year: "insert-year",
  agency: "insert-agency",
  insert: "insert-submit",
};
