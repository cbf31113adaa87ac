/**
 * The one way a reader says a file cannot be read: a Chinese message for the user, thrown from
 * wherever the reader noticed, caught by `readDocument` and returned as that file's error.
 * Anything else a reader throws is a defect of the reader, reported as such.
 */
export class ReaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReaderError";
  }
}

/** Cut a text taken from the file to a length a message can show (file content is never echoed whole). */
export function clip(text: string, max = 40): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : text;
}
