/**
 * A stand-in for the task pane, used only while the real pane was not built yet: it takes the
 * preview's host from the parent window, inserts a template, and lists findings that select
 * their cells on click — the same calls the real pane makes.
 */
import { planTemplate } from "../../../src/core/layout";
import { checkWorkbook } from "../../../src/core/workbook";

const host = window.parent.nianbaoPreviewHost;
const root = document.getElementById("pane")!;

async function check(): Promise<void> {
  if (!host) return;
  const report = checkWorkbook(await host.readSheets());
  const list = document.createElement("ul");
  for (const f of report.findings) {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.textContent = f.message;
    b.addEventListener("click", () => void host.select(f.sheet, f.cells));
    li.append(b);
    list.append(li);
  }
  const summary = document.createElement("p");
  summary.className = "summary";
  summary.textContent = `错误 ${report.findings.filter((f) => f.severity === "error").length}`;
  root.querySelector(".out")?.replaceChildren(summary, list);
}

const insert = document.createElement("button");
insert.textContent = "插入统计表";
insert.addEventListener("click", async () => {
  await host?.insertPlan(planTemplate("national-2021", 2025, "某市某局"));
  await check();
});
const out = document.createElement("div");
out.className = "out";
root.append(host ? insert : "没有预览工作簿", out);
void host?.onChanged(() => void check());
