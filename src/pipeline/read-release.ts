// Reads one release: runs each source's reader (stated or detected format) on text already loaded,
// and measures per-file coverage. Pure: no I/O. A reader that fails is reported and the release
// goes on without that source, so one bad file never takes the other releases down.
import type { DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import type { ManifestRelease } from "../model/manifest-schema.ts";
import { positionAt, type SourcePosition } from "../model/position.ts";
import type { Audience } from "../model/event-schema.ts";
import type { Release, ReleaseCoverage, ReleaseSource, SourceFormat } from "../model/release-schema.ts";
import { checkExampleFields } from "../normalise/check-example-fields.ts";
import { placeOfExampleError } from "../normalise/example-place.ts";
import { inferMissingSources } from "../normalise/infer-sources.ts";
import { resolveSharedFields } from "../normalise/shared-fields.ts";
import { detectFormat } from "../readers/detect-format.ts";
import { emptyReadResult, mergeReadResults, type ReadResult, type SourceText } from "../readers/reader.ts";
import type { LoadedFile, LoadedSource } from "./load-sources.ts";
import { readers } from "./reader-registry.ts";
import { pipelineRules } from "./rules.ts";
import { computeSourceCoverage } from "./source-coverage.ts";

export { placeOfExampleError };

export interface ReleaseRead {
  release: Release;
  result: ReadResult;
}

interface FormatGroup {
  format: SourceFormat;
  detected: boolean;
  files: LoadedFile[];
}

function groupByFormat(sources: readonly LoadedSource[], sink: DiagnosticSink): FormatGroup[] {
  const groups: FormatGroup[] = [];
  for (const source of sources) {
    for (const file of source.files) {
      let format = source.manifest.format;
      let detected = false;
      if (!format) {
        const guess = detectFormat(file.text, file.path);
        if (!guess) {
          sink.report(
            pipelineRules["source/format-undetected"],
            "no format stated in the manifest and none detected; the file is left out",
            positionAt(file.path, 1, 1),
          );
          continue;
        }
        format = guess.format;
        detected = true;
        sink.report(
          pipelineRules["source/format-detected"],
          `format detected as "${format}": ${guess.reason}`,
          positionAt(file.path, 1, 1),
        );
      }
      const group = groups.find((g) => g.format === format && g.detected === detected);
      if (group) group.files.push(file);
      else groups.push({ format, detected, files: [file] });
    }
  }
  return groups;
}

/** Invalid examples are kept as written in the catalog; here each also becomes a diagnostic at its place. */
function reportInvalidExamples(result: ReadResult, library: ReadonlyMap<string, string>, sink: DiagnosticSink): void {
  const linesOf = new Map<string, string[] | undefined>();
  const lines = (file: string): string[] | undefined => {
    if (!linesOf.has(file)) linesOf.set(file, library.get(file)?.split("\n"));
    return linesOf.get(file);
  };
  for (const draft of result.events) {
    for (const example of draft.examples) {
      if (example.valid || !example.error) continue;
      const { provenance, error } = example;
      const where = `line ${error.line}, column ${error.column} of the example`;
      const place = placeOfExampleError(example, lines(provenance.file));
      if (example.repaired) {
        const kinds = [...new Set(example.repaired.repairs.map((r) => r.kind))].join(", ");
        sink.report(
          pipelineRules["example/repaired-json"],
          `example of ${draft.names[0] ?? "an event"} is not valid JSON (${error.message} at ${where}); repaired: ${kinds}`,
          place,
        );
      } else {
        sink.report(
          pipelineRules["example/invalid-json"],
          `example of ${draft.names[0] ?? "an event"} is not valid JSON: ${error.message} at ${where}`,
          place,
        );
      }
    }
  }
}

function describeCoverage(manifest: ManifestRelease, result: ReadResult): ReleaseCoverage {
  const seenAudiences = new Set<Audience>(result.events.map((e) => e.audience));
  const audiences = manifest.coverage?.audiences ?? [...seenAudiences].filter((a) => a !== "general").sort();
  const coverage: ReleaseCoverage = {
    audiences,
    categories: [...new Set(result.events.map((e) => e.category))].sort(),
    partial: manifest.coverage?.partial ?? false,
    truncated: result.truncation !== undefined,
  };
  if (result.truncation) coverage.truncation = { ...result.truncation };
  if (manifest.coverage?.note) coverage.note = manifest.coverage.note;
  return coverage;
}

/** What reading a release's files gives, before the manifest's description of the release is added. */
export interface SourcesRead {
  result: ReadResult;
  sources: ReleaseSource[];
}

/** Runs the readers on the files of one release; depends only on the files (paths, texts, formats). */
export function readReleaseSources(
  sources: readonly LoadedSource[],
  sink: DiagnosticSink,
  /** Further files `.. include::` may name (a git ref's folder), beside the sources themselves. */
  extraLibrary: ReadonlyMap<string, string> = new Map(),
): SourcesRead {
  const groupResults: ReadResult[] = [];
  const library = new Map<string, string>(extraLibrary);
  for (const source of sources) for (const file of source.files) library.set(file.path, file.text);
  const releaseSources: ReleaseSource[] = [];

  for (const group of groupByFormat(sources, sink)) {
    const files: SourceText[] = group.files.map((f) => ({ path: f.path, text: f.text }));
    let groupResult = emptyReadResult();
    try {
      groupResult = readers[group.format].read({ files, library }, sink);
    } catch (error) {
      sink.report(
        pipelineRules["reader/failed"],
        `the ${group.format} reader failed: ${(error as Error).message}`,
        positionAt(files[0]?.path ?? "", 1, 1),
      );
    }
    groupResults.push(groupResult);
    for (const file of group.files) {
      releaseSources.push({
        path: file.path,
        format: group.format,
        formatDetected: group.detected,
        sha256: file.sha256,
        bytes: file.bytes,
        coverage: computeSourceCoverage(
          file.text,
          groupResult.used.filter((u) => u.file === file.path),
          groupResult.skipped.filter((s) => s.file === file.path).map(({ file: _file, ...block }) => block),
        ),
      });
    }
  }
  const result = mergeReadResults(groupResults);
  reportInvalidExamples(result, library, sink);
  // The normalise passes, in order: the same work for every reader.
  const sharedPatterns = resolveSharedFields(result.events, sink);
  if (sharedPatterns.length > 0) result.patternNames = [...(result.patternNames ?? []), ...sharedPatterns];
  inferMissingSources(result.events);
  checkExampleFields(result, library, sink);
  return { result, sources: releaseSources };
}

/** The release as the catalog describes it: the manifest's entry and what its files hold. */
export function describeRelease(
  manifest: ManifestRelease,
  read: SourcesRead,
  sink: DiagnosticSink,
  /** Where the manifest names the release. */
  at: SourcePosition,
): ReleaseRead {
  const { result } = read;
  if (result.events.length === 0) {
    sink.report(pipelineRules["release/no-events"], `release "${manifest.id}" produced no events`, at);
  }
  const release: Release = {
    id: manifest.id,
    label: manifest.label,
    date: manifest.date,
    datePrecision: manifest.datePrecision,
    dateEstimated: manifest.dateEstimated,
    upstream: manifest.upstream,
    sources: read.sources,
    coverage: describeCoverage(manifest, result),
    counts: { events: 0, fields: 0, examples: 0, invalidExamples: 0, errors: 0, warnings: 0 },
  };
  if (manifest.dateNote) release.dateNote = manifest.dateNote;
  return { release, result };
}

export function readRelease(
  manifest: ManifestRelease,
  sources: readonly LoadedSource[],
  sink: DiagnosticSink,
  /** Further files `.. include::` may name (a git ref's folder), beside the sources themselves. */
  extraLibrary: ReadonlyMap<string, string> = new Map(),
  at: SourcePosition = positionAt("releases.json", 1, 1),
): ReleaseRead {
  return describeRelease(manifest, readReleaseSources(sources, sink, extraLibrary), sink, at);
}
