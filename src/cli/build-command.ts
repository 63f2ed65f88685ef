// `edx-event-catalog build`: builds catalog.json (and its JSON Schema) from a manifest, prints
// diagnostics in file:line:column form and a one-line summary per release.
import { basename, dirname, join, relative, resolve } from "node:path";
import { formatDiagnostic } from "../diagnostics/diagnostic-sink.ts";
import type { Catalog } from "../model/catalog-schema.ts";
import { buildCatalogFromManifest } from "../pipeline/build-from-manifest.ts";
import { ManifestError } from "../io/load-manifest.ts";
import { schemaFiles } from "../pipeline/schema-files.ts";
import { serializeCatalog } from "../pipeline/serialize-catalog.ts";
import { EXIT, type CliIo } from "./cli-io.ts";
import { DEFAULT_MANIFEST } from "../io/package-info.ts";
import { writeTextFiles } from "../io/write-files.ts";
import { parseArgs, stringOption } from "./parse-args.ts";

const DEFAULT_OUT = "dist/catalog.json";

function summarizeRelease(catalog: Catalog, releaseId: string): string {
  const release = catalog.releases.find((r) => r.id === releaseId);
  if (!release) return `${releaseId}: not built`;
  const c = release.counts;
  const used = release.sources.map((s) => `${Math.round(s.coverage.ratio * 100)}%`).join(", ");
  return `${release.id}: ${c.events} events, ${c.fields} fields, ${c.examples} examples (${c.invalidExamples} invalid), ${c.errors} errors, ${c.warnings} warnings, text used ${used}${release.coverage.truncated ? ", truncated" : ""}`;
}

/** The coverage report: per source file, how much of its text reached the catalog, and what was skipped. */
function coverageReport(catalog: Catalog, contentRoot: string): string[] {
  const lines: string[] = [];
  for (const release of catalog.releases) {
    for (const source of release.sources) {
      const c = source.coverage;
      const path = join(contentRoot, source.path);
      lines.push(
        `${path}: ${(c.ratio * 100).toFixed(1)}% of its text used (${c.charactersUsed}/${c.characters} characters, ${c.linesUsed}/${c.lines} non-blank lines), ${c.skipped.length} blocks skipped`,
      );
      for (const block of c.skipped)
        lines.push(`  ${path}:${block.line}-${block.endLine} ${block.rule} ${block.reason}`);
    }
    if (release.coverage.truncation) {
      const t = release.coverage.truncation;
      lines.push(`  ${join(contentRoot, t.file)}:${t.line}:${t.column} truncated after "${t.lastText}"`);
    }
  }
  return lines;
}

export async function runBuild(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { withValue: ["manifest", "out"], boolean: ["strict", "quiet", "coverage"] });
  if (parsed.positionals.length > 0) {
    io.stderr(`build: unexpected argument "${parsed.positionals[0]}"`);
    return EXIT.usage;
  }
  const manifestPath = resolve(io.cwd, stringOption(parsed, "manifest") ?? DEFAULT_MANIFEST);
  const outPath = resolve(io.cwd, stringOption(parsed, "out") ?? DEFAULT_OUT);
  const strict = parsed.options.has("strict");
  const quiet = parsed.options.has("quiet");

  let outcome;
  try {
    outcome = await buildCatalogFromManifest(manifestPath);
  } catch (error) {
    if (error instanceof ManifestError) {
      io.stderr(`error: ${error.message}`);
      return EXIT.usage;
    }
    throw error;
  }
  const { catalog, diagnostics, failedReleases } = outcome;
  const contentRoot = relative(io.cwd, dirname(manifestPath));
  for (const d of diagnostics) {
    if (quiet && d.severity === "info") continue;
    if (d.severity === "info" && !strict) continue;
    const file = join(contentRoot, d.file);
    io.stderr(formatDiagnostic({ ...d, file }));
  }
  await writeTextFiles(dirname(outPath), [
    { path: basename(outPath), text: serializeCatalog(catalog) },
    ...schemaFiles().map((schema) => ({ path: schema.name, text: schema.text })),
  ]);
  for (const release of catalog.releases) io.stdout(summarizeRelease(catalog, release.id));
  if (parsed.options.has("coverage")) for (const line of coverageReport(catalog, contentRoot)) io.stdout(line);
  for (const id of failedReleases) io.stdout(`${id}: not built (see errors above)`);
  io.stdout(
    `wrote ${relative(io.cwd, outPath) || outPath}: ${catalog.events.length} events from ${catalog.releases.length} releases`,
  );

  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  if (errors > 0 || failedReleases.length > 0) return EXIT.inputProblems;
  if (strict && warnings > 0) {
    io.stderr(`--strict: ${warnings} warnings`);
    return EXIT.inputProblems;
  }
  return EXIT.ok;
}
