// The current view of an event: what a researcher reads first. Every release that documents the
// event contributes, but in order of trust: releases that hold the event in full (not partial, not
// truncated inside it, covering its audience and category) come first, newest first; the others
// only fill what no full release documents. So a truncated page never shadows the fuller text of
// an older release, and a field that a later release dropped is kept, saying where it was last
// documented.
import type {
  CatalogEvent,
  CurrentExample,
  CurrentField,
  CurrentView,
  EventSource,
  Snapshot,
} from "../model/event-schema.ts";
import type { Field } from "../model/field-schema.ts";
import { realFieldName } from "../model/field-names.ts";

export interface CurrentViewCoverage {
  /** Whether the release documents this snapshot of the event in full (see the module comment). */
  full: (release: string, snapshot: Snapshot) => boolean;
}

/** One snapshot with its place in the release order and its trust. */
interface Ranked {
  snapshot: Snapshot;
  releaseIndex: number;
  full: boolean;
}

/** A list of fields at one nesting level, with the release that documents it. */
interface FieldLevel {
  release: string;
  releaseIndex: number;
  fields: readonly Field[];
}

function fieldCount(s: Snapshot): number {
  return s.contextFields.length + s.eventFields.length;
}

/**
 * Full releases before the others, newer before older; inside one release (browser and server
 * variants) the snapshot that documents more fields first, then the order of the text.
 */
function rankSnapshots(
  snapshots: readonly Snapshot[],
  releaseIds: readonly string[],
  coverage: CurrentViewCoverage,
): Ranked[] {
  const ranked = snapshots.map((snapshot, order) => ({
    snapshot,
    order,
    releaseIndex: releaseIds.indexOf(snapshot.release),
    full: coverage.full(snapshot.release, snapshot),
  }));
  ranked.sort(
    (a, b) =>
      Number(b.full) - Number(a.full) ||
      b.releaseIndex - a.releaseIndex ||
      fieldCount(b.snapshot) - fieldCount(a.snapshot) ||
      a.order - b.order,
  );
  return ranked.map(({ snapshot, releaseIndex, full }) => ({ snapshot, releaseIndex, full }));
}

function withoutFields(field: Field): Omit<Field, "fields"> {
  const { fields: _nested, ...rest } = field;
  return rest;
}

/**
 * Consolidates one nesting level: levels come in order of trust, so the first version of a name
 * gives its text; the oldest and newest releases of all its versions give its span.
 */
function mergeFieldLevels(levels: readonly FieldLevel[], releaseIds: readonly string[]): CurrentField[] {
  const versions = new Map<string, { field: Field; level: FieldLevel }[]>();
  for (const level of levels) {
    const seen = new Set<string>();
    for (const field of level.fields) {
      const name = realFieldName(field);
      if (seen.has(name)) continue;
      seen.add(name);
      const list = versions.get(name);
      if (list) list.push({ field, level });
      else versions.set(name, [{ field, level }]);
    }
  }
  return [...versions.values()].flatMap((list) => {
    const chosen = list[0];
    if (!chosen) return [];
    const indexes = list.map((v) => v.level.releaseIndex);
    const first = releaseIds[Math.min(...indexes)] ?? chosen.level.release;
    const last = releaseIds[Math.max(...indexes)] ?? chosen.level.release;
    const nested = mergeFieldLevels(
      list.map((v) => ({ release: v.level.release, releaseIndex: v.level.releaseIndex, fields: v.field.fields })),
      releaseIds,
    );
    return [{ ...withoutFields(chosen.field), firstDocumentedIn: first, lastDocumentedIn: last, fields: nested }];
  });
}

function levelsOf(ranked: readonly Ranked[], pick: (s: Snapshot) => readonly Field[]): FieldLevel[] {
  return ranked.map((r) => ({ release: r.snapshot.release, releaseIndex: r.releaseIndex, fields: pick(r.snapshot) }));
}

/** The snapshots of the most trusted release for which `has` holds. */
function bestRelease(ranked: readonly Ranked[], has: (s: Snapshot) => boolean): Ranked[] {
  const best = ranked.find((r) => has(r.snapshot));
  return best ? ranked.filter((r) => r.snapshot.release === best.snapshot.release) : [];
}

/** `event.snapshots` must not be empty; `releaseIds` are all releases, oldest first. */
export function currentView(
  event: Pick<CatalogEvent, "name" | "snapshots">,
  releaseIds: readonly string[],
  coverage: CurrentViewCoverage,
): CurrentView {
  const ranked = rankSnapshots(event.snapshots, releaseIds, coverage);
  const top = ranked[0];
  if (!top) throw new Error(`event ${event.name} has no snapshot`);
  const described = ranked.find((r) => r.snapshot.description.text.trim() !== "") ?? top;
  const base = described.snapshot;
  const namesOfBase = ranked.filter((r) => r.snapshot.release === base.release).flatMap((r) => r.snapshot.names);
  const sources: EventSource[] = [
    ...new Set(bestRelease(ranked, (s) => s.sources.length > 0).flatMap((r) => r.snapshot.sources)),
  ];
  const examples: CurrentExample[] = bestRelease(ranked, (s) => s.examples.length > 0).flatMap((r) =>
    r.snapshot.examples.map((example) => ({ ...example, release: r.snapshot.release })),
  );
  return {
    names: [...new Set([event.name, ...namesOfBase])],
    category: base.category,
    audience: base.audience,
    sources,
    description: base.description,
    descriptionRelease: base.release,
    contextFields: mergeFieldLevels(
      levelsOf(ranked, (s) => s.contextFields),
      releaseIds,
    ),
    eventFields: mergeFieldLevels(
      levelsOf(ranked, (s) => s.eventFields),
      releaseIds,
    ),
    examples,
  };
}
