/**
 * Asking for the agency from the ribbon's one-click insert, when the workbook remembers none: the
 * title of the table names the agency, and a table titled without it is one the clerk has to fix
 * by hand. A function command has no window and (without a shared runtime) cannot open the pane,
 * so it opens a small Office dialog on this same page (`commands.html?ask=agency`) with one field.
 * The dialog sends back `{"agency": "…"}` or `{"cancel": true}`.
 */
import { NOTICE_TIMEOUT_MS } from "./notice";

/** The address parameter that turns commands.html into the agency form. */
export const ASK_PARAM = "ask";

export type AgencyAnswer = { agency: string } | "cancelled" | "unavailable";

export function askUrl(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.search = "";
  url.hash = "";
  url.searchParams.set(ASK_PARAM, "agency");
  return url.toString();
}

/** Whether `search` (`location.search`) asks for the agency form. */
export function isAskPage(search: string): boolean {
  return new URLSearchParams(search).get(ASK_PARAM) === "agency";
}

/** What the dialog sent, read defensively (it is a string from another page). */
export function parseAnswer(message: string): AgencyAnswer {
  try {
    const value: unknown = JSON.parse(message);
    if (typeof value === "object" && value !== null && typeof (value as { agency?: unknown }).agency === "string") {
      const agency = (value as { agency: string }).agency.trim();
      return agency === "" ? "cancelled" : { agency };
    }
  } catch {
    // Not JSON: taken as a cancel below.
  }
  return "cancelled";
}

/** Open the form; resolves with the typed agency, "cancelled", or "unavailable" (no dialog here). */
export function askAgency(pageUrl: string = window.location.href): Promise<AgencyAnswer> {
  return new Promise((resolve) => {
    let settled = false;
    let dialog: Office.Dialog | null = null;
    const finish = (answer: AgencyAnswer): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        dialog?.close();
      } catch {
        // Already closed by the user.
      }
      resolve(answer);
    };
    const timer = setTimeout(() => finish("cancelled"), NOTICE_TIMEOUT_MS);
    try {
      Office.context.ui.displayDialogAsync(askUrl(pageUrl), { height: 30, width: 35, displayInIframe: true }, (result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          finish("unavailable");
          return;
        }
        dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          finish("message" in arg ? parseAnswer(arg.message) : "cancelled");
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish("cancelled"));
      });
    } catch {
      finish("unavailable");
    }
  });
}

/** The form itself, inside the dialog: a label, the field, 插入 and 取消. */
export function renderAskPage(doc: Document, send: (message: string) => void): void {
  doc.title = "年报 · 单位名称";
  doc.documentElement.lang = "zh-CN";
  const body = doc.body;
  body.style.fontFamily = '"Microsoft YaHei", "Segoe UI", sans-serif';
  body.style.fontSize = "14px";
  body.style.margin = "16px";
  body.style.lineHeight = "1.6";
  const text = doc.createElement("p");
  text.textContent = "统计表标题需要单位名称。请填写单位全称（以后插入时会自动使用）：";
  const input = doc.createElement("input");
  input.type = "text";
  input.setAttribute("aria-label", "单位名称");
  input.setAttribute("maxlength", "60");
  input.style.width = "100%";
  input.style.boxSizing = "border-box";
  const ok = doc.createElement("button");
  ok.type = "button";
  ok.textContent = "插入";
  const cancel = doc.createElement("button");
  cancel.type = "button";
  cancel.textContent = "取消";
  const submit = (): void => {
    if (input.value.trim() === "") {
      input.focus();
      return;
    }
    send(JSON.stringify({ agency: input.value.trim() }));
  };
  ok.addEventListener("click", submit);
  cancel.addEventListener("click", () => send(JSON.stringify({ cancel: true })));
  input.addEventListener("keydown", (e) => {
    if ((e as KeyboardEvent).key === "Enter") submit();
  });
  const buttons = doc.createElement("p");
  buttons.replaceChildren(ok, doc.createTextNode(" "), cancel);
  body.replaceChildren(text, input, buttons);
  input.focus();
}
