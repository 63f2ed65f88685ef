// Whole-process times of the command, as a user waits for them: `--help` (start-up alone) and a
// build of the default content, each run as a fresh Node process, the compiled lib/ against the
// TypeScript sources run through tsx (how the command started before it was compiled). Both
// builds must write byte-identical catalogs. Wall-clock time is what a user waits; the CPU time of
// the child process (Linux: the children's times in /proc/self/stat) is what the comparison rests
// on when the machine is busy.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
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

interface ProcessTiming {
  wallMs: number;
  /** User + system CPU of the child process; undefined where /proc is not there. */
  cpuMs: number | undefined;
}

/** CPU time of the waited-for children of this process so far, in ms (Linux only). */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields 16 and 17 of the file (cutime, cstime), counted after the command name.
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? ticks * 10 : undefined; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

function runOnce(entry: Entry, args: readonly string[]): ProcessTiming {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const result = spawnSync(process.execPath, [ENTRIES[entry], ...args], { cwd: REPO_ROOT, encoding: "utf8" });
  const wallMs = performance.now() - start;
  const cpuAfter = childrenCpuMs();
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${entry} ${args.join(" ")} exited ${String(result.status)}: ${result.stderr.slice(-500)}`);
  }
  return { wallMs, cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Medians of `runs` fresh processes (wall and CPU separately), after one warm-up (file cache). */
function timeProcess(entry: Entry, args: readonly string[], runs: number): ProcessTiming {
  runOnce(entry, args);
  const timings = Array.from({ length: runs }, () => runOnce(entry, args));
  const cpu = timings.map((t) => t.cpuMs);
  return {
    wallMs: median(timings.map((t) => t.wallMs)),
    cpuMs: cpu.every((ms) => ms !== undefined) ? median(cpu) : undefined,
  };
}

function row(label: string, t: ProcessTiming): string {
  const cpu = t.cpuMs === undefined ? "" : ` ${t.cpuMs.toFixed(0).padStart(6)} ms cpu`;
  return `${label.padEnd(44)} ${t.wallMs.toFixed(0).padStart(6)} ms wall${cpu}`;
}

export async function benchProcesses(): Promise<string[]> {
  const lines: string[] = [];
  const out = await mkdtemp(join(tmpdir(), "edx-process-bench-"));
  try {
    for (const entry of Object.keys(ENTRIES) as Entry[]) {
      lines.push(row(`--help, ${entry}`, timeProcess(entry, ["--help"], 7)));
    }
    const written = new Map<Entry, Buffer>();
    for (const entry of Object.keys(ENTRIES) as Entry[]) {
      const file = join(out, entry.replace(/ /g, "-"), "catalog.json");
      lines.push(
        row(`build of the default content, ${entry}`, timeProcess(entry, ["build", "--quiet", "--out", file], 3)),
      );
      written.set(entry, await readFile(file));
    }
    const sha256 = (entry: Entry): string =>
      createHash("sha256")
        .update(written.get(entry) ?? "")
        .digest("hex");
    const same = sha256("compiled") === sha256("through tsx");
    lines.push(
      `catalog.json of both builds byte-identical: ${same ? "yes" : "NO"} (sha256 ${sha256("compiled").slice(0, 16)}…${same ? "" : ` against ${sha256("through tsx").slice(0, 16)}…`})`,
    );
    if (!same) process.exitCode = 1;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  lines.push("(medians of fresh Node processes; on a shared, busy machine compare the cpu column within one run)");
  return lines;
}
