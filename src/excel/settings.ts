/**
 * Settings stored in the workbook itself (`Office.context.document.settings`): they travel with
 * the file, so a colleague who opens it gets the same choices. No Excel round trip; saving is
 * Office's own asynchronous call.
 */
import { ExcelHostError } from "./errors";

export function readSetting<T>(key: string): T | undefined {
  // Office.js types `get` as any; the caller names what it stored under `key`.
  const value: unknown = Office.context.document.settings.get(key);
  return value === null || value === undefined ? undefined : (value as T);
}

/** Store `value` under `key` (undefined removes it) and save the settings into the workbook. */
export function writeSetting(key: string, value: unknown): Promise<void> {
  const settings = Office.context.document.settings;
  if (value === undefined) settings.remove(key);
  else settings.set(key, value);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        reject(new ExcelHostError(`设置没有保存到工作簿：${result.error?.message ?? "未知原因"}`, result.error));
      } else {
        resolve();
      }
    });
  });
}
