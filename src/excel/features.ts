/**
 * What the running Excel can do, from its ExcelApi requirement sets. The manifest asks for 1.7
 * (change events); everything newer is detected here at run time, so an older Excel still gets
 * the table and the pane can say what it lacks instead of failing.
 */
import type { HostCapabilities } from "../host/workbook-host";

/** The ExcelApi versions the adapter asks about, each for the feature named beside it. */
export interface ExcelFeatures {
  /** 1.6: conditional formats marking wrong totals. */
  conditionalFormats: boolean;
  /** 1.7: `worksheet.onChanged`, `worksheets.onAdded/onDeleted`. */
  changeEvents: boolean;
  /** 1.7: freeze panes. */
  freezePanes: boolean;
  /** 1.8: data validation. */
  dataValidation: boolean;
  /** 1.9: `worksheet.getRanges` (select several separate cells at once). */
  multiSelect: boolean;
  /** 1.9: page layout (paper, fit, margins, print area, title rows, breaks, footer). */
  pageLayout: boolean;
  /** 1.9: `format.indentLevel`. */
  indent: boolean;
  /** 1.9: `worksheets.onChanged`, one handler for every sheet, present and future. */
  workbookChangeEvent: boolean;
  /** 1.14: `triggerSource` on change events, which names the add-in's own writes. */
  triggerSource: boolean;
  /** 1.17: `worksheets.onNameChanged`. */
  nameChangedEvent: boolean;
}

/** `isSetSupported("ExcelApi", version)`, or a stand-in in tests. */
export type ExcelApiCheck = (version: string) => boolean;

export function detectFeatures(supports: ExcelApiCheck): ExcelFeatures {
  const v19 = supports("1.9");
  return {
    conditionalFormats: supports("1.6"),
    changeEvents: supports("1.7"),
    freezePanes: supports("1.7"),
    dataValidation: supports("1.8"),
    multiSelect: v19,
    pageLayout: v19,
    indent: v19,
    workbookChangeEvent: v19,
    triggerSource: supports("1.14"),
    nameChangedEvent: supports("1.17"),
  };
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
    multiSelect: f.multiSelect,
    dataValidation: f.dataValidation,
    conditionalFormats: f.conditionalFormats,
    pageLayout: f.pageLayout && f.freezePanes,
  };
}
