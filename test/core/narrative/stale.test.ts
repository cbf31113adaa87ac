import {
  decodeStamp,
  encodeStamp,
  fingerprint,
  generateNarrative,
  isStale,
  isStampText,
  planUpdate,
  stampOf,
  staleness,
  type NarrativeParagraph,
} from "../../../src/core/narrative";
import type { LocatedTable } from "../../../src/core/located";
import { buildTables, type Overrides } from "../../helpers/narrative-tables";

const generate = (overrides: Overrides = {}, fees = 0) => {
  const { tables } = buildTables("national-2021", 2023, overrides);
  const n = generateNarrative(tables, { subject: "我局", feesCollected: fees });
  const get = (id: string): NarrativeParagraph => {
    const p = n.paragraphs.find((x) => x.id === id);
    if (!p) throw new Error(`no ${id}`);
    return p;
  };
  return { tables, n, get };
};

/** The same tables with one cell changed. */
function withValue(tables: LocatedTable[], table: string, key: string, value: string | number | null): LocatedTable[] {
  return tables.map((t) => (t.table === table ? { ...t, values: { ...t.values, [key]: value } } : t));
}

describe("fingerprint", () => {
  test("stable, short, and blind to whitespace only", () => {
    const text = "2023年，我局未收到政府信息公开申请。";
    expect(fingerprint(text)).toMatch(/^fp1-[0-9a-f]{14}$/);
    expect(fingerprint(text)).toBe(fingerprint(text));
    expect(fingerprint(` ${text}\r\n`)).toBe(fingerprint(text));
    expect(fingerprint(text.replace("，", "，　"))).toBe(fingerprint(text));
  });

  test("any edit of a character changes it (a year, a number)", () => {
    const text = "2023年，我局未收到政府信息公开申请。";
    expect(fingerprint(text.replace("2023", "2022"))).not.toBe(fingerprint(text));
    expect(fingerprint(text.replace("我局", "我委"))).not.toBe(fingerprint(text));
    expect(fingerprint("")).not.toBe(fingerprint(text));
  });
});

describe("staleness", () => {
  test("unchanged tables: not stale", () => {
    const { tables, n } = generate();
    for (const p of n.paragraphs) expect(isStale(p, tables)).toBe(false);
  });

  test("a number it speaks for changes: stale, and says which and how", () => {
    const { tables, get } = generate();
    const now = withValue(tables, "B", "B1|total", 5);
    const s = staleness(get("requests"), now);
    expect(s.stale).toBe(true);
    expect(s.changes).toHaveLength(1);
    expect(s.changes[0].now).toBe(5);
    expect(s.changes[0].message).toBe("“一、本年新收政府信息公开申请数量”（总计）由 0 改为 5");
    // The appeals paragraph does not speak of Table B.
    expect(isStale(get("appeals"), now)).toBe(false);
  });

  test("a facts sentence goes stale when any of its numbers changes", () => {
    const { tables, get } = generate({ C: { "C1|review.upheld": 1, "C1|review.total": 1 } });
    expect(get("appeals").kind).toBe("facts");
    expect(isStale(get("appeals"), tables)).toBe(false);
    expect(isStale(get("appeals"), withValue(tables, "C", "C1|review.upheld", 0))).toBe(true);
  });

  test("a cell emptied or made unreadable: stale (blank is not the 0 it was)", () => {
    const { tables, get } = generate();
    expect(staleness(get("requests"), withValue(tables, "B", "B2|total", null)).changes[0]).toMatchObject({ now: "blank" });
    expect(staleness(get("requests"), withValue(tables, "B", "B2|total", "许多")).changes[0]).toMatchObject({ now: "invalid" });
    expect(
      staleness(
        get("appeals"),
        tables.filter((t) => t.table !== "C"),
      ).changes[0].now,
    ).toBe("table-missing");
  });

  test("rows inserted above the table (cells moved, values kept): not stale", () => {
    const { tables, get } = generate();
    const moved = tables.map((t) => ({
      ...t,
      cells: Object.fromEntries(Object.entries(t.cells).map(([k, p]) => [k, { row: p.row + 7, col: p.col + 2 }])),
    }));
    expect(isStale(get("requests"), moved)).toBe(false);
  });

  test("the same value written as text: not stale", () => {
    const { tables, get } = generate();
    expect(isStale(get("requests"), withValue(tables, "B", "B1|total", "0"))).toBe(false);
  });

  test("inputs are compared only when given: a new report year or a new fee amount makes it stale", () => {
    const { tables, get } = generate();
    expect(isStale(get("fees"), tables)).toBe(false);
    expect(isStale(get("fees"), tables, { year: 2023, feesCollected: 0 })).toBe(false);
    expect(isStale(get("fees"), tables, { feesCollected: 200 })).toBe(true);
    expect(isStale(get("requests"), tables, { year: 2024 })).toBe(true);
    expect(staleness(get("requests"), tables, { year: 2024 }).changes[0].message).toBe("“报告年度”由 2023 改为 2024");
  });

  test("a fee amount now given where it was unknown: stale", () => {
    const { tables, get } = (() => {
      const built = buildTables("national-2021", 2023, { B: { "B3.6.2|total": 1 } });
      const n = generateNarrative(built.tables, { subject: "我局" });
      return { tables: built.tables, get: (id: string) => n.paragraphs.find((p) => p.id === id) as NarrativeParagraph };
    })();
    expect(isStale(get("fees"), tables, { feesCollected: undefined })).toBe(false);
    expect(isStale(get("fees"), tables, { feesCollected: 0 })).toBe(true);
  });
});

describe("stamps", () => {
  test("round trip, ASCII only, recognisable", () => {
    const { get } = generate({ B: { "B3.6.2|total": 2 } }, 150.5);
    const stamp = stampOf(get("fees"));
    const text = encodeStamp(stamp);
    expect(text).toMatch(/^[\x20-\x7e]+$/);
    expect(isStampText(text)).toBe(true);
    expect(decodeStamp(text)).toEqual(stamp);
    expect(stamp.basis).toContainEqual({ source: "input", key: "feesCollected", value: 150.5 });
  });

  test("an unknown input survives the round trip as null", () => {
    const built = buildTables("national-2021", 2023, { B: { "B3.6.2|total": 1 } });
    const p = generateNarrative(built.tables, { subject: "我局" }).paragraphs.find((x) => x.id === "fees") as NarrativeParagraph;
    expect(decodeStamp(encodeStamp(stampOf(p)))?.basis).toContainEqual({ source: "input", key: "feesCollected", value: null });
  });

  test("a decoded stamp checks staleness like the paragraph", () => {
    const { tables, get } = generate();
    const stamp = decodeStamp(encodeStamp(stampOf(get("requests"))));
    if (!stamp) throw new Error("not decoded");
    expect(isStale(stamp, tables)).toBe(false);
    expect(isStale(stamp, withValue(tables, "B", "B2|total", 3))).toBe(true);
  });

  test("not a stamp, or damaged: null", () => {
    expect(decodeStamp("2023年，我局未收到政府信息公开申请。")).toBeNull();
    expect(decodeStamp("nianbao-narrative:1;id=unknown;fp=fp1-00;b=")).toBeNull();
    expect(decodeStamp("nianbao-narrative:1;id=fees;fp=fp1-00;b=Z:B1|total=0")).toBeNull();
    expect(decodeStamp("nianbao-narrative:1;id=fees;fp=fp1-00;b=B:B1|total=abc")).toBeNull();
  });
});

describe("planUpdate: what a host does on 生成正文 again", () => {
  const { tables, get } = generate();
  const old = get("requests");
  const existing = (text: string) => ({ text, stamp: stampOf(old) });
  const freshFrom = (ts: LocatedTable[]) => generateNarrative(ts, { subject: "我局", feesCollected: 0 }).paragraphs.find((p) => p.id === "requests") ?? null;

  test("nothing written yet: write", () => {
    expect(planUpdate(null, old)).toEqual({ action: "write", reason: "new", paragraph: old });
    expect(planUpdate(null, null)).toEqual({ action: "keep", reason: "nothing" });
  });

  test("untouched and the numbers unchanged: keep", () => {
    expect(planUpdate(existing(old.text), freshFrom(tables))).toEqual({ action: "keep", reason: "up-to-date" });
  });

  test("untouched and the numbers changed: write the new sentence", () => {
    const fresh = freshFrom(withValue(tables, "B", "B1|total", 2));
    const plan = planUpdate(existing(old.text), fresh);
    expect(plan.action).toBe("write");
    expect(plan.action === "write" && plan.paragraph.text).toContain("收到政府信息公开申请2件");
  });

  test("edited by the user, numbers unchanged: keep the user's text", () => {
    expect(planUpdate(existing(`${old.text}特此说明。`), freshFrom(tables))).toEqual({ action: "keep", reason: "edited" });
  });

  test("edited by the user and the numbers changed: never overwrite, ask with the new wording", () => {
    const fresh = freshFrom(withValue(tables, "B", "B1|total", 2));
    const plan = planUpdate(existing(`${old.text}特此说明。`), fresh);
    expect(plan.action).toBe("review");
    expect(plan.action === "review" && plan.reason).toBe("edited-and-stale");
    expect(plan.action === "review" && plan.message).toContain("收到政府信息公开申请2件");
  });

  test("untouched but the numbers are now blank: leave it and say why", () => {
    const fresh = freshFrom(withValue(tables, "B", "B1|total", null));
    expect(fresh).toBeNull();
    expect(planUpdate(existing(old.text), fresh)).toMatchObject({ action: "review", reason: "cannot-regenerate" });
  });
});
