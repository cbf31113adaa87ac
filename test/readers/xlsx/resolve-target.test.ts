import { resolveTarget } from "../../../src/readers/xlsx/workbook";

/** The general resolution, as it was before the plain-target fast path: the fast path must agree. */
function reference(source: string, target: string): string {
  const clean = target.replace(/\\/g, "/").trim();
  if (clean.startsWith("/")) return clean.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const seg of clean.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

describe("resolveTarget", () => {
  const sources = ["xl/workbook.xml", "workbook.xml", "/xl/workbook.xml", "xl//workbook.xml", "xl/", "a/b/c.xml", ""];
  const targets = [
    "worksheets/sheet1.xml",
    "styles.xml",
    "/xl/styles.xml",
    "../docProps/app.xml",
    "./sheet.xml",
    "a/./b.xml",
    "a/../b.xml",
    "..",
    ".",
    "..x/.y/z..",
    ".hidden",
    "a//b.xml",
    "a/",
    "",
    " worksheets/sheet1.xml ",
    "worksheets\\sheet1.xml",
    "工作表/表1.xml",
    "\u3000sheet.xml",
    "sheet.xml\ufeff",
    "a b.xml",
  ];
  it("resolves every target as the general path does", () => {
    for (const source of sources) for (const target of targets) expect([source, target, resolveTarget(source, target)]).toEqual([source, target, reference(source, target)]);
  });
});
