/**
 * Settings stored in the workbook itself (`Office.context.document.settings`): they travel with
 * the file, so a colleague who opens it gets the same choices. No Excel round trip; loading and
 * saving are Office's own asynchronous calls.
 *
 * Two runtimes hold their own copy: the pane and the ribbon command each load the settings when
 * they start, and `saveAsync` writes the whole copy, so a save from a stale copy would undo what
 * the other runtime saved meanwhile. Every write therefore first reloads the copy
 * (`refreshAsync`), then changes its key, then saves — one at a time within a runtime, so two
 * writes of the same runtime cannot interleave either.
 */
import { ExcelHostError } from "./errors";

export function readSetting<T>(key: string): T | undefined {
  // Office.js types `get` as any; the caller names what it stored under `key`.
  const value: unknown = Office.context.document.settings.get(key);
  return value === null || value === undefined ? undefined : (value as T);
}

function failed(result: Office.AsyncResult<unknown>, what: string): ExcelHostError | null {
  if (result.status !== Office.AsyncResultStatus.Failed) return null;
  return new ExcelHostError(`${what}：${result.error?.message ?? "未知原因"}`, result.error);
}

/** Load the settings as saved in the workbook now (what the other runtime may have saved). */
export function refreshSettings(): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.document.settings.refreshAsync((result) => {
      const error = failed(result, "无法读取工作簿中的设置");
      if (error) reject(error);
      else resolve();
    });
  });
}

function save(): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.document.settings.saveAsync((result) => {
      const error = failed(result, "设置没有保存到工作簿");
      if (error) reject(error);
      else resolve();
    });
  });
}

/** The writes of this runtime, in order. */
let queue: Promise<unknown> = Promise.resolve();

/** Store `value` under `key` (undefined removes it) and save the settings into the workbook. */
export function writeSetting(key: string, value: unknown): Promise<void> {
  const write = async (): Promise<void> => {
    await refreshSettings();
    const settings = Office.context.document.settings;
    if (value === undefined) settings.remove(key);
    else settings.set(key, value);
    await save();
  };
  const done = queue.then(write, write);
  queue = done.catch(() => undefined);
  return done;
}
