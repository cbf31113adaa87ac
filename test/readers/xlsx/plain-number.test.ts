import { plainNumber } from "../../../src/readers/xlsx/sheet";

describe("plainNumber", () => {
  it("gives exactly the double parseFloat gives, for every plain form Excel writes", () => {
    let seed = 12345;
    const next = (): number => (seed = (seed * 48271) % 2147483647);
    const samples = ["0", "-0", "7", "-12", "1234.56", "0.1", "0.3", "12.", ".5", "999999999999999", "0.000000000000001", "3.14159265358979"];
    for (let i = 0; i < 20000; i++) {
      const int = String(next() % 10_000_000);
      const frac = String(next()).slice(0, next() % 9);
      samples.push(`${next() % 2 ? "-" : ""}${int}${frac ? `.${frac}` : ""}`);
    }
    for (const text of samples) expect(Object.is(plainNumber(text, 0, text.length), parseFloat(text))).toBe(true);
  });

  it("leaves exponents, long digits and anything else to parseFloat", () => {
    for (const text of ["1E-3", "1.5e+10", "1234567890123456", "", "-", "1,5", "12a", "1.2.3"]) expect(plainNumber(text, 0, text.length)).toBeNaN();
  });
});
