// `edx-event-catalog check <file…|->`: checks tracking logs (JSON lines, plain or gzip, files or
// standard input) against a release of the catalog and prints a linter-like summary or the JSON
// report. The checking itself is the pure src/check/; this module only reads.
import { resolve } from "node:path";
import { createLogChecker } from "../check/log-checker.ts";
import { CHECK_FORMATS, renderCheckText, type CheckFormat } from "../check/render-check.ts";
import { EXIT, type CliIo } from "./cli-io.ts";
import { loadCheckIndex } from "./load-check-index.ts";
import { readLines, readLogFile, type LineSink, type ReadOutcome } from "../io/log-lines.ts";
import { parseArgs, stringOption, UsageError } from "./parse-args.ts";
import { CHECK_SYNOPSIS } from "./usage.ts";

const PROGRESS_EVERY_MS = 250;

function isFormat(value: string): value is CheckFormat {
  return (CHECK_FORMATS as readonly string[]).includes(value);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, {
    withValue: ["release", "format", "catalog", "manifest"],
    boolean: ["exit-code"],
  });
  const inputs = parsed.positionals;
  if (inputs.length === 0) throw new UsageError("name at least one log file, or - for standard input");
  if (inputs.filter((i) => i === "-").length > 1) throw new UsageError("standard input (-) can be read once");
  const format = stringOption(parsed, "format") ?? "text";
  if (!isFormat(format)) throw new UsageError(`unknown format "${format}"; known formats: ${CHECK_FORMATS.join(", ")}`);
  const releaseRef = stringOption(parsed, "release");
  const index = await loadCheckIndex({ cwd: io.cwd, parsed, release: releaseRef });
  if (typeof index === "string") {
    io.stderr(`check: ${index}`);
    return EXIT.usage;
  }
  const checker = createLogChecker(index, { release: releaseRef });
  for (const input of inputs) {
    const name = input;
    let seenText = false;
    let lines = 0;
    let bytes = 0;
    let lastProgress = 0;
    const progress = io.progress;
    const sink: LineSink = {
      line(text, lineNo) {
        lines = lineNo;
        if (!seenText && /\S/.test(text)) seenText = true;
        checker.addLine(text, lineNo, name);
        if (progress && (lineNo & 0x3fff) === 0) {
          const now = Date.now();
          if (now - lastProgress >= PROGRESS_EVERY_MS) {
            lastProgress = now;
            progress(`${name}: ${lines.toLocaleString("en-US")} lines, ${megabytes(bytes)} read`);
          }
        }
      },
      bytes(total) {
        bytes = total;
      },
    };
    let outcome: ReadOutcome;
    if (input === "-") {
      outcome = io.stdin ? await readLines(io.stdin, sink) : { error: "no standard input" };
    } else {
      outcome = await readLogFile(resolve(io.cwd, input), sink);
    }
    if (progress) progress("");
    if ("error" in outcome) checker.addFileError(name, outcome.error);
    else if (!seenText) checker.addFileError(name, "empty input: only blank lines");
  }
  const report = checker.report();
  io.stdout(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : renderCheckText(report));
  const unreadable = report.totals.invalidLines > 0 || report.files.some((f) => f.error !== undefined);
  if (unreadable) return EXIT.inputProblems;
  return parsed.options.has("exit-code") && report.totals.findings > 0 ? EXIT.inputProblems : EXIT.ok;
}

/** Exit codes: 0 clean (or findings without --exit-code); 1 unreadable lines or files, or findings with --exit-code; 2 usage. */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`check: ${error.message}\n${CHECK_SYNOPSIS}`);
      return EXIT.usage;
    }
    throw error;
  }
}
