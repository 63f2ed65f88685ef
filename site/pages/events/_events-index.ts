// Data of the events index: one row per event with the values the filters and sorting use.
import type { CatalogEvent } from "../../../src/model/event-schema.ts";
import type { Release } from "../../../src/model/release-schema.ts";

export interface EventRow {
  id: string;
  name: string;
  aliases: string[];
  category: string;
  sources: string[];
  firstRelease: string;
  lastRelease: string;
  /** Position of the first and last release, oldest = 0, for sorting by release. */
  firstOrder: number;
  lastOrder: number;
  releases: string[];
  status: string;
}

export interface IndexData {
  rows: EventRow[];
  categories: string[];
  sources: string[];
  releases: Release[];
}

export function eventsIndexData(events: readonly CatalogEvent[], releases: readonly Release[]): IndexData {
  const order = new Map(releases.map((r, i) => [r.id, i]));
  const rows = events.map((e) => ({
    id: e.id,
    name: e.name,
    aliases: e.aliases.map((a) => a.name),
    category: e.category,
    sources: [...new Set(e.snapshots.flatMap((s) => s.sources))].sort(),
    firstRelease: e.firstRelease,
    lastRelease: e.lastRelease,
    firstOrder: order.get(e.firstRelease) ?? -1,
    lastOrder: order.get(e.lastRelease) ?? -1,
    releases: [...new Set(e.snapshots.map((s) => s.release))],
    status: e.status,
  }));
  return {
    rows,
    categories: [...new Set(rows.map((r) => r.category))].sort(),
    sources: [...new Set(rows.flatMap((r) => r.sources))].sort(),
    releases: [...releases],
  };
}
