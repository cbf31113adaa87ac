/** A small modal message in the preview, as the add-in's dialog shows it in Excel. Text only. */
export function showNotice(doc: Document, message: string): Promise<void> {
  return new Promise((resolve) => {
    const dialog = doc.createElement("dialog");
    dialog.className = "notice";
    const text = doc.createElement("p");
    text.textContent = message;
    const ok = doc.createElement("button");
    ok.type = "button";
    ok.textContent = "确定";
    ok.addEventListener("click", () => dialog.close());
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve();
    });
    dialog.append(text, ok);
    doc.body.append(dialog);
    dialog.showModal();
    ok.focus();
  });
}
