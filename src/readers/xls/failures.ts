/** What SheetJS's exceptions on a bad .xls mean for the user, in Chinese. */

const PASSWORD = "文件设置了打开密码（已加密），无法读取；请在 Excel 或 WPS 中清除打开密码并保存后再校验";
const NOT_A_WORKBOOK = "这是一个 OLE 复合文档，但其中没有 Excel 工作簿（可能是其他 Office 文件改了扩展名）；请用 Excel 或 WPS 另存为 .xlsx 后再校验";
const DAMAGED = "文件已损坏，无法作为 Excel 97-2003 工作簿（.xls/.et）读取；请在 Excel 或 WPS 中打开并另存为 .xlsx 后再校验";

export function explainFailure(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/password|encrypt/i.test(message)) return PASSWORD;
  if (/Cannot find Workbook stream|Works 4 for Mac/i.test(message)) return NOT_A_WORKBOOK;
  return DAMAGED;
}
