/**
 * Telling the user something from a ribbon command, which has no window of its own. Excel has no
 * toast for add-ins, so the command opens a small Office dialog showing this same page
 * (commands.html) with the message in its address: `commands.html?notice=…`. `startCommands`
 * sees the parameter and renders the message with a 关闭 button instead of registering commands.
 * The command waits for the dialog to close before it reports completion, as Office requires
 * of a function command that opens a dialog.
 */

/** The address parameter that turns commands.html into the notice page. */
export const NOTICE_PARAM = "notice";

/** Office ends a function command after about five minutes; finish before that. */
export const NOTICE_TIMEOUT_MS = 4 * 60 * 1000;

/** commands.html's own address with the message: the dialog stays on the add-in's origin. */
export function noticeUrl(pageUrl: string, message: string): string {
  const url = new URL(pageUrl);
  url.search = "";
  url.hash = "";
  url.searchParams.set(NOTICE_PARAM, message);
  return url.toString();
}

/** The message when `search` (`location.search`) asks for the notice page, else null. */
export function noticeMessage(search: string): string | null {
  return new URLSearchParams(search).get(NOTICE_PARAM);
}

/** Show `message` in a dialog; resolves when the user closes it (or it cannot be shown). */
export function showNotice(message: string, pageUrl: string = window.location.href): Promise<void> {
  return new Promise((resolve) => {
    let settled = false;
    let dialog: Office.Dialog | null = null;
    const finish = (): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        dialog?.close();
      } catch {
        // Already closed by the user.
      }
      resolve();
    };
    const timer = setTimeout(finish, NOTICE_TIMEOUT_MS);
    try {
      Office.context.ui.displayDialogAsync(noticeUrl(pageUrl, message), { height: 30, width: 35, displayInIframe: true }, (result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          finish();
          return;
        }
        dialog = result.value;
        // The page's 关闭 button sends a message; closing the dialog's own ✕ sends an event.
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, finish);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
      });
    } catch {
      // No dialog API here (an Office without DialogApi): nothing more can be shown.
      finish();
    }
  });
}

/** The notice page itself, inside the dialog: the message and a 关闭 button. */
export function renderNoticePage(doc: Document, message: string, close: () => void): void {
  doc.title = "年报";
  doc.documentElement.lang = "zh-CN";
  const body = doc.body;
  body.style.fontFamily = '"Microsoft YaHei", "Segoe UI", sans-serif';
  body.style.fontSize = "14px";
  body.style.margin = "16px";
  body.style.lineHeight = "1.6";
  const text = doc.createElement("p");
  text.setAttribute("role", "alert");
  text.textContent = message;
  const button = doc.createElement("button");
  button.type = "button";
  button.textContent = "关闭";
  button.style.padding = "4px 20px";
  button.addEventListener("click", close);
  body.replaceChildren(text, button);
  button.focus();
}
