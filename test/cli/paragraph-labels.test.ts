import { readFileSync } from "fs";
import * as path from "path";
import { checkReadWorkbook } from "../../src/cli/check-book";
import { fileText } from "../../src/cli/report-text";
import { readDocument } from "../../src/readers";

const FIXTURE = path.join(__dirname, "..", "fixtures", "cross-form", "report.html");

describe("a finding on a document's text names the paragraph, as the document has no cells", () => {
  test("the text report says 正文 第 N 段, the JSON labels carry it too", async () => {
    const read = await readDocument("report.html", readFileSync(FIXTURE));
    if (!read.ok) throw new Error(read.error);
    const result = checkReadWorkbook("report.html", read.book);
    const finding = result.findings.find((f) => f.sheet === "正文");
    expect(finding).toBeDefined();
    const paragraph = Number(/^A(\d+)$/.exec(finding!.cells[0])![1]);
    expect(read.book.text[paragraph - 1]).toContain("377件");
    expect(result.labels?.["正文"]?.[finding!.cells[0]]).toBe(`第 ${paragraph} 段`);
    const line = fileText(result).find((l) => l.includes("377 件"));
    expect(line).toContain(`[正文 第 ${paragraph} 段、`);
    expect(line).not.toContain("工作表“正文”");
  });
});
