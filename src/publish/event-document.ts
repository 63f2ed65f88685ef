// /events/<id>.json: one event, its current view first (what it means today), then its names, status,
// timeline and the snapshots of its history, the latter stated as in catalog.json (identical
// consecutive snapshots once, with the releases they hold for), so the file stays small.
import { CATALOG_FORMAT_VERSION, type Catalog } from "../model/catalog-schema.ts";
import type { CatalogEvent } from "../model/event-schema.ts";
import type { PublishedEvent } from "../model/published-schema.ts";
import { compactEvent, releaseRoots } from "./compact-catalog.ts";

export type EventDocument = { formatVersion: string } & PublishedEvent;

export function eventDocument(event: CatalogEvent, roots: ReadonlyMap<string, string>): EventDocument {
  const { id, name, current, ...rest } = compactEvent(event, roots);
  return { formatVersion: CATALOG_FORMAT_VERSION, id, name, current, ...rest };
}

/** Every event's document, the release folders worked out once. */
export function eventDocuments(catalog: Catalog): EventDocument[] {
  const roots = releaseRoots(catalog.releases);
  return catalog.events.map((e) => eventDocument(e, roots));
}
