/**
 * Cutting what came from a user's file (a cell's text, a sheet name, an error's detail) to a
 * length a message can show: a 1 MB cell must not become a 1 MB line in the report.
 */

/** `text` cut to `max` characters (code points, so no half surrogate pair) with `…`. */
export function clipText(text: string, max = 60): string {
  if (text.length <= max) return text;
  const chars = Array.from(text.slice(0, max * 2));
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : chars.join("");
}

/**
 * The longest a finding's message may be in the report. Messages quote what the user typed
 * (`填写了“…”`); a cell of a thousand characters is cut, the rest of the message kept.
 */
export const MESSAGE_MAX = 300;

/** A message cut in the middle of a long quotation rather than at its end, so the advice stays. */
export function clipMessage(message: string, max = MESSAGE_MAX): string {
  if (message.length <= max) return message;
  // Quotations are the only unbounded part: shorten each long one first.
  const quoted = message.replace(/“([^”]{41,})”/g, (_m, inner: string) => `“${clipText(inner, 40)}”`);
  if (quoted.length <= max) return quoted;
  const head = Array.from(quoted);
  return `${head.slice(0, max - 1).join("")}…`;
}
