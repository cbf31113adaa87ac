// eslint-disable-next-line @typescript-eslint/no-require-imports
const { decideStart, StartOptionError } = require("../../scripts/start-mode.js");

const WIN_EXCEL = "C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE";
const MAC_EXCEL = "/Applications/Microsoft Excel.app";
const winEnv = { ProgramFiles: "C:\\Program Files", "ProgramFiles(x86)": "C:\\Program Files (x86)" };
const only =
  (...present: string[]) =>
  (p: string) =>
    present.includes(p);

describe("what npm start does", () => {
  test("Linux: the browser preview on port 3001, whatever is installed", () => {
    const d = decideStart({ platform: "linux", env: {}, args: [], exists: () => true });
    expect(d).toMatchObject({ mode: "preview", port: 3001 });
    expect(d.reason.zh).toMatch(/没有桌面版 Excel/);
    expect(d.reason.en).toMatch(/No desktop Excel/);
  });

  test("Windows with Excel: sideload over the manifest's port 3000", () => {
    const d = decideStart({ platform: "win32", env: winEnv, args: [], exists: only(WIN_EXCEL) });
    expect(d).toMatchObject({ mode: "excel", port: 3000, excelPath: WIN_EXCEL });
  });

  test("Windows with 32-bit Office under Program Files (x86) is found too", () => {
    const x86 = "C:\\Program Files (x86)\\Microsoft Office\\root\\Office16\\EXCEL.EXE";
    expect(decideStart({ platform: "win32", env: winEnv, exists: only(x86) })).toMatchObject({ mode: "excel", excelPath: x86 });
  });

  test("macOS with Excel: sideload; without: the preview, saying Excel was not found", () => {
    expect(decideStart({ platform: "darwin", exists: only(MAC_EXCEL) })).toMatchObject({ mode: "excel" });
    const d = decideStart({ platform: "darwin", exists: only() });
    expect(d).toMatchObject({ mode: "preview" });
    expect(d.reason.zh).toMatch(/未找到桌面版 Excel/);
  });

  test("--preview, NIANBAO_START and the port options choose", () => {
    expect(decideStart({ platform: "win32", env: winEnv, args: ["--preview", "--port", "4000"], exists: only(WIN_EXCEL) })).toMatchObject({ mode: "preview", port: 4000 });
    expect(decideStart({ platform: "darwin", env: { NIANBAO_START: "preview" }, exists: only(MAC_EXCEL) })).toMatchObject({ mode: "preview" });
    expect(decideStart({ platform: "linux", env: { NIANBAO_PORT: "4100", PORT: "4200" } })).toMatchObject({ port: 4100 });
    expect(decideStart({ platform: "linux", env: { PORT: "4200" } })).toMatchObject({ port: 4200 });
    expect(decideStart({ platform: "linux", args: ["--port=4300"] })).toMatchObject({ port: 4300 });
    expect(decideStart({ platform: "linux", args: ["--help"] })).toEqual({ mode: "help" });
  });

  test("impossible requests are refused with a message saying what to do instead", () => {
    const refuse = (input: object, message: RegExp) => {
      expect(() => decideStart({ platform: "linux", ...input })).toThrow(StartOptionError);
      expect(() => decideStart({ platform: "linux", ...input })).toThrow(message);
    };
    refuse({ args: ["--excel"] }, /请改用 --preview/);
    refuse({ args: ["--port", "http"] }, /端口“http”无效/);
    refuse({ args: ["--port", "70000"] }, /1–65535/);
    refuse({ env: { NIANBAO_START: "word" } }, /preview 或 excel/);
    refuse({ args: ["--verbose"] }, /不认识的选项/);
    expect(() => decideStart({ platform: "win32", env: winEnv, args: ["--port", "4000"], exists: only(WIN_EXCEL) })).toThrow(/端口固定为 3000/);
  });
});
