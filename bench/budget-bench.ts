// The budgets of the catalog build, measured on whole processes: `edx-event-catalog build` of the
// default content (the compiled command: start-up, reading, merging, writing) against docutils
// merely parsing the same RST, its peak resident memory, and the size of the catalog.json it writes. CPU time (every
// thread of the process) is what the ratio uses: the machine is shared, and wall time also counts
// the time other processes held the CPU.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";

export const BUDGETS = { buildToDocutils: 0.2, maxRssMiB: 300, catalogGzipBytes: 1024 * 1024 };
const PYTHON = "/usr/bin/python3";
const RUNS = 3;

interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  maxRssMiB: number;
}

function runBuild(out: string): ProcessRun {
  const usageFile = `${out}.usage.json`;
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    ["--import", "./bench/process-usage.mjs", "bin/edx-event-catalog.js", "build", "--out", out, "--quiet"],
    {
      env: { ...process.env, EDX_USAGE_FILE: usageFile },
      encoding: "utf8",
    },
  );
  const wallMs = performance.now() - start;
  if (child.status !== 0 && child.status !== 1)
    throw new Error(`build exited ${child.status}: ${child.stderr.slice(-500)}`);
  const usage = JSON.parse(readFileSync(usageFile, "utf8")) as {
    userMicros: number;
    systemMicros: number;
    maxRssKiB: number;
  };
  return { wallMs, cpuMs: (usage.userMicros + usage.systemMicros) / 1000, maxRssMiB: usage.maxRssKiB / 1024 };
}

interface DocutilsRun {
  files: number;
  characters: number;
  cpuSeconds: number;
  wallSeconds: number;
}

/**
 * docutils parsing the same RST: the median (by cpu) of RUNS runs, as for the build. One run alone
 * varied from 17 to 26 s of cpu on the same shared machine, which moved the ratio across its budget.
 */
function runDocutils(): DocutilsRun | string {
  const probe = spawnSync(PYTHON, ["-c", "import docutils; print(docutils.__version__)"], { encoding: "utf8" });
  if (probe.status !== 0)
    return `docutils not available to ${PYTHON} (Debian: apt-get install -y python3-docutils); ratio not measured`;
  const runs: DocutilsRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    const child = spawnSync(PYTHON, ["bench/docutils-parse.py", "content/releases.json"], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) return `docutils run failed: ${child.stderr.slice(-300)}`;
    runs.push(JSON.parse(child.stdout) as DocutilsRun);
  }
  runs.sort((a, b) => a.cpuSeconds - b.cpuSeconds);
  return runs[Math.floor(RUNS / 2)] as DocutilsRun;
}

function verdict(ok: boolean): string {
  return ok ? "within budget" : "OVER BUDGET";
}

export function benchBudgets(): string[] {
  const dir = mkdtempSync(join(tmpdir(), "edx-bench-"));
  const lines: string[] = [];
  try {
    const out = join(dir, "catalog.json");
    const runs = Array.from({ length: RUNS }, () => runBuild(out)).sort((a, b) => a.cpuMs - b.cpuMs);
    const median = runs[Math.floor(RUNS / 2)] as ProcessRun;
    const peak = Math.max(...runs.map((r) => r.maxRssMiB));
    lines.push(
      `whole-process build (median cpu of ${RUNS})  ${median.wallMs.toFixed(0).padStart(6)} ms wall ${median.cpuMs.toFixed(0).padStart(6)} ms cpu`,
      `peak resident memory (max of ${RUNS})        ${peak.toFixed(0).padStart(6)} MiB   (budget ${BUDGETS.maxRssMiB} MiB: ${verdict(peak <= BUDGETS.maxRssMiB)})`,
    );
    const catalog = readFileSync(out);
    const gzip = gzipSync(catalog).length;
    lines.push(
      `catalog.json                               ${catalog.length} bytes raw, ${gzip} bytes gzip (budget ${BUDGETS.catalogGzipBytes}: ${verdict(gzip <= BUDGETS.catalogGzipBytes)})`,
    );
    const docutils = runDocutils();
    if (typeof docutils === "string") lines.push(docutils);
    else {
      const ratio = median.cpuMs / 1000 / docutils.cpuSeconds;
      lines.push(
        `docutils parse of the same RST (median of ${RUNS}) ${(docutils.wallSeconds * 1000).toFixed(0).padStart(6)} ms wall ${(docutils.cpuSeconds * 1000).toFixed(0).padStart(6)} ms cpu  (${docutils.files} files, ${(docutils.characters / 1024).toFixed(0)} KiB)`,
        `build / docutils (cpu)                     ${ratio.toFixed(3)}   (budget ${BUDGETS.buildToDocutils}: ${verdict(ratio <= BUDGETS.buildToDocutils)}; wall ${(median.wallMs / 1000 / docutils.wallSeconds).toFixed(3)})`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
