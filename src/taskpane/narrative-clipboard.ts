/**
 * Copying the narrative for the Word report. The asynchronous clipboard first; Office's web views
 * often lack it or refuse it (no permission inside the add-in frame), so then the old way: a
 * selected, off-screen `<textarea>` and `document.execCommand("copy")`. Both need the user's
 * click, so the copy starts before anything else is awaited.
 */

/** The parts of the page the copy uses, so tests can pass stand-ins. */
export interface ClipboardEnv {
  clipboard?: { writeText(text: string): Promise<void> };
  document?: {
    createElement(tag: "textarea"): HTMLTextAreaElement;
    body: { appendChild(node: Node): unknown; removeChild(node: Node): unknown } | null;
    execCommand(command: string): boolean;
  };
}

function viaTextarea(env: ClipboardEnv, text: string): boolean {
  const doc = env.document;
  if (!doc?.body) return false;
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  // Off-screen rather than hidden: a hidden element cannot be selected.
  area.setAttribute("aria-hidden", "true");
  area.className = "clipboard-buffer";
  doc.body.appendChild(area);
  try {
    area.select();
    return doc.execCommand("copy");
  } catch {
    return false;
  } finally {
    doc.body.removeChild(area);
  }
}

/** Put `text` on the clipboard; true when it got there (as far as the browser says). */
export async function copyText(text: string, env: ClipboardEnv = defaultEnv()): Promise<boolean> {
  if (env.clipboard && typeof env.clipboard.writeText === "function") {
    try {
      await env.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission in this frame): the older way below may still work.
    }
  }
  return viaTextarea(env, text);
}

function defaultEnv(): ClipboardEnv {
  return {
    clipboard: typeof navigator !== "undefined" ? navigator.clipboard : undefined,
    document: typeof document !== "undefined" ? document : undefined,
  };
}
