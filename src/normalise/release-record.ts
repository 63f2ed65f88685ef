// The release as the catalog describes it: the manifest's entry (label, date, upstream) and what
// its files hold (sources with their coverage, audiences and categories, truncation). The last
// step after the passes, and the only one that depends on the manifest: consecutive releases that
// read the very same files share everything before it.
import type { DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import type { Audience } from "../model/event-schema.ts";
import type { ManifestRelease } from "../model/manifest-schema.ts";
import type { SourcePosition } from "../model/position.ts";
import type { Release, ReleaseCoverage } from "../model/release-schema.ts";
import type { ReadResult, Truncation } from "../readers/reader.ts";
import type { ReleaseRead, SourcesRead } from "./release-read.ts";
import { normaliseRules } from "./rules.ts";

/** The release record's statement of where a source stops. */
export function truncationRecord({ position, lastText }: Truncation): NonNullable<ReleaseCoverage["truncation"]> {
  return { file: position.file, line: position.start.line, column: position.start.column, lastText };
}

/** What the release covers: the manifest's statement where it makes one, else what the drafts show. */
export function describeCoverage(manifest: ManifestRelease, result: ReadResult): ReleaseCoverage {
  const seenAudiences = new Set<Audience>(result.events.map((e) => e.audience));
  const audiences = manifest.coverage?.audiences ?? [...seenAudiences].filter((a) => a !== "general").sort();
  const coverage: ReleaseCoverage = {
    audiences,
    categories: [...new Set(result.events.map((e) => e.category))].sort(),
    partial: manifest.coverage?.partial ?? false,
    truncated: result.truncation !== undefined,
  };
  if (result.truncation) coverage.truncation = truncationRecord(result.truncation);
  if (manifest.coverage?.note) coverage.note = manifest.coverage.note;
  return coverage;
}

/** The release record with its drafts; counts are filled in at catalog assembly. */
export function describeRelease(
  manifest: ManifestRelease,
  read: SourcesRead,
  sink: DiagnosticSink,
  /** Where the manifest names the release. */
  at: SourcePosition,
): ReleaseRead {
  const { result } = read;
  if (result.events.length === 0) {
    sink.report(normaliseRules["release/no-events"], `release "${manifest.id}" produced no events`, at);
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
