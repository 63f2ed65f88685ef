// Data of the events index: one row per event with the values the filters and sorting use.
import type { CatalogEvent } from "../../../src/model/event-schema.ts";
import type { Release } from "../../../src/model/release-schema.ts";
import { categoryNames } from "../../lib/category-names.ts";
import { eventSummary } from "../../lib/event-summary.ts";

export interface EventRow {
  id: string;
  name: string;
  aliases: string[];
  summary: string;
  /** The category's one name across releases. */
  category: string;
  sources: string[];
  first: Release | undefined;
  last: Release | undefined;
  /** Position of the first and last release, oldest = 0, for sorting by release. */
  firstOrder: number;
  lastOrder: number;
  releases: string[];
  status: string;
}

export interface CategoryOption {
  name: string;
  aliases: string[];
}

export interface IndexData {
  rows: EventRow[];
  categories: CategoryOption[];
  sources: string[];
  statuses: string[];
  releases: Release[];
}

export function eventsIndexData(events: readonly CatalogEvent[], releases: readonly Release[]): IndexData {
  const order = new Map(releases.map((r, i) => [r.id, i]));
  const byId = new Map(releases.map((r) => [r.id, r]));
  const ids = releases.map((r) => r.id);
  const categories = categoryNames(events);
  const rows = events.map((e): EventRow => ({
    id: e.id,
    name: e.name,
    aliases: e.aliases.map((a) => a.name),
    summary: eventSummary(e, ids),
    category: categories.canonical(e.category),
    sources: [...new Set(e.snapshots.flatMap((s) => s.sources))].sort(),
    first: byId.get(e.firstRelease),
    last: byId.get(e.lastRelease),
    firstOrder: order.get(e.firstRelease) ?? -1,
    lastOrder: order.get(e.lastRelease) ?? -1,
    releases: [...new Set(e.snapshots.map((s) => s.release))],
    status: e.status,
  }));
  return {
    rows,
    categories: categories.names.map((name) => ({ name, aliases: categories.aliasesOf(name) })),
    sources: [...new Set(rows.flatMap((r) => r.sources))].sort(),
    statuses: [...new Set(rows.map((r) => r.status))].sort(),
    releases: [...releases],
  };
}

/** The value a category has in the filter and the URL: its name, lower case, spaces as dashes. */
export function categoryKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
