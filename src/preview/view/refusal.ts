/**
 * Excel's stop dialog for a refused entry (data validation, a formula it cannot read): the rule's
 * title and message, 重试 to edit the entry again, 取消 to leave the cell as it was. Text only.
 */
import type { EntryRefused } from "../validation";

export type RefusalAnswer = "retry" | "cancel";

export function showRefusal(doc: Document, refusal: EntryRefused): Promise<RefusalAnswer> {
  return new Promise((resolve) => {
    const dialog = doc.createElement("dialog");
    dialog.className = "notice refusal";
    dialog.setAttribute("aria-label", refusal.title);
    dialog.dataset.testid = "refusal";
    const title = doc.createElement("p");
    title.className = "refusal-title";
    title.textContent = refusal.title;
    const text = doc.createElement("p");
    text.textContent = refusal.message;
    const buttons = doc.createElement("div");
    buttons.className = "refusal-buttons";
    let answer: RefusalAnswer = "cancel";
    const button = (label: string, value: RefusalAnswer): HTMLButtonElement => {
      const b = doc.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.addEventListener("click", () => {
        answer = value;
        dialog.close();
      });
      return b;
    };
    const retry = button("重试", "retry");
    buttons.append(retry, button("取消", "cancel"));
    // Esc closes the dialog as 取消, as in Excel.
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(answer);
    });
    dialog.append(title, text, buttons);
    doc.body.append(dialog);
    dialog.showModal();
    retry.focus();
  });
}
