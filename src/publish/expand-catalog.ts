// catalog.json's shape → the in-memory catalog: every snapshot stated once for several releases
// becomes one snapshot per release again (`snapshot.release`), its provenance moved to that
// release's folder (see release-roots.ts). The one way every reader of a catalog.json (the diff
// command, the site, a user's code) gets the model the pipeline builds.
import type { Catalog, CommonField } from "../model/catalog-schema.ts";
import type { CatalogEvent, Snapshot } from "../model/event-schema.ts";
import type { PublishedCatalog, PublishedEvent } from "../model/published-schema.ts";
import { moveFiles, releaseRoot } from "./release-roots.ts";
import { readProvenances } from "./published-json.ts";

interface Placement {
  roots: ReadonlyMap<string, string>;
  order: ReadonlyMap<string, number>;
}

/** One copy per release, each moved from the first release's folder to its own; sorted by release, stably. */
function perRelease<T extends { releases: string[] }, U>(
  items: readonly T[],
  at: Placement,
  make: (rest: Omit<T, "releases">, release: string) => U,
): U[] {
  const out: { value: U; order: number }[] = [];
  for (const item of items) {
    const { releases, ...rest } = item;
    const first = releases[0] ?? "";
    const from = at.roots.get(first) ?? "";
    for (const release of releases) {
      const moved = moveFiles(rest, from, at.roots.get(release) ?? "");
      out.push({ value: make(moved, release), order: at.order.get(release) ?? -1 });
    }
  }
  return out
    .map((o, i) => ({ ...o, i }))
    .sort((a, b) => a.order - b.order || a.i - b.i)
    .map((o) => o.value);
}

function expandEvent(event: PublishedEvent, at: Placement): CatalogEvent {
  const snapshots = perRelease(event.snapshots, at, (rest, release): Snapshot => ({ release, ...rest }));
  return { ...event, snapshots };
}

/** Release ids a published catalog names but does not list; an expanded catalog needs none. */
export function unknownReleases(published: PublishedCatalog): string[] {
  const known = new Set(published.releases.map((r) => r.id));
  const named = [
    ...published.events.flatMap((e) => e.snapshots.flatMap((s) => s.releases)),
    ...published.commonFields.flatMap((c) => c.snapshots.flatMap((s) => s.releases)),
  ];
  return [...new Set(named.filter((id) => !known.has(id)))].sort();
}

/**
 * The in-memory catalog of a parsed catalog.json already known to be valid (the site's own file,
 * or one readCatalogText has validated): provenance read back as spans, snapshots expanded. The
 * value is changed in place and keeps its key order.
 */
export function expandCatalogJson(json: unknown): Catalog {
  readProvenances(json);
  return expandCatalog(json as PublishedCatalog);
}

/** The in-memory catalog of the published shape held in memory (see compactCatalog). */
export function expandCatalog(published: PublishedCatalog): Catalog {
  const at: Placement = {
    roots: new Map(published.releases.map((r) => [r.id, releaseRoot(r)])),
    order: new Map(published.releases.map((r, i) => [r.id, i])),
  };
  const commonFields = published.commonFields.map((c): CommonField => ({
    ...c,
    snapshots: perRelease(c.snapshots, at, (rest, release) => ({ release, field: rest.field })),
  }));
  return { ...published, commonFields, events: published.events.map((e) => expandEvent(e, at)) };
}
