import { displayText } from "../../src/preview/display";

describe("what a cell shows under its number format", () => {
  test("text is shown exactly as typed, markup included", () => {
    expect(displayText("<b>5条</b>", "0")).toBe("<b>5条</b>");
  });

  test("counts (`0`) show whole numbers; a fraction is rounded on screen only", () => {
    expect(displayText(12, "0")).toBe("12");
    expect(displayText(2.6, "0")).toBe("3");
    expect(displayText(-0.2, "0")).toBe("0");
  });

  test("money (`0.00`) shows two decimals", () => {
    expect(displayText(5, "0.00")).toBe("5.00");
    expect(displayText(1.234, "0.00")).toBe("1.23");
  });

  test("increase/decrease (`+0;-0;0`) shows its sign", () => {
    expect(displayText(4, "+0;-0;0")).toBe("+4");
    expect(displayText(-4, "+0;-0;0")).toBe("-4");
    expect(displayText(0, "+0;-0;0")).toBe("0");
  });

  test("General shows numbers without trailing zeros, booleans as Excel does", () => {
    expect(displayText(0.1 + 0.2)).toBe("0.3");
    expect(displayText(1234567)).toBe("1234567");
    expect(displayText(true)).toBe("TRUE");
    expect(displayText(null, "0")).toBe("");
  });
});
