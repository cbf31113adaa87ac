import { STYLES } from "../../src/core/layout/styles";
import { cellCss, columnPx, fontStack, rowPx } from "../../src/preview/view/look";

describe("cell looks on screen", () => {
  test("Excel's units become pixels as at 100 % zoom", () => {
    expect(columnPx(8.43)).toBe(64);
    expect(columnPx(0)).toBe(0);
    expect(rowPx(15)).toBe(20);
  });

  test("a header cell is bold, centred, wrapped and grey; a value cell is centred without wrapping", () => {
    expect(cellCss(STYLES.header, "宋体")).toMatchObject({
      "font-weight": "bold",
      "text-align": "center",
      "white-space": "pre-wrap",
      "background-color": "#F2F2F2",
      "font-size": "10.5pt",
    });
    expect(cellCss(STYLES.value, "宋体")).toMatchObject({ "text-align": "center", "white-space": "pre" });
  });

  test("indented labels are indented; a conditional-format mark paints over the cell's own fill", () => {
    expect(cellCss(STYLES.label2, "宋体")["padding-left"]).toBe("20px");
    const css = cellCss(STYLES.header, "宋体", { fill: "#FFC7CE", fontColor: "#9C0006", rule: "B-R1" });
    expect(css["background-color"]).toBe("#FFC7CE");
    expect(css.color).toBe("#9C0006");
  });

  test("宋体 falls back to serif CJK fonts; a name cannot break out of its quotes", () => {
    expect(fontStack("宋体")).toMatch(/Noto Serif CJK SC/);
    expect(fontStack('a"b')).toMatch(/^"ab"/);
  });
});
