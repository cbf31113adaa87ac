/**
 * Check one located table: read every value cell, report what the cells themselves say (text
 * instead of numbers, `/` for 0, 元 for 万元, …), the blank cells, then every rule of the table.
 *
 * Findings come in a fixed order: cell notes (in the table's cell order), the text-number hint,
 * the blank-cell finding, then rule findings in `deriveRules` order. The locator's own findings are not repeated here.
 *
 * Cells the locator did not find (a missing row or column) are unknown, never 0: a rule over them
 * is reported only when it fails whatever they hold (see `rules/operands.ts`).
 */
import { toA1 } from "./address";
import { readCell } from "./cells";
import { cellName, tableDef, tableShortName } from "./describe";
import { dataCells, deriveRules, type DataCell } from "./formats/derive";
import type { CellKey, TableDef } from "./formats/model";
import type { LocatedTable } from "./located";
import { isMoneyUnit } from "./locate/units";
import { evaluateRule, type CellState, type RuleInput } from "./rules";
import type { Finding } from "./types";

/** How many blank cells the blank finding names before `等`. */
const BLANKS_NAMED = 3;

/** Every value cell read, with the findings the cells themselves produce. */
interface ReadTable {
  input: RuleInput;
  cells: readonly DataCell[];
  notes: Finding[];
  blanks: CellKey[];
  /** Numbers stored as text: harmless one by one, so reported together (like blanks). */
  textNumbers: CellKey[];
}

/** States that carry no value, shared: rules only read them. */
const MISSING: CellState = Object.freeze({ status: "missing" });
const BLANK: CellState = Object.freeze({ status: "blank" });
const INVALID: CellState = Object.freeze({ status: "invalid" });

/**
 * Each value cell's place in `dataCells(def)`, by key (the last place, should a key repeat): a
 * table's states are kept in an array in that order. Made once per table definition.
 */
const placesCache = new WeakMap<TableDef, ReadonlyMap<CellKey, number>>();
function placesOf(def: TableDef): ReadonlyMap<CellKey, number> {
  let places = placesCache.get(def);
  if (!places) {
    const made = new Map<CellKey, number>();
    dataCells(def).forEach((cell, i) => made.set(cell.key, i));
    placesCache.set(def, (places = made));
  }
  return places;
}

function readTable(table: LocatedTable): ReadTable {
  const def = tableDef(table.format, table.table);
  const cells = dataCells(def);
  const places = placesOf(def);
  const states: CellState[] = new Array<CellState>(cells.length);
  const notes: Finding[] = [];
  const blanks: CellKey[] = [];
  const textNumbers: CellKey[] = [];
  const name = (key: CellKey): string => cellName(table.format, table.table, key);
  const ref = (key: CellKey): string | undefined => {
    const pos = table.cells[key];
    return pos ? toA1(pos) : undefined;
  };

  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!table.cells[cell.key]) {
      states[i] = MISSING;
      continue;
    }
    const stated = table.statedUnits?.[cell.key];
    // Where the format fixes no unit, the table's own (a header saying 元) is read as declared.
    const declared = cell.kind === "money" && cell.column.unitFixed === false && stated !== undefined && isMoneyUnit(stated);
    const reading = readCell(table.values[cell.key] ?? null, cell.kind, declared ? stated : undefined);
    if (reading.status === "value") {
      // A money column whose header or 单位 says 元 where the format fixes 万元 holds 元: the
      // locator already reported the unit (`unit.mismatch`); compute in 万元 so the rules don't
      // report the same slip again.
      const inYuan = !declared && cell.kind === "money" && stated === "元" && !reading.note;
      states[i] = { status: "value", value: inYuan ? reading.value / 10000 : reading.value };
    } else states[i] = reading.status === "blank" ? BLANK : reading.status === "invalid" ? INVALID : MISSING;
    if (reading.status === "blank") blanks.push(cell.key);
    else if (reading.note?.rule === "value.text-number") textNumbers.push(cell.key);
    else if (reading.note) {
      notes.push({
        rule: reading.note.rule,
        severity: reading.note.severity,
        message: `${name(cell.key)}：${reading.note.message}`,
        sheet: table.sheet,
        cells: [ref(cell.key) as string],
        table: table.table,
      });
    }
  }

  const input: RuleInput = {
    format: table.format,
    table: table.table,
    sheet: table.sheet,
    state: (key) => {
      const i = places.get(key);
      return i === undefined ? MISSING : states[i];
    },
    kind: (key) => {
      const i = places.get(key);
      return i === undefined ? "count" : cells[i].kind;
    },
    name,
    ref,
  };
  return { input, cells, notes, blanks, textNumbers };
}

/** One finding for all blank cells, so the pane can select them at once. */
function blankFinding(table: LocatedTable, read: ReadTable): Finding | null {
  const { blanks, input } = read;
  if (blanks.length === 0) return null;
  const named = blanks
    .slice(0, BLANKS_NAMED)
    .map((k) => input.name(k))
    .join("、");
  const more = blanks.length > BLANKS_NAMED ? "等" : "";
  return {
    rule: "value.blank",
    severity: "warning",
    message: `${tableShortName(table.table)}有 ${blanks.length} 个单元格未填写（没有发生的应填 0）：${named}${more}。` + "计算时按 0 计",
    sheet: table.sheet,
    cells: blanks.map((k) => input.ref(k) as string),
    table: table.table,
  };
}

/**
 * One hint for all numbers stored as text: a hand-typed or pasted table often has dozens, and
 * one line per cell would bury the findings that matter. Excel's SUM skips such cells.
 */
function textNumberFinding(table: LocatedTable, read: ReadTable): Finding | null {
  const { textNumbers, input } = read;
  if (textNumbers.length === 0) return null;
  const named = textNumbers
    .slice(0, BLANKS_NAMED)
    .map((k) => input.name(k))
    .join("、");
  const more = textNumbers.length > BLANKS_NAMED ? "等" : "";
  return {
    rule: "value.text-number",
    severity: "info",
    message:
      `${tableShortName(table.table)}有 ${textNumbers.length} 个数字以文本形式存储：${named}${more}。` +
      "校验已按数字计；建议转换为数字（选中后点“转换为数字”），以免求和公式漏计",
    sheet: table.sheet,
    cells: textNumbers.map((k) => input.ref(k) as string),
    table: table.table,
  };
}

/** Every finding about one located table, in a deterministic order. */
export function checkTable(table: LocatedTable): Finding[] {
  const read = readTable(table);
  const findings: Finding[] = [...read.notes];
  const textNumbers = textNumberFinding(table, read);
  if (textNumbers) findings.push(textNumbers);
  const blank = blankFinding(table, read);
  if (blank) findings.push(blank);
  for (const rule of deriveRules(tableDef(table.format, table.table))) {
    const finding = evaluateRule(rule, read.input);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** The cell states of a located table, for checks that compare two tables (cross-year). */
export function readStates(table: LocatedTable): RuleInput {
  return readTable(table).input;
}
