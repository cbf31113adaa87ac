/** Which files `nianbao check PATH...` reads, and in what order. */
import { execFileSync } from "child_process";
import * as fsModule from "fs";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { collectFiles, IS_FOLDER, NOT_REGULAR } from "../../src/cli/files";
import { useTempDir } from "./helpers/run";

const dir = useTempDir();
const touch = (...parts: string[]): void => {
  mkdirSync(join(dir(), ...parts.slice(0, -1)), { recursive: true });
  writeFileSync(join(dir(), ...parts), "x");
};
const shown = (list: { files: { file: string }[] }): string[] => list.files.map((f) => f.file);
const errors = (list: { files: { file: string; error?: string }[] }): Record<string, string | undefined> => Object.fromEntries(list.files.map((f) => [f.file, f.error]));

describe("collectFiles", () => {
  it("finds every .xlsx under a folder, sub-folders included, sorted by path; skips lock files", async () => {
    touch("报表", "b.xlsx");
    touch("报表", "a", "z.xlsx");
    touch("报表", "A.XLSX");
    touch("报表", "~$b.xlsx");
    const list = await collectFiles(["报表"], dir());
    expect(shown(list)).toEqual([join("报表", "A.XLSX"), join("报表", "a", "z.xlsx"), join("报表", "b.xlsx")]);
    expect(list.files[0].absolute).toBe(join(dir(), "报表", "A.XLSX"));
    expect(list.files.every((f) => f.error === undefined)).toBe(true);
    expect(list.notes).toEqual([]);
    expect(list.emptyFolders).toEqual([]);
  });

  it("picks up every form a reader takes, and skips lock files and a Mac zip's metadata", async () => {
    for (const ext of ["xlsx", "xlsm", "xltx", "xltm", "xls", "et", "docx", "html", "htm", "pdf"]) touch("d", `报告.${ext}`);
    touch("d", "~$报告.docx");
    touch("d", "__MACOSX", "d", "._报告.xlsx");
    touch("d", "._报告.pdf");
    touch("d", "说明.txt");
    const list = await collectFiles(["d"], dir());
    expect(shown(list)).toEqual(["docx", "et", "htm", "html", "pdf", "xls", "xlsm", "xlsx", "xltm", "xltx"].map((e) => join("d", `报告.${e}`)));
  });

  it("lists files of forms no reader takes as files that cannot be read, with what to do", async () => {
    for (const ext of ["doc", "wps", "ods", "csv", "xlsb", "ofd"]) touch("d", `报告.${ext}`);
    const list = await collectFiles(["d"], dir());
    const why = errors(list);
    expect(Object.keys(why)).toHaveLength(6);
    expect(why[join("d", "报告.doc")]).toContain("另存为”Word 文档（.docx）");
    expect(why[join("d", "报告.csv")]).toContain("不支持 .csv 格式");
    expect(why[join("d", "报告.ofd")]).toContain("不支持 OFD");
    expect(list.emptyFolders).toEqual([]);
  });

  it("keeps typed files in the order typed, even missing ones, so a typo is reported, not dropped", async () => {
    touch("b.xlsx");
    const list = await collectFiles(["b.xlsx", "不存在.xlsx", "notes.txt"], dir());
    expect(shown(list)).toEqual(["b.xlsx", "不存在.xlsx", "notes.txt"]);
  });

  it("says a folder named .xlsx inside a folder is a folder (someone unzipped a workbook)", async () => {
    mkdirSync(join(dir(), "d", "解压.xlsx"), { recursive: true });
    const list = await collectFiles(["d"], dir());
    expect(errors(list)).toEqual({ [join("d", "解压.xlsx")]: IS_FOLDER });
  });

  it("says which typed folders hold nothing to check", async () => {
    touch("旧", "说明.txt");
    mkdirSync(join(dir(), "空"));
    const list = await collectFiles(["旧", "空"], dir());
    expect(list.files).toEqual([]);
    expect(list.notes).toEqual([
      "文件夹“旧”中没有可校验的报告文件（.xlsx .xlsm .xltx .xltm .xls .et .docx .html .htm .pdf）",
      "文件夹“空”中没有可校验的报告文件（.xlsx .xlsm .xltx .xltm .xls .et .docx .html .htm .pdf）",
    ]);
    expect(list.emptyFolders).toEqual(["旧", "空"]);
  });

  it("accepts absolute paths and shows them as typed", async () => {
    touch("a.xlsx");
    const list = await collectFiles([dir()], "/");
    expect(shown(list)).toEqual([join(dir(), "a.xlsx")]);
  });
});

describe("a folder that cannot be opened", () => {
  afterEach(() => jest.restoreAllMocks());

  it("is listed with the reason, and the rest of the folder is still found", async () => {
    touch("d", "a.xlsx");
    touch("d", "私人", "x.xlsx");
    touch("d", "z.xlsx");
    const real = fsModule.promises.readdir;
    const privateDir = join(dir(), "d", "私人");
    // Root (as on many CI machines) reads any folder: the refusal is simulated for that one.
    jest.spyOn(fsModule.promises, "readdir").mockImplementation(((p: fsModule.PathLike, o: never) => {
      if (Buffer.from(p as Buffer).toString() === privateDir) {
        return Promise.reject(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }));
      }
      return real(p, o);
    }) as typeof real);
    const list = await collectFiles(["d"], dir());
    expect(shown(list)).toEqual([join("d", "a.xlsx"), join("d", "z.xlsx"), `${join("d", "私人")}/`]);
    expect(errors(list)[`${join("d", "私人")}/`]).toContain("没有打开这个文件夹的权限");
  });

  const asUser = process.getuid?.() === 0 ? it.skip : it;
  asUser("is listed when its permissions really forbid reading it", async () => {
    touch("d", "a.xlsx");
    touch("d", "lost+found", "x.xlsx");
    chmodSync(join(dir(), "d", "lost+found"), 0o000);
    try {
      const list = await collectFiles(["d"], dir());
      expect(shown(list)).toEqual([join("d", "a.xlsx"), `${join("d", "lost+found")}/`]);
    } finally {
      chmodSync(join(dir(), "d", "lost+found"), 0o755);
    }
  });
});

describe("links, pipes and devices", () => {
  it("follows a linked sub-folder once and never loops on a link back up the tree", async () => {
    touch("d", "a.xlsx");
    touch("elsewhere", "b.xlsx");
    symlinkSync(join(dir(), "elsewhere"), join(dir(), "d", "linked"));
    symlinkSync(join(dir(), "d"), join(dir(), "d", "loop"));
    const list = await collectFiles(["d"], dir());
    expect(shown(list)).toEqual([join("d", "a.xlsx"), join("d", "linked", "b.xlsx")]);
    expect(list.notes).toEqual([`“${join("d", "loop")}”是指向已检查过的文件夹的链接，未重复检查`]);
  });

  it("does not open a FIFO or a link to /dev/zero named like a report", async () => {
    mkdirSync(join(dir(), "d"));
    execFileSync("mkfifo", [join(dir(), "d", "x.xlsx")]);
    symlinkSync("/dev/zero", join(dir(), "d", "zero.xlsx"));
    const list = await collectFiles(["d", join("d", "x.xlsx")], dir());
    expect(errors(list)).toEqual({
      [join("d", "x.xlsx")]: NOT_REGULAR,
      [join("d", "zero.xlsx")]: NOT_REGULAR,
    });
  });
});

describe("GBK file names (a zip made on Chinese Windows, unzipped here)", () => {
  it("shows the name decoded as GBK and opens it by its bytes", async () => {
    mkdirSync(join(dir(), "d"));
    // 审计局.xlsx in GBK bytes.
    const gbk = Buffer.concat([Buffer.from([0xc9, 0xf3, 0xbc, 0xc6, 0xbe, 0xd6]), Buffer.from(".xlsx")]);
    fsModule.writeFileSync(Buffer.concat([Buffer.from(join(dir(), "d") + "/"), gbk]), "x");
    const list = await collectFiles(["d"], dir());
    expect(shown(list)).toEqual([join("d", "审计局.xlsx")]);
    const opened = list.files[0].absolute;
    expect(typeof opened).not.toBe("string");
    expect(fsModule.readFileSync(Buffer.from(opened as Uint8Array), "utf8")).toBe("x");
  });
});

describe("the same workbook reached twice", () => {
  it("is listed once, where first reached", async () => {
    touch("d", "a.xlsx");
    touch("d", "b.xlsx");
    const list = await collectFiles([join("d", "b.xlsx"), "d", join(".", "d", "a.xlsx")], dir());
    expect(shown(list)).toEqual([join("d", "b.xlsx"), join("d", "a.xlsx")]);
  });
});
