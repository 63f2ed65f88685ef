// `edx-event-catalog diff <from> <to>`: compares two releases of a catalog — built from the
// manifest, or read from a catalog.json — and prints the changes as text, Markdown or JSON.
import { resolve } from "node:path";
import { diffReleases, eventMatches } from "../diff/diff-releases.ts";
import { DIFF_FORMATS, renderDiff, type DiffFormat } from "../diff/render-diff.ts";
import { findRelease, unknownReleaseMessage } from "../diff/release-lookup.ts";
import type { Catalog } from "../model/catalog-schema.ts";
import { buildCatalogFromManifest } from "../pipeline/build-from-manifest.ts";
import { ManifestError } from "../io/load-manifest.ts";
import { readCatalogFile } from "../io/read-catalog-file.ts";
import { EXIT, type CliIo } from "./cli-io.ts";
import { DEFAULT_MANIFEST } from "../io/package-info.ts";
import { parseArgs, stringOption, UsageError } from "./parse-args.ts";
import { DIFF_SYNOPSIS } from "./usage.ts";

type Loaded = { catalog: Catalog; failed: string[] } | { error: string };

async function readCatalog(path: string): Promise<Loaded> {
  const read = await readCatalogFile(path);
  return "error" in read ? read : { catalog: read.catalog, failed: [] };
}

async function buildCatalog(path: string): Promise<Loaded> {
  try {
    const outcome = await buildCatalogFromManifest(path);
    return { catalog: outcome.catalog, failed: outcome.failedReleases };
  } catch (error) {
    if (error instanceof ManifestError) return { error: error.message };
    throw error;
  }
}

function isFormat(value: string): value is DiffFormat {
  return (DIFF_FORMATS as readonly string[]).includes(value);
}

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, {
    withValue: ["format", "event", "manifest", "catalog"],
    boolean: ["exit-code"],
  });
  const [fromRef, toRef, extra] = parsed.positionals;
  if (fromRef === undefined || toRef === undefined) throw new UsageError("two releases are needed: <from> <to>");
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const format = stringOption(parsed, "format") ?? "text";
  if (!isFormat(format)) throw new UsageError(`unknown format "${format}"; known formats: ${DIFF_FORMATS.join(", ")}`);
  const catalogPath = stringOption(parsed, "catalog");
  const manifestPath = stringOption(parsed, "manifest");
  if (catalogPath !== undefined && manifestPath !== undefined)
    throw new UsageError("give --catalog or --manifest, not both");

  const loaded =
    catalogPath !== undefined
      ? await readCatalog(resolve(io.cwd, catalogPath))
      : await buildCatalog(resolve(io.cwd, manifestPath ?? DEFAULT_MANIFEST));
  if ("error" in loaded) {
    io.stderr(`diff: ${loaded.error}`);
    return EXIT.usage;
  }
  const { catalog, failed } = loaded;
  for (const ref of [fromRef, toRef]) {
    if (findRelease(catalog, ref)) continue;
    const notBuilt = failed.includes(ref) ? ` (release "${ref}" could not be built)` : "";
    io.stderr(`diff: ${unknownReleaseMessage(catalog, ref)}${notBuilt}`);
    return EXIT.usage;
  }
  const event = stringOption(parsed, "event");
  if (event !== undefined && !catalog.events.some((e) => eventMatches(e, event))) {
    io.stderr(`diff: unknown event "${event}" (give an event id, name or former name)`);
    return EXIT.usage;
  }
  const diff = diffReleases(catalog, fromRef, toRef, event !== undefined ? { event } : {});
  io.stdout(renderDiff(diff, format));
  return parsed.options.has("exit-code") && diff.summary.differences > 0 ? 1 : EXIT.ok;
}

/** Exit codes: 0 no differences (or no --exit-code); 1 differences with --exit-code; 2 usage error or unknown release. */
export async function runDiff(args: string[], io: CliIo): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`diff: ${error.message}\n${DIFF_SYNOPSIS}`);
      return EXIT.usage;
    }
    throw error;
  }
}
