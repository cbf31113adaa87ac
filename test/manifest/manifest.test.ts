/**
 * manifest.xml, offline: valid against the Office add-in manifest XSDs (copied into schemas/), and
 * passing the project's own checks (resids, https URLs under one base, icon files and sizes,
 * Chinese strings with English overrides, the 年报 ribbon group). Each check is also run against
 * deliberately broken copies, so a check that stopped looking would fail here.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DEV_BASE, checkManifest } from "./manifestChecks";
import { schemaErrors } from "./schemaValidation";

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const ASSETS = path.join(ROOT, "assets");

/**
 * A copy of the manifest with one piece of it replaced. The piece must occur exactly once: if
 * manifest.xml changes so that it no longer does, this throws instead of testing an unbroken copy.
 */
function broken(from: string | RegExp, to: string, xml = MANIFEST): string {
  const pattern = typeof from === "string" ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g") : new RegExp(from.source, "g");
  const count = xml.match(pattern)?.length ?? 0;
  if (count !== 1) throw new Error(`expected ${String(from)} exactly once in manifest.xml, found it ${count} times`);
  return xml.replace(pattern, to);
}

const problems = (xml: string, assetsDir = ASSETS): string[] => checkManifest(xml, { assetsDir });

describe("manifest.xml against the Office add-in manifest XSDs", () => {
  it("is valid", async () => {
    expect(await schemaErrors(MANIFEST)).toEqual([]);
  });

  it.each([
    ["an unknown permission", broken("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWrite</Permissions>"), "'ReadWrite' is not an element of the set"],
    ["an Id that is not a GUID", broken(/<Id>[^<]*<\/Id>/, "<Id>nianbao</Id>"), "Element '{http://schemas.microsoft.com/office/appforoffice/1.1}Id'"],
    [
      "Version placed after ProviderName",
      broken(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, "$3$2$1"),
      "ProviderName': This element is not expected",
    ],
    [
      "a ribbon button label over 125 characters",
      broken('id="Insert.Label" DefaultValue="插入统计表"', `id="Insert.Label" DefaultValue="${"插".repeat(126)}"`),
      "[facet 'maxLength']",
    ],
    [
      "a button without its action",
      broken(/\s*<Action xsi:type="ExecuteFunction">[\s\S]*?<\/Action>/, ""),
      "Missing child element(s). Expected is ( {http://schemas.microsoft.com/office/taskpaneappversionoverrides}Action )",
    ],
  ])("rejects a copy with %s", async (_what, xml, expected) => {
    expect((await schemaErrors(xml)).join("\n")).toContain(expected);
  });

  it("stays valid when the production build replaces the development base as a string", async () => {
    const production = MANIFEST.split(DEV_BASE).join("https://addin.example/nianbao/");
    expect(production).not.toContain("localhost");
    expect(await schemaErrors(production)).toEqual([]);
    expect(checkManifest(production, { assetsDir: ASSETS }).join("\n")).toContain("does not start with https://localhost:3000/");
  });
});

describe("manifest.xml: the project's own checks", () => {
  it("finds nothing wrong with manifest.xml and assets/", () => {
    expect(problems(MANIFEST)).toEqual([]);
  });

  it("has package.json's version, so Office reloads the ribbon after an update", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(/<Version>([^<]*)<\/Version>/.exec(MANIFEST)?.[1]).toBe(`${pkg.version}.0`);
  });

  it.each([
    // resids
    [
      "a resid with no resource",
      broken('<Description resid="Insert.Tip"/>', '<Description resid="Insert.Tooltip"/>'),
      '<Description resid="Insert.Tooltip"> refers to no bt:LongStrings entry',
    ],
    ["a resource no element uses", broken('<Description resid="Insert.Tip"/>', '<Description resid="Pane.Tip"/>'), 'bt:LongStrings "Insert.Tip" is never used'],
    [
      "a resid of the wrong kind",
      broken('<Label resid="Insert.Label"/>', '<Label resid="Insert.Tip"/>'),
      "refers to no bt:ShortStrings entry (Insert.Tip is in bt:LongStrings, the wrong kind)",
    ],
    ["a resource defined twice", broken('<bt:String id="Pane.Label"', '<bt:String id="Insert.Label"'), 'bt:ShortStrings id "Insert.Label" is defined twice'],
    // URLs
    ["an http URL", broken(`"${DEV_BASE}commands.html"`, '"http://localhost:3000/commands.html"'), '"http://localhost:3000/commands.html" is not https'],
    [
      "a URL outside the development base",
      broken(/<SupportUrl DefaultValue="[^"]*"\/>/, '<SupportUrl DefaultValue="https://www.example.com/help.html"/>'),
      "does not start with https://localhost:3000/",
    ],
    [
      "a URL that is not absolute",
      broken(`<IconUrl DefaultValue="${DEV_BASE}`, '<IconUrl DefaultValue="/'),
      '<IconUrl DefaultValue> "/assets/logo-32.png" is not an absolute URL',
    ],
    [
      "an http AppDomain",
      broken('<Hosts>\n    <Host Name="Workbook"/>', '<AppDomains><AppDomain>http://intranet.example</AppDomain></AppDomains>\n  <Hosts>\n    <Host Name="Workbook"/>'),
      '<AppDomain> "http://intranet.example" is not https',
    ],
    [
      "a page nothing serves",
      broken(`"${DEV_BASE}taskpane.html"/>\n        <bt:Url`, `"${DEV_BASE}pane.html"/>\n        <bt:Url`),
      `"${DEV_BASE}pane.html" names neither a page the build serves`,
    ],
    // icons
    ["an icon file that does not exist", broken("assets/insert-80.png", "assets/insert-81.png"), 'bt:Image "Insert.80": assets/insert-81.png does not exist'],
    [
      "an icon used at the wrong size",
      broken('<bt:Image size="80" resid="Insert.80"/>', '<bt:Image size="80" resid="Insert.32"/>'),
      '<bt:Image size="80" resid="Insert.32">: insert-32.png is 32×32 px',
    ],
    ["an image id that misstates its file's size", broken("assets/check-32.png", "assets/check-80.png"), 'bt:Image "Check.32" says 32 px but check-80.png is 80×80 px'],
    ["an icon list without the 80 px size", broken(/\s*<bt:Image size="80" resid="Logo.80"\/>/, ""), "<Icon> lacks the size(s) Office requires: 80"],
    [
      "an IconUrl of the wrong size",
      broken(`<IconUrl DefaultValue="${DEV_BASE}assets/logo-32.png"`, `<IconUrl DefaultValue="${DEV_BASE}assets/logo-128.png"`),
      "<IconUrl> must be 32×32 px for a task pane add-in, the file is 128×128 px",
    ],
    // strings
    [
      "a string without an en-US override",
      broken(/\s*<bt:Override Locale="en-US" Value="Check pane"\/>/, ""),
      'bt:ShortStrings "Pane.Label" has no <Override Locale="en-US">',
    ],
    ["an en-US override left in Chinese", broken('Value="Insert table"', 'Value="插入统计表"'), 'the en-US override "插入统计表" is not English text'],
    [
      "a default string in English",
      broken('DefaultValue="年报加载项已就绪"', 'DefaultValue="nianbao is ready"'),
      'the default (zh-CN) text "nianbao is ready" is not Chinese',
    ],
    ["an English default locale", broken("<DefaultLocale>zh-CN</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>"), '<DefaultLocale> is "en-US"'],
    ["another display name", broken('<DisplayName DefaultValue="年报">', '<DisplayName DefaultValue="年报助手">'), '<DisplayName> should be "年报"'],
    // ribbon
    [
      "a group label other than 年报",
      broken('id="Group.Label" DefaultValue="年报"', 'id="Group.Label" DefaultValue="年度报告"'),
      'no ribbon group labelled "年报" on <OfficeTab id="TabHome"> (groups there: 年度报告)',
    ],
    ["the group on another tab", broken('<OfficeTab id="TabHome">', '<OfficeTab id="TabInsert">'), 'no ribbon group labelled "年报" on <OfficeTab id="TabHome">'],
    [
      "a button with another label",
      broken('id="Insert.Label" DefaultValue="插入统计表"', 'id="Insert.Label" DefaultValue="插入模板"'),
      "should hold the buttons 插入统计表、检查面板 in that order, holds 插入模板、检查面板",
    ],
    [
      "a function name commands.html does not define",
      broken("<FunctionName>insertTemplate</FunctionName>", "<FunctionName>insertTable</FunctionName>"),
      '"插入统计表" runs "insertTable", but commands.html defines "insertTemplate"',
    ],
    [
      "the insert button opening a pane",
      broken('<Action xsi:type="ExecuteFunction">', '<Action xsi:type="ShowTaskpane">'),
      'should run a function (Action xsi:type="ExecuteFunction")',
    ],
    [
      "a function file other than commands.html",
      broken('<FunctionFile resid="Commands.Url"/>', '<FunctionFile resid="Help.Url"/>'),
      "<FunctionFile> should be https://localhost:3000/commands.html",
    ],
    [
      "the pane button and the default pane on different pages",
      broken(`<SourceLocation DefaultValue="${DEV_BASE}taskpane.html"/>`, `<SourceLocation DefaultValue="${DEV_BASE}taskpane.html?from=insert"/>`),
      "Office treats them as two different panes",
    ],
    // requirements
    ["a lower ExcelApi requirement", broken('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.1"/>'), 'declares MinVersion="1.1"'],
    ["another host", broken('<Host Name="Workbook"/>', '<Host Name="Document"/>'), '<Hosts> should list only <Host Name="Workbook"/> (Excel), lists Document'],
    ["a read-only permission", broken("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"), "<Permissions> should be ReadWriteDocument"],
    ["ill-formed XML", broken("</OfficeApp>", "</OfficeAp>"), "manifest.xml is not well-formed XML"],
  ])("catches %s", (_what, xml, expected) => {
    expect(problems(xml)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]));
  });

  it("accepts an https AppDomain on another site (pages the pane may navigate to)", () => {
    const xml = broken(
      '<Hosts>\n    <Host Name="Workbook"/>',
      '<AppDomains><AppDomain>https://intranet.example</AppDomain></AppDomains>\n  <Hosts>\n    <Host Name="Workbook"/>',
    );
    expect(problems(xml)).toEqual([]);
  });

  describe("with a damaged icon in assets/", () => {
    let assetsCopy: string;
    beforeEach(() => {
      assetsCopy = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-assets-"));
      fs.cpSync(ASSETS, assetsCopy, { recursive: true });
    });
    afterEach(() => fs.rmSync(assetsCopy, { recursive: true, force: true }));

    it("catches a PNG re-rendered at the wrong size", () => {
      fs.copyFileSync(path.join(ASSETS, "logo-64.png"), path.join(assetsCopy, "check-32.png"));
      expect(problems(MANIFEST, assetsCopy)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('bt:Image "Check.32" says 32 px but check-32.png is 64×64 px'),
          expect.stringContaining('<bt:Image size="32" resid="Check.32">: check-32.png is 64×64 px'),
        ]),
      );
    });

    it("catches an SVG saved under a PNG name", () => {
      fs.copyFileSync(path.join(ASSETS, "svg", "insert-16.svg"), path.join(assetsCopy, "insert-16.png"));
      expect(problems(MANIFEST, assetsCopy)).toEqual(expect.arrayContaining([expect.stringContaining("assets/insert-16.png is not a PNG file")]));
    });

    it("catches an icon saved without transparency", () => {
      const png = fs.readFileSync(path.join(ASSETS, "check-80.png"));
      png[25] = 2; // IHDR colour type 6 (RGBA) → 2 (RGB); no tRNS chunk follows
      fs.writeFileSync(path.join(assetsCopy, "check-80.png"), png);
      expect(problems(MANIFEST, assetsCopy)).toEqual(expect.arrayContaining([expect.stringContaining('bt:Image "Check.80": check-80.png has no transparency')]));
    });

    it("catches a missing IconUrl file", () => {
      fs.rmSync(path.join(assetsCopy, "logo-32.png"));
      expect(problems(MANIFEST, assetsCopy)).toEqual(expect.arrayContaining([expect.stringContaining("<IconUrl>: assets/logo-32.png does not exist")]));
    });
  });
});
