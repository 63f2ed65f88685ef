// The check benchmark: a generated log of a million lines (about 1 GB) in a temporary folder,
// checked against the newest release, against a bare loop that only splits the lines and runs
// JSON.parse on each. Each run is a child process, so its peak memory (RSS) is its own; the faster
// of two runs of each is kept, as the machine is shared.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildCatalogFromManifest } from "../src/pipeline/build-from-manifest.ts";
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
  const n = i >= 0 ? Number(args[i + 1]) : 1_000_000;
  return Number.isInteger(n) && n > 0 ? n : 1_000_000;
}

export async function benchCheck(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "check-bench-"));
  try {
    const { catalog } = await buildCatalogFromManifest(join(ROOT, "content/releases.json"));
    const catalogPath = join(dir, "catalog.json");
    writeFileSync(catalogPath, JSON.stringify(catalog));
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
      `memory of check (RSS)             ${c.rssBeforeLogMb.toFixed(0)} MB with the catalog loaded, at most ${c.rssDuringLogMb.toFixed(0)} MB while reading the log (+${(c.rssDuringLogMb - c.rssBeforeLogMb).toFixed(0)} MB for ${mb.toFixed(0)} MiB); process peak ${c.peakRssMb.toFixed(0)} MB (loading the catalog)`,
      `heap the log's aggregates retain   ${c.heapRetainedMb.toFixed(1)} MB (after collection, report included)`,
      `memory of the bare loop (RSS)     at most ${b.rssDuringLogMb.toFixed(0)} MB while reading; process peak ${b.peakRssMb.toFixed(0)} MB`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
