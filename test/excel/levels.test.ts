/**
 * Every operation of the Excel adapter at the ExcelApi levels that matter, on the
 * requirement-set-true fake: no member above the level is used (Excel would refuse the batch with
 * ApiNotFound), every operation completes, and the round trips are as host.ts documents.
 *
 *   1.7   the manifest's minimum
 *   1.9   Excel 2019 perpetual and later builds of its era
 *   1.14  Excel LTSC 2021 (and Microsoft 365 of 2021)
 *   1.17  Excel LTSC 2024
 *   1.18  Microsoft 365 from Version 2501, Mac from 16.93
 *   1.19  current Microsoft 365
 */
import type { FormatId } from "../../src/core/formats/model";
import { planTemplate } from "../../src/core/layout";
import type { SheetChange } from "../../src/host/workbook-host";
import { createExcelHost } from "../../src/excel";
import { FakeExcel } from "../helpers/excel-fake";

const LEVELS = ["1.7", "1.9", "1.14", "1.17", "1.18", "1.19"] as const;
const FORMATS: ReadonlyArray<[FormatId, number]> = [
  ["legacy-2014", 2017],
  ["national-2019", 2020],
  ["national-2021", 2025],
];

function setup(api: string) {
  const fake = new FakeExcel({
    api,
    sheets: [
      { name: "报告正文", used: { address: "A1:A2", values: [["某局2025年度报告"], ["正文"]] } },
      {
        name: "数据",
        used: {
          address: "B2:C3",
          values: [
            [1, 2],
            [3, 4],
          ],
        },
      },
    ],
  }).install();
  return { fake, host: createExcelHost({ now: () => 1_000_000 }) };
}

describe.each(LEVELS)("the Excel adapter on ExcelApi %s (requirement-set-true fake)", (api) => {
  test.each(FORMATS)("insert %s %s: in, in 2 round trips, nothing above the level", async (format, year) => {
    const { fake, host } = setup(api);
    const result = await host.insertPlanDetailed(planTemplate(format, year, "XX市审计局"));
    expect(fake.violations).toEqual([]);
    expect(fake.trips()).toBe(2);
    expect(result.sheet).toBe(`${year}年度统计表`);
  });

  test("read, list, write, select: 1 round trip each after the first look", async () => {
    const { fake, host } = setup(api);
    await host.sheetNames();
    fake.trips();
    const grids = await host.readSheets();
    expect(fake.trips()).toBe(1);
    expect(grids.map((g) => g.name)).toEqual(["报告正文", "数据"]);
    await host.writeCells("报告正文", [{ address: "A2", value: "2025年，我局未收到政府信息公开申请。" }]);
    expect(fake.trips()).toBe(1);
    await host.select("数据", ["C3", "B2", "C2"]);
    expect(fake.trips()).toBe(1);
    expect(fake.violations).toEqual([]);
  });

  test("change events: registered, a user's edit delivered, the add-in's own write not, stopped", async () => {
    const { fake, host } = setup(api);
    const changes: SheetChange[] = [];
    const stop = await host.onChanged((c) => changes.push(c));
    expect(fake.trips()).toBe(host.features.workbookChangeEvent ? 1 : 2);
    await fake.fireChanged("数据", "B2");
    await host.writeCells("报告正文", [{ address: "A2", value: "新" }]);
    await fake.fireChanged("报告正文", "A2", host.features.triggerSource ? "ThisLocalAddin" : undefined);
    expect(changes).toEqual([{ sheet: "数据", address: "B2" }]);
    await stop();
    expect(fake.violations).toEqual([]);
  });
});

test("the levels exercise what they claim: 1.19 reaches members of 1.9, 1.17 and 1.18, 1.7 none above 1.7", async () => {
  const run = async (api: string) => {
    const { fake, host } = setup(api);
    await host.insertPlanDetailed(planTemplate("legacy-2014", 2017, "XX市审计局"));
    await host.select("数据", ["C3", "B2"]);
    const stop = await host.onChanged(() => undefined);
    await stop();
    return [...fake.used.values()].filter((s): s is string => s !== null);
  };
  const top = await run("1.19");
  expect(top).toEqual(expect.arrayContaining(["1.9", "1.17", "1.18"]));
  const low = await run("1.7");
  expect(low.filter((s) => Number(s.split(".")[1]) > 7 && s.startsWith("1."))).toEqual([]);
});
