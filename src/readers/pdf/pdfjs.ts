/**
 * pdf.js, seen through the few calls the reader makes, and how it is loaded.
 *
 * pdfjs-dist ships ES modules only and this project compiles to CommonJS. The `import()` below is
 * what each host turns into something that works: webpack bundles it as a lazy chunk; the CLI's
 * CommonJS output becomes `require()`, which loads an ES module on Node ≥ 20.19 (pdfjs-dist itself
 * needs ≥ 20.16); jest rewrites the two bundles with test/readers/pdf/pdfjs-transform.js. A host that
 * wants something else (a real worker in a browser page) calls `setPdfjsHost`.
 *
 * The worker runs in the same thread ("fake worker"): the reader needs no rendering, so a second
 * thread buys nothing, and the same code runs wherever no worker file can be served.
 */

export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

export interface PdfOperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

export interface PdfPage {
  view: number[];
  rotate: number;
  getViewport(params: { scale: number }): { transform: number[]; width: number; height: number };
  getTextContent(): Promise<{ items: Array<PdfTextItem | { type: string }> }>;
  getOperatorList(): Promise<PdfOperatorList>;
  cleanup(): boolean;
}

export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

export interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}

/** The constructor pdf.js instantiates to fetch a predefined CMap (`fetch({ name })`). */
export type CMapReaderFactoryClass = new (options: { baseUrl?: string | null; isCompressed?: boolean }) => {
  fetch(request: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }>;
};

/** What the reader uses from `pdfjs-dist/legacy/build/pdf.mjs`. */
export interface PdfjsLib {
  getDocument(params: Record<string, unknown>): PdfLoadingTask;
  OPS: Record<string, number>;
}

export interface PdfjsModules {
  lib: PdfjsLib;
  /** `pdf.worker.mjs`, run in this thread; `null` when the host set up a real worker itself. */
  worker: unknown;
}

export interface PdfjsHost {
  /** Load pdf.js and its worker module. */
  load(): Promise<PdfjsModules>;
  /**
   * The bytes of a predefined CMap (`UniGB-UCS2-H.bcmap` from pdfjs-dist's `cmaps/`), needed only
   * for Chinese fonts a PDF does not embed. `null`: the host has none, that font's text is lost.
   */
  loadCMap(name: string): Promise<Uint8Array | null>;
}

async function loadBundled(): Promise<PdfjsModules> {
  const lib = (await import("pdfjs-dist/legacy/build/pdf.mjs")) as unknown as PdfjsLib;
  const worker: unknown = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
  return { lib, worker };
}

let host: PdfjsHost = { load: loadBundled, loadCMap: async () => null };
let loaded: Promise<PdfjsModules> | null = null;

/** Replace how pdf.js and CMaps are obtained (the CLI supplies CMaps from pdfjs-dist's folder). */
export function setPdfjsHost(next: Partial<PdfjsHost>): void {
  if (next.load) loaded = null;
  host = { ...host, ...next };
}

/** pdf.js, loaded once per process; a failed load is retried on the next file. */
export async function pdfjs(): Promise<PdfjsLib> {
  loaded ??= host.load().then((m) => {
    // pdf.js looks for a worker module on this global before trying to start a worker of its own.
    if (m.worker) (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = m.worker;
    return m;
  });
  try {
    return (await loaded).lib;
  } catch (err) {
    loaded = null;
    throw err;
  }
}

/**
 * The class pdf.js instantiates to fetch a CMap: it asks the host, so nothing is fetched from a
 * URL, and records in `missing` what the host could not supply (that font's text is lost).
 */
export function hostCMapReaderFactory(missing: Set<string>): CMapReaderFactoryClass {
  return class HostCMapReaderFactory {
    constructor(_options: { baseUrl?: string | null; isCompressed?: boolean }) {}

    async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
      const data = await host.loadCMap(name).catch(() => null);
      if (!data) {
        missing.add(name);
        throw new Error(`CMap ${name} not available`);
      }
      return { cMapData: data, isCompressed: true };
    }
  };
}
