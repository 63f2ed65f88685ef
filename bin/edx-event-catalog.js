#!/usr/bin/env node
// Entry point of the `edx-event-catalog` command: runs the TypeScript CLI through tsx, so a fresh
// clone needs no compile step. An internal error is reported in one line (exit code 3); set
// EDX_CATALOG_DEBUG=1 to see its stack.
import { register } from "tsx/esm/api";

register();
try {
  const { main } = await import("../src/cli/main.ts");
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`internal error: ${message}`);
  if (process.env.EDX_CATALOG_DEBUG === "1" && error instanceof Error) console.error(error.stack);
  else console.error("(this is a bug in edx-event-catalog; run with EDX_CATALOG_DEBUG=1 for details)");
  process.exitCode = 3;
}
