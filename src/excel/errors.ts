/** Failures the adapter reports to the user, in Chinese, with Excel's own error kept as `cause`. */

export class ExcelHostError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = "ExcelHostError";
  }
}

/** Excel's error code (`ItemNotFound`, `InvalidArgument`…), when the error carries one. */
export function excelErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** Excel's own words for an error, for the end of a Chinese message. */
export function excelErrorText(error: unknown): string {
  const text = error instanceof Error && error.message ? error.message : String(error);
  // The Chinese sentence around it brings its own full stop.
  return text.trim().replace(/[.。!！\s]+$/u, "");
}

/** The error a sheet that is gone gets: said in words the user can act on. */
export function sheetGoneError(sheet: string, error: unknown): ExcelHostError {
  return new ExcelHostError(`找不到工作表“${sheet}”，它可能已被重命名或删除。请重新校验后再试。`, error);
}
