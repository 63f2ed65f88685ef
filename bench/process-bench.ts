// Whole-process times of the command, as a user waits for them: `--help` (start-up alone) and a
// build of the default content, each run as a fresh Node process, the compiled lib/ against the
// TypeScript sources run through tsx (how the command started before it was compiled). Both
// builds must write byte-identical catalogs.
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { REPO_ROOT } from "../test/site/support/repo-paths.ts";

const ENTRIES = {
  compiled: join(REPO_ROOT, "bin/edx-event-catalog.js"),
  "through tsx": join(REPO_ROOT, "bench/cli-through-tsx.js"),
} as const;
type Entry = keyof typeof ENTRIES;

function runOnce(entry: Entry, args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [ENTRIES[entry], ...args], { cwd: REPO_ROOT, encoding: "utf8" });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${entry} ${args.join(" ")} exited ${String(result.status)}: ${result.stderr.slice(-500)}`);
  }
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median wall-clock time of `runs` fresh processes, after one warm-up (file cache). */
function timeProcess(entry: Entry, args: readonly string[], runs: number): number {
  runOnce(entry, args);
  return median(Array.from({ length: runs }, () => runOnce(entry, args)));
}

function row(label: string, ms: number): string {
  return `${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms wall`;
}

export async function benchProcesses(): Promise<string[]> {
  const lines: string[] = [];
  const out = await mkdtemp(join(tmpdir(), "edx-process-bench-"));
  try {
    for (const entry of Object.keys(ENTRIES) as Entry[]) {
      lines.push(row(`--help, ${entry}`, timeProcess(entry, ["--help"], 7)));
    }
    const written = new Map<Entry, string>();
    for (const entry of Object.keys(ENTRIES) as Entry[]) {
      const file = join(out, entry.replace(/ /g, "-"), "catalog.json");
      lines.push(row(`build of the default content, ${entry}`, timeProcess(entry, ["build", "--quiet", "--out", file], 3)));
      written.set(entry, await readFile(file, "utf8"));
    }
    const same = written.get("compiled") === written.get("through tsx");
    lines.push(`catalog.json of both builds byte-identical: ${same ? "yes" : "NO"}`);
    if (!same) process.exitCode = 1;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  lines.push("(medians of fresh Node processes, wall clock: on a shared machine compare within one run)");
  return lines;
}
