/**
 * The text checks on a workbook with many text cells (issue 10): a department's workbook carries
 * data sheets beside the report (names, addresses, item titles), and every text cell outside the
 * tables is read as prose. Times `checkNarrativeText` with and without the keyword prefilter and
 * says whether the findings are the same. Prints numbers, asserts nothing.
 *
 * Run alone with `node build/bench/narrative-text.js` after `npm run build:node`, or as part of
 * `npm run bench`.
 */
import { performance } from "perf_hooks";
import { checkNarrativeText } from "../src/core/narrative";
import type { CellValue, SheetGrid } from "../src/core/types";
import { buildTables } from "../test/helpers/narrative-tables";

const TEXT_CELLS = 200_000;
const COLUMNS = 10;

const SURNAMES = ["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"];
const PLACES = ["人民路", "解放路", "中山路", "建设路", "和平街", "文化路"];
const ITEMS = ["办公设备采购", "道路养护工程", "审计项目", "培训会议", "物业服务", "档案整理"];

/** One data-sheet cell: a name, an address, an item title, a date, a phone number. */
function dataText(i: number): string {
  switch (i % 5) {
    case 0:
      return `${SURNAMES[i % 10]}${SURNAMES[(i >> 3) % 10]}${i % 7 === 0 ? "华" : "明"}`;
    case 1:
      return `某市某区${PLACES[i % 6]}${(i % 300) + 1}号`;
    case 2:
      return `2023年${ITEMS[i % 6]}（第${(i % 40) + 1}批）`;
    case 3:
      return `2023年${(i % 12) + 1}月${(i % 28) + 1}日`;
    default:
      return `0571-8${String(1000000 + (i % 9000000)).slice(0, 7)}`;
  }
}

/** A data sheet of `cells` text cells. */
function dataSheet(name: string, cells: number): SheetGrid {
  const values: CellValue[][] = [];
  for (let i = 0; i < cells; i += COLUMNS) {
    const row: CellValue[] = [];
    for (let c = 0; c < COLUMNS && i + c < cells; c++) row.push(dataText(i + c));
    values.push(row);
  }
  return { name, values, originRow: 0, originCol: 0 };
}

const REPORT_TEXT = [
  "某市审计局2023年政府信息公开工作年度报告",
  "一、总体情况",
  "2023年，我局共收到政府信息公开申请128件，其中网上申请97件，上年结转4件。",
  "本年度办结127件，其中予以公开63件，部分公开12件，不予公开9件，结转下年度继续办理5件。",
  "本年制发行政规范性文件6件，废止2件，现行有效87件。",
  "四、政府信息公开行政复议、行政诉讼情况",
  "全年共发生政府信息公开行政复议案件3件（维持2件、纠正1件），行政诉讼2件。",
  "六、其他需要报告的事项",
  "2023年，我局未收取信息处理费。",
];

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function time(runs: number, fn: () => void): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

export function benchNarrativeText(textCells = TEXT_CELLS): void {
  const built = buildTables("national-2021", 2023, {
    A: { "A1.2|issued": 6, "A1.2|repealed": 2, "A1.2|effective": 80 },
    B: { "B1|total": 128, "B2|total": 4, "B3.1|total": 60, "B3.7|total": 127, "B4|total": 5 },
    C: { "C1|review.total": 3, "C1|direct.total": 2 },
  });
  const prose: SheetGrid = { name: "报告正文", values: REPORT_TEXT.map((l) => [l]), originRow: 0, originCol: 0 };
  const sheets = [prose, built.sheet, dataSheet("明细", textCells)];
  const withFilter = checkNarrativeText(sheets, built.tables);
  const without = checkNarrativeText(sheets, built.tables, { prefilter: false });
  const same = JSON.stringify(withFilter) === JSON.stringify(without);
  const on = time(5, () => checkNarrativeText(sheets, built.tables));
  const off = time(5, () => checkNarrativeText(sheets, built.tables, { prefilter: false }));
  console.log(`\n4. Text checks on a workbook with ${textCells.toLocaleString("en")} data text cells and a report text (median of 5, ms)`);
  console.log(`   with the prefilter:    ${on.toFixed(1)} ms`);
  console.log(`   without the prefilter: ${off.toFixed(1)} ms`);
  console.log(`   speed-up: ${(off / on).toFixed(1)}×; findings: ${withFilter.length}, the same with and without: ${same ? "yes" : "NO"}`);
}

if (require.main === module) benchNarrativeText();
