/**
 * The yardstick of the batch benchmark: every workbook of a folder read from disk and loaded with
 * exceljs, one after the other, as the old read path did. Run as a fresh process per measurement
 * (like each `nianbao check` run it is compared with), it prints the seconds the loading took,
 * its own start-up left out.
 */
import * as ExcelJS from "exceljs";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { performance } from "perf_hooks";

async function loadAll(folder: string): Promise<number> {
  const names = readdirSync(folder)
    .filter((n) => n.endsWith(".xlsx"))
    .sort()
    .map((n) => join(folder, n));
  const t = performance.now();
  for (const name of names) await new ExcelJS.Workbook().xlsx.load(readFileSync(name) as unknown as ExcelJS.Buffer);
  return (performance.now() - t) / 1000;
}

if (require.main === module) {
  loadAll(process.argv[2]).then(
    (seconds) => console.log(seconds.toFixed(3)),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
