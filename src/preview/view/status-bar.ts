/**
 * The status bar: the active cell's input prompt (what Excel's data validation shows on
 * selecting a value cell), and for several numbers selected, their count and sum, as Excel shows.
 */
import { displayText } from "../display";
import type { Workbook } from "../workbook";

export class StatusBar {
  constructor(
    private readonly root: HTMLElement,
    private readonly workbook: Workbook,
  ) {
    root.setAttribute("role", "status");
  }

  update(): void {
    const sheet = this.workbook.activeSheet;
    const sel = this.workbook.selection();
    const prompt = sheet.format(sel.active)?.validation;
    const numbers = sel.cells.map((p) => sheet.value(p)).filter((v): v is number => typeof v === "number");
    const parts: string[] = [];
    if (prompt) parts.push(`${prompt.promptTitle}：${prompt.prompt}`);
    if (sel.cells.length > 1 && numbers.length > 0) {
      const sum = numbers.reduce((s, n) => s + n, 0);
      parts.push(`计数 ${numbers.length}　求和 ${displayText(sum)}`);
    }
    this.root.textContent = parts.length ? parts.join("　｜　") : "就绪";
  }
}
