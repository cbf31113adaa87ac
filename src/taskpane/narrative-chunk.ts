/**
 * The narrative chunk's entry, fetched by `narrative-load.ts` after the pane's first check: the
 * pane's 报告正文 work (`narrative-writer.ts`) and, through it, the core's narrative module
 * (generation, stamps, text checks) and its sheet plan. Nothing in the pane's first bundle
 * imports these files; the shell in `narrative-controller.ts` reaches them through the loaded
 * module only.
 */
export { catalog, enrich, refreshPreview, writeNarrative, type WriterContext } from "./narrative-writer";
export { copyText } from "./narrative-clipboard";
