/** The Office.js adapter: the only place the add-in calls Excel. */
export { createExcelHost, type ExcelHost, type ExcelHostOptions } from "./host";
export type { InsertOptions, InsertResult } from "./insert";
export { skippedParts, type OptionalPart, type SkippedPart } from "./apply-plan";
export type { ExcelFeatures } from "./features";
export { ExcelHostError } from "./errors";
export { OWN_WRITE_GRACE_MS } from "./own-writes";
