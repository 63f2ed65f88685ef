// Decides whether a release covers an event's part of the documentation. An event missing from a
// release that does not cover its audience, or that stops before its category, has not been
// removed: only a covering release can make an event "no longer documented".
import type { Audience } from "../model/event-schema.ts";
import { positionAt, type SourcePosition, type SourceSpan } from "../model/position.ts";
import type { Release, ReleaseCoverage } from "../model/release-schema.ts";

/** What coverage needs of a release's events: drafts while merging, snapshots when diffing. */
export interface PlacedEvent {
  audience: Audience;
  category: string;
  provenance: SourceSpan;
}

export interface CoverageView {
  audiences: ReadonlySet<Audience>;
  /** Normalised categories the release holds in full; undefined when every category counts. */
  categories?: ReadonlySet<string>;
  /** Place of the event the text stops in: its fields after the cut are not covered. */
  cutEvent?: SourceSpan;
}

export function categoryKey(category: string): string {
  return category.trim().toLowerCase().replace(/\s+/g, " ");
}

/** The last event before the truncation point: the text stops inside it (or just after it). */
function lastEventBeforeCut(events: readonly PlacedEvent[], cut: SourcePosition | undefined): PlacedEvent | undefined {
  if (!cut) return undefined;
  const { line, column } = cut.start;
  const before = events
    .filter((d) => d.provenance.file === cut.file)
    .filter(
      (d) =>
        d.provenance.start.line < line || (d.provenance.start.line === line && d.provenance.start.column <= column),
    )
    .sort(
      (a, b) =>
        a.provenance.start.line - b.provenance.start.line || a.provenance.start.column - b.provenance.start.column,
    );
  return before.at(-1);
}

export function samePlace(a: SourceSpan, b: SourceSpan): boolean {
  return a.file === b.file && a.start.line === b.start.line && a.start.column === b.start.column;
}

/** Where the release record says its text stops. */
function truncationOf(release: Release): SourcePosition | undefined {
  const t: ReleaseCoverage["truncation"] = release.coverage.truncation;
  return t && positionAt(t.file, t.line, t.column);
}

/** `truncation` (where the text stops) defaults to the release's own; the merge passes the reader's. */
export function coverageView(
  release: Release,
  events: readonly PlacedEvent[],
  truncation: SourcePosition | undefined = truncationOf(release),
): CoverageView {
  const audiences = new Set<Audience>(release.coverage.audiences);
  if (audiences.size === 0) for (const d of events) audiences.add(d.audience);
  const { partial, truncated } = release.coverage;
  if (!partial && !truncated && !truncation) return { audiences };
  const categories = new Set([...release.coverage.categories, ...events.map((d) => d.category)].map(categoryKey));
  // The category the text stops in is held only in part, so it does not count as covered.
  const cut = lastEventBeforeCut(events, truncation);
  if (!cut) return { audiences, categories };
  categories.delete(categoryKey(cut.category));
  return { audiences, categories, cutEvent: cut.provenance };
}

export function coversEvent(view: CoverageView, audience: Audience, category: string): boolean {
  if (!view.audiences.has(audience)) return false;
  return view.categories === undefined || view.categories.has(categoryKey(category));
}
