#!/usr/bin/env node
// Entry point of the `edx-event-catalog` command: runs the TypeScript CLI through tsx,
// so a fresh clone needs no compile step before the command works.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
