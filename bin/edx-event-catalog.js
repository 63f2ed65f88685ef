#!/usr/bin/env node
// Entry point of the `edx-event-catalog` command: runs the compiled CLI (lib/, written by
// `npm run compile` and shipped in the package). An internal error is reported in one line
// (exit code 3); set EDX_CATALOG_DEBUG=1 to see its stack.
try {
  const { main } = await import("../lib/cli/main.js");
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`internal error: ${message}`);
  if (process.env.EDX_CATALOG_DEBUG === "1" && error instanceof Error) console.error(error.stack);
  else console.error("(this is a bug in edx-event-catalog; run with EDX_CATALOG_DEBUG=1 for details)");
  process.exitCode = 3;
}
