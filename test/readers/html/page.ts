/** Web pages written in the tests: UTF-8 bytes of a body, and a short way to read them. */
import { DEFAULT_LIMITS, type ReadLimits } from "../../../src/readers/limits";
import { read } from "../../../src/readers/html";
import type { ReadBook } from "../../../src/readers/types";

export const page = (body: string, head = '<meta charset="utf-8">'): Uint8Array =>
  new TextEncoder().encode(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);

export const readPage = (body: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadBook> => read(page(body), limits);

/** The values of the page's only (or `n`-th) table. */
export async function gridOf(body: string, n = 0): Promise<unknown[][]> {
  const book = await readPage(body);
  return book.sheets[n].grid.values;
}
