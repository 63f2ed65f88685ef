// The command-line entry: dispatches to one command module and turns usage mistakes into a
// message and exit code 2 rather than a stack trace.
import { EXIT, processIo, type CliIo } from "./cli-io.ts";
import { packageVersion } from "../io/package-info.ts";
import { UsageError } from "./parse-args.ts";
import { BUILD_USAGE, CHECK_USAGE, DIFF_USAGE, EXPORT_USAGE, USAGE } from "./usage.ts";

const COMMAND_USAGE: Readonly<Record<string, string>> = {
  build: BUILD_USAGE,
  diff: DIFF_USAGE,
  check: CHECK_USAGE,
  export: EXPORT_USAGE,
};

function help(topic: string | undefined, io: CliIo): number {
  if (topic === undefined) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const usage = COMMAND_USAGE[topic];
  if (usage === undefined) {
    io.stderr(`unknown command "${topic}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  io.stdout(usage);
  return EXIT.ok;
}

export async function main(args: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = args;
  // `<command> --help` prints that command's options without loading or running it.
  const usage = command === undefined ? undefined : COMMAND_USAGE[command];
  if (usage !== undefined && rest.some((a) => a === "--help" || a === "-h")) {
    io.stdout(usage);
    return EXIT.ok;
  }
  try {
    switch (command) {
      // The commands load the pipeline, so they are imported only when they run.
      case "build":
        return await (await import("./build-command.ts")).runBuild(rest, io);
      case "diff":
        return await (await import("./diff-command.ts")).runDiff(rest, io);
      case "check":
        return await (await import("./check-command.ts")).runCheck(rest, io);
      case "export":
        return await (await import("./export-command.ts")).runExport(rest, io);
      case "help":
        return help(rest[0], io);
      case "--help":
      case "-h":
        io.stdout(USAGE);
        return EXIT.ok;
      case "--version":
      case "-v":
        io.stdout(packageVersion());
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
