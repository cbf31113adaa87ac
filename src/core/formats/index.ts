/** The three official formats and which report year uses which. */
import { legacy2014 } from "./legacy-2014";
import type { FormatDef, FormatId } from "./model";
import { national2019 } from "./national-2019";
import { national2021 } from "./national-2021";

export const FORMATS: Readonly<Record<FormatId, FormatDef>> = {
  "legacy-2014": legacy2014,
  "national-2019": national2019,
  "national-2021": national2021,
};

export const FORMAT_IDS: readonly FormatId[] = ["legacy-2014", "national-2019", "national-2021"];

export function isFormatId(s: string): s is FormatId {
  return (FORMAT_IDS as readonly string[]).includes(s);
}

/** The format a report year must use (formats.md: up to 2018 · 2019–2020 · 2021 onward). */
export function formatForYear(year: number): FormatDef {
  if (year <= 2018) return legacy2014;
  if (year <= 2020) return national2019;
  return national2021;
}

/** A short Chinese name for messages: `2021 版格式`, `2019 试行格式`, `2014 版统计表`. */
export function formatShortName(id: FormatId): string {
  switch (id) {
    case "legacy-2014":
      return "2018 年及以前的统计表（国办发〔2014〕32号）";
    case "national-2019":
      return "2019 试行格式（国办公开办函〔2019〕60号）";
    case "national-2021":
      return "2021 版格式（国办公开办函〔2021〕30号）";
  }
}

export type { FormatDef, FormatId } from "./model";
