// `edx-event-catalog export`: writes the warehouse schemas of a catalog — built from the manifest,
// or read from a catalog.json — under --out: a JSON Schema per event per release and per event's
// current view, one line schema and one BigQuery table schema per release.
import { relative, resolve } from "node:path";
import { findRelease, unknownReleaseMessage } from "../diff/release-lookup.ts";
import { exportFileText, exportSchemas } from "../export/export-schemas.ts";
import { writeTextFiles } from "../io/write-files.ts";
import { loadCatalog } from "./load-catalog.ts";
import { EXIT, type CliIo } from "./cli-io.ts";
import { parseArgs, stringOption, UsageError } from "./parse-args.ts";

const USAGE = "usage: edx-event-catalog export --out DIR [--release ID] [--manifest FILE | --catalog FILE]";

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { withValue: ["out", "release", "manifest", "catalog"], boolean: [] });
  if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
  const out = stringOption(parsed, "out");
  if (out === undefined) throw new UsageError("--out DIR is needed");
  const catalog = await loadCatalog(io, parsed);
  if (typeof catalog === "string") {
    io.stderr(`export: ${catalog}`);
    return EXIT.usage;
  }
  const releaseRef = stringOption(parsed, "release");
  const release = releaseRef !== undefined ? findRelease(catalog, releaseRef) : undefined;
  if (releaseRef !== undefined && !release) {
    io.stderr(`export: ${unknownReleaseMessage(catalog, releaseRef)}`);
    return EXIT.usage;
  }
  const files = exportSchemas(catalog, { release: release?.id });
  const outDir = resolve(io.cwd, out);
  await writeTextFiles(
    outDir,
    files.map((file) => ({ path: file.path, text: exportFileText(file) })),
  );
  const events = files.filter((f) => f.path.startsWith("releases/") && f.path.includes("/events/")).length;
  const current = files.filter((f) => f.path.startsWith("current/")).length;
  const releases = release ? 1 : catalog.releases.length;
  io.stdout(
    `wrote ${files.length} files to ${relative(io.cwd, outDir) || "."}: ${events} event schemas in ${releases} release${releases === 1 ? "" : "s"}, ${releases} line schemas, ${releases} BigQuery table schemas, ${current} current views`,
  );
  return EXIT.ok;
}

/** Exit codes: 0 written; 2 usage error, unknown release or unreadable catalog / manifest. */
export async function runExport(args: string[], io: CliIo): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`export: ${error.message}\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}
