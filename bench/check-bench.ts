// The check benchmark: a generated log of 1.4 million lines (about 1 GiB) in a temporary folder,
// checked against the newest release, against a bare loop that only splits the lines and runs
// JSON.parse on each. Each run is a child process, so its peak memory (RSS) is its own; the faster
// of two runs of each is kept, as the machine is shared. Then the installed command itself
// (`bin/`, compiled) checks the log once per way of getting its catalog (`--catalog FILE`, and the
// default content built in the process), and its whole-process peak RSS is held to the budget.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildCatalogFromManifest } from "../src/pipeline/build-from-manifest.ts";
import { serializeCatalog } from "../src/pipeline/serialize-catalog.ts";
import { writeCheckLog } from "./check-log.ts";

interface ChildResult {
  lines: number;
  parsed: number;
  eventTypes?: number;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  rssBeforeLogMb: number;
  rssDuringLogMb: number;
  heapRetainedMb: number;
}

const ROOT = resolve(import.meta.dirname, "..");
/** The whole check process, catalog and log included, stays within this peak RSS. */
export const CHECK_RSS_BUDGET_MB = 200;
const DEFAULT_LINES = 1_400_000;

interface CommandResult {
  wallMs: number;
  peakRssMb: number;
}

/** `edx-event-catalog check … --format json LOG` as installed, with its peak RSS (bench/process-usage.mjs). */
function runCommand(args: string[], dir: string): CommandResult {
  const usageFile = join(dir, "usage.json");
  const start = performance.now();
  execFileSync(
    process.execPath,
    ["--import", "./bench/process-usage.mjs", "bin/edx-event-catalog.js", "check", ...args, "--format", "json"],
    { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, EDX_USAGE_FILE: usageFile } },
  );
  const wallMs = performance.now() - start;
  const usage = JSON.parse(readFileSync(usageFile, "utf8")) as { maxRssKiB: number };
  return { wallMs, peakRssMb: usage.maxRssKiB / 1024 };
}

function runChild(mode: "bare" | "check", log: string, catalog: string): ChildResult {
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", join(ROOT, "bin/run-ts.js"), join(ROOT, "bench/check-child.ts"), mode, log, catalog],
    {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as ChildResult;
}

function fastest(runs: ChildResult[]): ChildResult {
  return runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
}

function linesArg(): number {
  const args = process.argv.slice(2);
  const i = args.indexOf("--check-lines");
  const n = i >= 0 ? Number(args[i + 1]) : DEFAULT_LINES;
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_LINES;
}

export async function benchCheck(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "check-bench-"));
  try {
    const { catalog } = await buildCatalogFromManifest(join(ROOT, "content/releases.json"));
    const catalogPath = join(dir, "catalog.json");
    // The published form, as `build` writes it: what `--catalog` reads.
    writeFileSync(catalogPath, serializeCatalog(catalog));
    const release = catalog.releases[catalog.releases.length - 1]?.id ?? "";
    const logPath = join(dir, "generated.jsonl");
    const count = linesArg();
    const bytes = await writeCheckLog(catalog, release, logPath, count);
    const bare: ChildResult[] = [];
    const check: ChildResult[] = [];
    for (let i = 0; i < 2; i++) {
      bare.push(runChild("bare", logPath, catalogPath));
      check.push(runChild("check", logPath, catalogPath));
    }
    const b = fastest(bare);
    const c = fastest(check);
    const withCatalog = runCommand(["--catalog", catalogPath, logPath], dir);
    const withDefault = runCommand([logPath], dir);
    const peak = (r: CommandResult): string =>
      `${r.peakRssMb.toFixed(0)} MB peak RSS (${(r.wallMs / 1000).toFixed(1)} s) ${r.peakRssMb <= CHECK_RSS_BUDGET_MB ? "pass" : "FAIL"}`;
    const mb = bytes / 1048576;
    const row = (name: string, r: ChildResult): string =>
      `${name.padEnd(34)} ${(r.wallMs / 1000).toFixed(2).padStart(7)} s wall ${(r.cpuMs / 1000).toFixed(2).padStart(7)} s cpu  ` +
      `${Math.round(r.lines / (r.wallMs / 1000))
        .toLocaleString("en-US")
        .padStart(9)} lines/s ${(mb / (r.wallMs / 1000)).toFixed(1).padStart(6)} MB/s  ` +
      `${Math.round(r.lines / (r.cpuMs / 1000))
        .toLocaleString("en-US")
        .padStart(9)} lines/cpu-s`;
    return [
      `generated log            ${count.toLocaleString("en-US")} lines, ${mb.toFixed(0)} MiB, checked against ${release} (${c.eventTypes ?? 0} event types)`,
      row("bare loop (split + JSON.parse)", b),
      row("check", c),
      `check / bare-loop throughput      ${(b.wallMs / c.wallMs).toFixed(2)} (wall), ${(b.cpuMs / c.cpuMs).toFixed(2)} (cpu); target at least 0.50`,
      `memory of check (RSS)             ${c.rssBeforeLogMb.toFixed(0)} MB with the catalog loaded, at most ${c.rssDuringLogMb.toFixed(0)} MB while reading the log (+${(c.rssDuringLogMb - c.rssBeforeLogMb).toFixed(0)} MB for ${mb.toFixed(0)} MiB); process peak ${c.peakRssMb.toFixed(0)} MB (this child runs through tsx)`,
      `heap the log's aggregates retain   ${c.heapRetainedMb.toFixed(1)} MB (after collection, report included)`,
      `memory of the bare loop (RSS)     at most ${b.rssDuringLogMb.toFixed(0)} MB while reading; process peak ${b.peakRssMb.toFixed(0)} MB`,
      `whole check command, budget ${CHECK_RSS_BUDGET_MB} MB (bin/edx-event-catalog.js check LOG --format json):`,
      `  --catalog catalog.json          ${peak(withCatalog)}`,
      `  default content (built)         ${peak(withDefault)}`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
