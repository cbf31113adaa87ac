/**
 * The narrative chunk, loaded on demand. The pane's first bundle holds the table checks only
 * (the pane must open fast); generating text, checking the report's prose and everything 生成正文
 * does come in a chunk of their own (`narrative-chunk.ts`, with the core's narrative module),
 * fetched after the first check. Every other pane file imports its types only, so webpack keeps
 * it out of the first bundle.
 */

export type NarrativeModule = typeof import("./narrative-chunk");

export type NarrativeLoader = () => Promise<NarrativeModule>;

export const loadNarrativeModule: NarrativeLoader = () => import(/* webpackChunkName: "narrative" */ "./narrative-chunk");

/** Loads once; a failed load (a dropped connection) may be retried. */
export class LazyModule {
  private pending: Promise<NarrativeModule> | null = null;
  private loaded: NarrativeModule | null = null;

  constructor(private readonly loader: NarrativeLoader) {}

  /** The module, once loaded; null before. */
  get value(): NarrativeModule | null {
    return this.loaded;
  }

  get(): Promise<NarrativeModule> {
    if (!this.pending) {
      this.pending = this.loader().then(
        (mod) => (this.loaded = mod),
        (e: unknown) => {
          this.pending = null;
          throw e;
        },
      );
    }
    return this.pending;
  }
}
