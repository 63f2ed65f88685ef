// The command-line entry: dispatches to one command module and turns usage mistakes into a
// message and exit code 2 rather than a stack trace.
import { runBuild } from "./build-command.ts";
import { runCheck } from "./check-command.ts";
import { EXIT, processIo, type CliIo } from "./cli-io.ts";
import { runDiff } from "./diff-command.ts";
import { runExport } from "./export-command.ts";
import { UsageError } from "./parse-args.ts";

const USAGE = `usage: edx-event-catalog <command> [options]

commands:
  build [--manifest FILE] [--out FILE] [--strict] [--quiet] [--coverage]
        read every release of the manifest into catalog.json (default content/releases.json → dist/catalog.json)
  diff <from> <to> [--format text|markdown|json] [--event NAME] [--exit-code] [--manifest FILE] [--catalog FILE]
        compare two releases, given by id or label
  check <file…|-> [--release ID] [--format text|json] [--exit-code] [--catalog FILE | --manifest FILE]
        check tracking logs (JSON lines, plain or gzip, or - for standard input) against a release (default: the newest)
  export --out DIR [--release ID] [--manifest FILE] [--catalog FILE]
        write JSON Schemas (per event, per release, current views) and BigQuery table schemas

exit codes: 0 success; 1 input problems (errors, or warnings with --strict) or, for diff and check --exit-code, differences and findings (check: also unreadable lines); 2 usage error or unreadable manifest`;

export async function main(args: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case "build":
        return await runBuild(rest, io);
      case "diff":
        return await runDiff(rest, io);
      case "check":
        return await runCheck(rest, io);
      case "export":
        return await runExport(rest, io);
      case "help":
      case "--help":
      case "-h":
        io.stdout(USAGE);
        return EXIT.ok;
      default:
        io.stderr(command ? `unknown command "${command}"\n\n${USAGE}` : USAGE);
        return EXIT.usage;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${command}: ${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}
