/**
 * What is too large, decided before the work is done. A file breaching a limit is that file's
 * error (or, for a sheet that cannot hold a report, a note), never a crash of the run.
 */
export interface ReadLimits {
  /** Bytes of the file itself. */
  maxFileBytes: number;
  /** Bytes all parts of a zip (xlsx, docx) may inflate to, together. */
  maxInflatedBytes: number;
  /** Inflated ÷ compressed for one zip part: beyond this it is a zip bomb, not a workbook. */
  maxCompressionRatio: number;
  /**
   * Cells holding a value on one sheet; a sheet beyond it is skipped with a note. A report table
   * has a few hundred; a million is a data sheet, and reading on to the end of a 1,048,576-row
   * sheet would cost seconds for nothing.
   */
  maxCellsPerSheet: number;
  /**
   * Cells covered by merged areas on one sheet, counted as rectangles' areas (document tables'
   * rowspan/colspan). The .xlsx reader clips merges to the used range and its cost does not grow
   * with their area, so it needs no such cap.
   */
  maxMergedCellsPerSheet: number;
  /** Merged ranges on one sheet; beyond it the sheet is skipped with a note. */
  maxMergesPerSheet: number;
  /** Sheets (or document tables) in one file. */
  maxSheets: number;
  /** Pages of a PDF. */
  maxPages: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxInflatedBytes: 400 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxCellsPerSheet: 1_000_000,
  maxMergedCellsPerSheet: 50_000_000,
  maxMergesPerSheet: 500_000,
  maxSheets: 1_000,
  maxPages: 500,
};
