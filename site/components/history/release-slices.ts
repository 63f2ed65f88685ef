// What the compare view needs of one release to diff it against any other in the browser: the
// release, its snapshots of each event (with the event's identity: id, name, aliases) and its
// snapshots of the common fields. Published as /compare/data/<release>.json; two slices joined give
// a catalog of two releases that the diff (a pure function) reads exactly as it reads the whole.
import type { DiffableCatalog } from "../../../src/diff/diff-releases.ts";
import type { CommonField } from "../../../src/model/catalog-schema.ts";
import type { CatalogEvent } from "../../../src/model/event-schema.ts";
import type { Release } from "../../../src/model/release-schema.ts";
import { readProvenances } from "../../../src/publish/published-json.ts";

export interface ReleaseSlice {
  release: Release;
  events: CatalogEvent[];
  commonFields: CommonField[];
}

export function releaseSlice(catalog: DiffableCatalog, releaseId: string): ReleaseSlice | undefined {
  const release = catalog.releases.find((r) => r.id === releaseId);
  if (!release) return undefined;
  const events = catalog.events.flatMap((event) => {
    const snapshots = event.snapshots.filter((s) => s.release === releaseId);
    return snapshots.length > 0 ? [{ ...event, snapshots }] : [];
  });
  const commonFields = catalog.commonFields.flatMap((field) => {
    const snapshots = field.snapshots.filter((s) => s.release === releaseId);
    return snapshots.length > 0 ? [{ ...field, snapshots }] : [];
  });
  return { release, events, commonFields };
}

/** A slice as /compare/data/<release>.json publishes it (parsed JSON), back in memory. */
export function readReleaseSlice(json: unknown): ReleaseSlice {
  readProvenances(json);
  return json as ReleaseSlice;
}

/** Two or more slices as one catalog; releases in the order given (oldest first). */
export function catalogOfSlices(slices: readonly ReleaseSlice[]): DiffableCatalog {
  const events = new Map<string, CatalogEvent>();
  const commonFields = new Map<string, CommonField>();
  for (const slice of slices) {
    for (const event of slice.events) {
      const known = events.get(event.id);
      events.set(event.id, known ? { ...known, snapshots: [...known.snapshots, ...event.snapshots] } : event);
    }
    for (const field of slice.commonFields) {
      const known = commonFields.get(field.name);
      commonFields.set(field.name, known ? { ...known, snapshots: [...known.snapshots, ...field.snapshots] } : field);
    }
  }
  const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    releases: slices.map((s) => s.release),
    events: [...events.values()].sort(byId),
    commonFields: [...commonFields.values()],
  };
}
