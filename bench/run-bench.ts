// `npm run bench`: prints the measured figures in one run: the machine, the catalog build and its
// scaling, work that must stay linear in its input, the command's start-up and whole-process build
// (compiled against through tsx), the catalog's budgets (build time against docutils, peak memory, size), the check of a generated
// million-line log, then the site build and the size of what it writes. `--quick` leaves the site
// build out and runs the catalog section's scaling series on smaller repetitions.
import { performance } from "node:perf_hooks";
import { benchCatalog } from "./catalog-bench.ts";
import { benchCheck } from "./check-bench.ts";
import { describeMachine } from "./machine-info.ts";
import { benchBudgets } from "./budget-bench.ts";
import { benchLinearWork } from "./linear-work-bench.ts";
import { benchProcesses } from "./process-bench.ts";
import { benchSite } from "./site-bench.ts";

const quick = process.argv.slice(2).includes("--quick");
const sections: [string, () => Promise<string[]>][] = [
  ["machine", () => Promise.resolve(describeMachine())],
  ["catalog", () => benchCatalog(quick)],
  ["linear work", () => Promise.resolve(benchLinearWork())],
  ["command", benchProcesses],
  ["catalog budgets (whole process)", () => Promise.resolve(benchBudgets())],
  ["check", benchCheck],
];
if (!quick) sections.push(["site", benchSite]);

const start = performance.now();
for (const [name, run] of sections) {
  console.log(`== ${name}`);
  try {
    for (const line of await run()) console.log(line);
  } catch (error) {
    console.log(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
if (quick) console.log("(--quick: site build left out; scaling series 1×, 3×, 10×)");
console.log(`== bench took ${((performance.now() - start) / 1000).toFixed(1)} s`);
