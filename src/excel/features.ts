/**
 * What the running Excel can do, from its ExcelApi requirement sets. The manifest asks for 1.7
 * (change events); everything newer is detected here at run time, so an older Excel still gets
 * the table and the pane can say what it lacks instead of failing.
 *
 * `FEATURE_SETS` is the one place a feature is tied to its set: `detectFeatures` asks exactly
 * these, and test/excel/feature-gates.test.ts checks that every Office.js member above 1.7 the
 * adapter uses is reached only under a flag whose set is at least the member's own (read from
 * the JSDoc of @types/office-js).
 */
import type { HostCapabilities } from "../host/workbook-host";

/** The manifest's `<Set Name="ExcelApi" MinVersion>`: what every Excel running the add-in has. */
export const MANIFEST_MIN_SET = "1.7";

/** Each feature and the ExcelApi version it needs. */
export const FEATURE_SETS = {
  /** Conditional formats marking wrong totals. */
  conditionalFormats: "1.6",
  /** `worksheet.onChanged`, `worksheets.onAdded/onDeleted`. */
  changeEvents: "1.7",
  /** Freeze panes. */
  freezePanes: "1.7",
  /** Data validation. */
  dataValidation: "1.8",
  /** Page layout (paper, fit, margins, print area, title rows, breaks, footer). */
  pageLayout: "1.9",
  /** `format.indentLevel`. */
  indent: "1.9",
  /** `worksheets.onChanged`, one handler for every sheet, present and future. */
  workbookChangeEvent: "1.9",
  /** `triggerSource` on change events, which names the add-in's own writes. */
  triggerSource: "1.14",
  /** `worksheets.onNameChanged`. */
  nameChangedEvent: "1.17",
  /**
   * `worksheet.getRanges(…).select()`: several separate cells selected at once. `getRanges` is
   * 1.9 but selecting what it gives (`RangeAreas.select`) is 1.18 (Microsoft 365 Version 2501,
   * Mac 16.93); Excel 2021 and 2024 lack it.
   */
  selectAreas: "1.18",
} as const;

export type ExcelFeatureName = keyof typeof FEATURE_SETS;

/** Which features the running Excel has. */
export type ExcelFeatures = Record<ExcelFeatureName, boolean>;

/** `isSetSupported("ExcelApi", version)`, or a stand-in in tests. */
export type ExcelApiCheck = (version: string) => boolean;

export function detectFeatures(supports: ExcelApiCheck): ExcelFeatures {
  const names = Object.keys(FEATURE_SETS) as ExcelFeatureName[];
  return Object.fromEntries(names.map((name) => [name, supports(FEATURE_SETS[name])])) as ExcelFeatures;
}

/**
 * The running Office's check. Outside Office (a plain page, a test without the global) nothing
 * is supported: the adapter must not promise what it cannot confirm.
 */
export function officeExcelApiCheck(): ExcelApiCheck {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return (version) => requirements?.isSetSupported("ExcelApi", version) === true;
}

export function capabilitiesOf(f: ExcelFeatures): HostCapabilities {
  return {
    changeEvents: f.changeEvents,
    multiSelect: f.selectAreas,
    dataValidation: f.dataValidation,
    conditionalFormats: f.conditionalFormats,
    pageLayout: f.pageLayout && f.freezePanes,
  };
}
