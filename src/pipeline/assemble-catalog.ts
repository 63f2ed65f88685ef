// Assembles the published catalog from the releases read: merges events across releases, counts
// what each release documents, and orders everything deterministically. Pure.
import { compareDiagnostics } from "../diagnostics/diagnostic-sink.ts";
import { CATALOG_FORMAT_VERSION, type Catalog } from "../model/catalog-schema.ts";
import type { Diagnostic } from "../model/diagnostic-schema.ts";
import type { CatalogEvent } from "../model/event-schema.ts";
import type { Field } from "../model/field-schema.ts";
import type { Release } from "../model/release-schema.ts";
import { mergeReleases } from "../merge/merge-releases.ts";
import type { ReleaseRead } from "../normalise/release-read.ts";
import { refIndexOf, resolveCatalogRefs } from "../normalise/resolve-catalog-refs.ts";

const CATALOG_SCHEMA_REF = "catalog.schema.json";

function countFields(fields: readonly Field[]): number {
  return fields.reduce((n, f) => n + 1 + countFields(f.fields), 0);
}

function countRelease(release: Release, events: readonly CatalogEvent[], diagnostics: readonly Diagnostic[]): Release {
  let eventCount = 0;
  let fields = 0;
  let examples = 0;
  let invalidExamples = 0;
  for (const event of events) {
    const snapshots = event.snapshots.filter((s) => s.release === release.id);
    if (snapshots.length > 0) eventCount++;
    for (const s of snapshots) {
      fields += countFields(s.contextFields) + countFields(s.eventFields);
      examples += s.examples.length;
      invalidExamples += s.examples.filter((e) => !e.valid).length;
    }
  }
  const own = diagnostics.filter((d) => d.release === release.id);
  return {
    ...release,
    counts: {
      events: eventCount,
      fields,
      examples,
      invalidExamples,
      errors: own.filter((d) => d.severity === "error").length,
      warnings: own.filter((d) => d.severity === "warning").length,
    },
  };
}

/** Releases oldest first (date, then manifest order); diagnostics tagged with their release. */
export function assembleCatalog(reads: readonly ReleaseRead[], diagnostics: readonly Diagnostic[]): Catalog {
  const ordered = reads
    .map((read, index) => ({ read, index }))
    .sort((a, b) => a.read.release.date.localeCompare(b.read.release.date) || a.index - b.index)
    .map(({ read }) => read);
  const merged = mergeReleases(ordered);
  // Links the readers could only mark (lost PDF targets, :ref: roles) resolve against the merged events.
  const index = refIndexOf(merged.events);
  const events = resolveCatalogRefs(merged.events, index);
  const commonFields = resolveCatalogRefs(merged.commonFields, index);
  const allDiagnostics = [...diagnostics, ...merged.diagnostics].sort(compareDiagnostics);
  return {
    $schema: CATALOG_SCHEMA_REF,
    formatVersion: CATALOG_FORMAT_VERSION,
    releases: ordered.map((r) => countRelease(r.release, events, allDiagnostics)),
    commonFields,
    events,
    diagnostics: allDiagnostics,
  };
}
