// pdfjs-dist types its API bundle only; the worker bundle's one export is all the reader touches.
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
