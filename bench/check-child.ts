// One measured run of the check benchmark, in its own process so that its peak memory is its own:
// `bare` splits the lines and runs JSON.parse on each (the limit for this language); `check` runs
// the checker on every line. Prints one JSON line: lines, wall and CPU ms, the peak RSS of the
// process, its RSS once the catalog is loaded, and the highest RSS sampled while the log is read.
import { performance } from "node:perf_hooks";
import { checkIndexOf, type CheckCatalog } from "../src/check/check-index.ts";
import { createLogChecker } from "../src/check/log-checker.ts";
import { readLogFile } from "../src/cli/log-lines.ts";
import { readCatalogFile } from "../src/pipeline/read-catalog-file.ts";

const [mode, logPath, catalogPath] = process.argv.slice(2);
if ((mode !== "bare" && mode !== "check") || !logPath || !catalogPath) {
  console.error("usage: check-child.ts bare|check LOG CATALOG");
  process.exit(2);
}
// The bare loop needs no catalog; the check keeps the check index alone, as the command does.
async function readCheckIndex(path: string): Promise<CheckCatalog> {
  const loaded = await readCatalogFile(path);
  if ("error" in loaded) throw new Error(loaded.error);
  return structuredClone(checkIndexOf(loaded.catalog));
}
const checker = mode === "check" ? createLogChecker(await readCheckIndex(catalogPath)) : undefined;
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const rssBeforeLog = process.memoryUsage().rss;
const heapBeforeLog = process.memoryUsage().heapUsed;
let rssDuringLog = rssBeforeLog;
const sample = (lineNo: number): void => {
  if ((lineNo & 0x3fff) === 0) rssDuringLog = Math.max(rssDuringLog, process.memoryUsage().rss);
};
let parsed = 0;
const cpuStart = process.cpuUsage();
const start = performance.now();
const outcome = await readLogFile(logPath, {
  line:
    mode === "bare"
      ? (text, lineNo) => {
          if (text.length > 0 && JSON.parse(text) !== undefined) parsed++;
          sample(lineNo);
        }
      : (text, lineNo) => {
          checker?.addLine(text, lineNo, logPath);
          sample(lineNo);
        },
});
rssDuringLog = Math.max(rssDuringLog, process.memoryUsage().rss);
const report = checker?.report();
const wallMs = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
gc?.();
// What the log's aggregates (and the report) hold once the garbage of parsing is collected.
const heapAfterLog = process.memoryUsage().heapUsed;
if ("error" in outcome) throw new Error(outcome.error);
console.log(
  JSON.stringify({
    lines: outcome.lines,
    parsed: report ? report.totals.events : parsed,
    eventTypes: report?.totals.eventTypes,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rssBeforeLogMb: rssBeforeLog / 1048576,
    rssDuringLogMb: rssDuringLog / 1048576,
    heapRetainedMb: (heapAfterLog - heapBeforeLog) / 1048576,
  }),
);
