/**
 * office.js served with the add-in, for networks that cannot reach Microsoft's CDN: the deployer
 * downloads the CDN's files (office.js, o15apptofilemappingtable.js, the Excel host files
 * excel-<platform>-16.0x.js and the locale folders) into a folder and builds with
 * `NIANBAO_OFFICE_JS=/path/to/that/folder`. Before anything is copied, this checks that the
 * folder is complete and that every Excel class member the adapter (src/excel) uses is defined in
 * each Excel host file there — an old snapshot would otherwise fail in the clerk's Excel, not here.
 *
 * The npm package @microsoft/office-js (1.1.110) is only a fallback (`NIANBAO_OFFICE_JS=local`):
 * its own README calls it unsupported, and it lacks RangeAreas.select (ExcelApi 1.18).
 *
 * Plain CommonJS: webpack.config.js requires it.
 */
const fs = require("fs");
const path = require("path");

/**
 * Every member of an Excel class the adapter uses. test/excel/office-js-snapshot.test.ts derives
 * the same list from the adapter's code with the TypeScript compiler and fails when they differ,
 * so this list cannot drift. (`RequestContext.workbook` is left out: the host files define the
 * request context differently, and no add-in runs without it.)
 */
const ADAPTER_MEMBERS = [
  "ConditionalFormat.custom",
  "ConditionalFormatCollection.add",
  "ConditionalFormatRule.formula",
  "ConditionalRangeFill.color",
  "ConditionalRangeFont.color",
  "ConditionalRangeFormat.fill",
  "ConditionalRangeFormat.font",
  "CustomConditionalFormat.format",
  "CustomConditionalFormat.rule",
  "DataValidation.errorAlert",
  "DataValidation.ignoreBlanks",
  "DataValidation.prompt",
  "DataValidation.rule",
  "HeaderFooter.centerFooter",
  "HeaderFooterGroup.defaultForAllPages",
  "PageBreakCollection.add",
  "PageLayout.centerHorizontally",
  "PageLayout.headersFooters",
  "PageLayout.orientation",
  "PageLayout.paperSize",
  "PageLayout.setPrintArea",
  "PageLayout.setPrintMargins",
  "PageLayout.setPrintTitleRows",
  "PageLayout.zoom",
  "Range.address",
  "Range.columnCount",
  "Range.columnIndex",
  "Range.conditionalFormats",
  "Range.dataValidation",
  "Range.format",
  "Range.getUsedRangeOrNullObject",
  "Range.load",
  "Range.merge",
  "Range.numberFormat",
  "Range.rowCount",
  "Range.rowIndex",
  "Range.select",
  "Range.values",
  "RangeAreas.select",
  "RangeBorder.color",
  "RangeBorder.style",
  "RangeBorder.weight",
  "RangeBorderCollection.getItem",
  "RangeFill.color",
  "RangeFont.bold",
  "RangeFont.name",
  "RangeFont.size",
  "RangeFormat.autofitRows",
  "RangeFormat.borders",
  "RangeFormat.columnWidth",
  "RangeFormat.fill",
  "RangeFormat.font",
  "RangeFormat.horizontalAlignment",
  "RangeFormat.indentLevel",
  "RangeFormat.rowHeight",
  "RangeFormat.verticalAlignment",
  "RangeFormat.wrapText",
  "Workbook.worksheets",
  "Worksheet.activate",
  "Worksheet.freezePanes",
  "Worksheet.getRange",
  "Worksheet.getRanges",
  "Worksheet.getUsedRangeOrNullObject",
  "Worksheet.horizontalPageBreaks",
  "Worksheet.id",
  "Worksheet.load",
  "Worksheet.name",
  "Worksheet.onChanged",
  "Worksheet.pageLayout",
  "WorksheetCollection.add",
  "WorksheetCollection.getItem",
  "WorksheetCollection.getItemOrNullObject",
  "WorksheetCollection.items",
  "WorksheetCollection.load",
  "WorksheetCollection.onAdded",
  "WorksheetCollection.onChanged",
  "WorksheetCollection.onDeleted",
  "WorksheetCollection.onNameChanged",
  "WorksheetFreezePanes.freezeRows",
];

/** Files office.js cannot start without (it loads the mapping table from beside itself). */
const REQUIRED_FILES = ["office.js", "o15apptofilemappingtable.js"];

/** Excel's host files: excel-win32-16.01.js, excel-web-16.00.js, excel-mac-16.00-core.js … */
const HOST_FILE = /^excel-[a-z0-9]+-16\.\d\d(-core)?\.js$/;

/** The host file of Excel on Windows, which government PCs run: a snapshot must have it. */
const WINDOWS_HOST_FILE = "excel-win32-16.01.js";

/** Each class's members as a host file defines them (the minified output of Office's generator). */
function excelClassMembers(source) {
  const marker = /_className",\{get:function\(\)\{return"([A-Za-z]+)"/g;
  const marks = [];
  for (let m = marker.exec(source); m !== null; m = marker.exec(source)) marks.push({ at: m.index, name: m[1] });
  const classes = new Map();
  marks.forEach((mark, i) => {
    const chunk = source.slice(mark.at, i + 1 < marks.length ? marks[i + 1].at : source.length);
    const members = classes.get(mark.name) ?? new Set();
    for (const m of chunk.matchAll(/prototype\.([A-Za-z_$][\w$]*)=function/g)) members.add(m[1]);
    for (const m of chunk.matchAll(/defineProperty\([\w$]+\.prototype,"([A-Za-z_$][\w$]*)"/g)) members.add(m[1]);
    classes.set(mark.name, members);
  });
  return classes;
}

/** At most `n` items, then how many more: a message never lists a whole file's worth. */
function some(items, n = 5) {
  return items.length > n ? `${items.slice(0, n).join("、")} 等 ${items.length} 个` : items.join("、");
}

/**
 * Check an office.js folder. Returns `{ errors, warnings, hostFiles }`; `errors` (Chinese) mean
 * the add-in would fail in Excel with these files, `warnings` that some Excel would.
 */
function checkOfficeJsFolder(dir, members = ADAPTER_MEMBERS) {
  const errors = [];
  const warnings = [];
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    return { errors: [`找不到 office.js 文件夹“${dir}”：请把微软 CDN 上的 office.js 及其文件下载到该文件夹`], warnings, hostFiles: [] };
  }
  const names = fs.readdirSync(dir);
  for (const file of REQUIRED_FILES) {
    if (!names.includes(file)) errors.push(`“${dir}”中缺少 ${file}`);
  }
  const hostFiles = names.filter((n) => HOST_FILE.test(n)).sort();
  const modelFiles = [];
  // Files lacking the same members are named together: "excel-web-16.00.js、excel-win32-16.01.js 缺少 …".
  const byMissing = new Map();
  for (const file of hostFiles) {
    const classes = excelClassMembers(fs.readFileSync(path.join(dir, file), "utf8"));
    // The small "-core" and Excel 2016 files carry no object model; office.js pairs them with one that does.
    if (!classes.has("Worksheet")) continue;
    modelFiles.push(file);
    const missing = members.filter((m) => {
      const [cls, member] = m.split(".");
      return !classes.get(cls)?.has(member);
    });
    if (missing.length > 0) byMissing.set(some(missing), [...(byMissing.get(some(missing)) ?? []), file]);
  }
  for (const [missing, files] of byMissing) {
    const which = files.length > 3 ? `${files.slice(0, 3).join("、")} 等 ${files.length} 个文件` : files.join("、");
    errors.push(`${which} 缺少加载项使用的 ${missing}`);
  }
  if (modelFiles.length === 0) errors.push(`“${dir}”中没有 Excel 宿主文件（excel-win32-16.01.js 等）`);
  else if (!modelFiles.includes(WINDOWS_HOST_FILE)) warnings.push(`“${dir}”中没有 ${WINDOWS_HOST_FILE}：Windows 版 Excel 将无法加载本加载项`);
  if (!names.some((n) => /^zh-cn$/i.test(n))) warnings.push(`“${dir}”中没有 zh-cn 语言文件夹：中文 Excel 中 office.js 的提示将无法显示`);
  return { errors, warnings, hostFiles: modelFiles };
}

module.exports = { ADAPTER_MEMBERS, HOST_FILE, WINDOWS_HOST_FILE, checkOfficeJsFolder, excelClassMembers };
