/**
 * The workbook's settings (Office's `document.settings`): they belong to the workbook, so in the
 * preview they live as long as its in-page workbook does — a reload starts both afresh. Values are
 * kept as JSON, as Office stores them, so a caller never shares an object with the store.
 */
export class Settings {
  private readonly values = new Map<string, string>();

  get<T>(key: string): T | undefined {
    const json = this.values.get(key);
    return json === undefined ? undefined : (JSON.parse(json) as T);
  }

  /** Store `value`; undefined removes the key. Throws for a value JSON cannot hold. */
  set(key: string, value: unknown): void {
    if (value === undefined) {
      this.values.delete(key);
      return;
    }
    const json = JSON.stringify(value);
    if (json === undefined) throw new TypeError(`setting ${key} cannot be stored`);
    this.values.set(key, json);
  }
}
