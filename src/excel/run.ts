/**
 * The one way the adapter enters Excel. `delayForCellEdit` makes Excel hold the batch while the
 * user is typing in a cell instead of failing it, so a live check never errors mid-edit.
 */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}
