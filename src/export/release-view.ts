// What one release documents, read off the catalog: its snapshots of each event and its common
// fields. A release whose docs hold no common-fields table (the 2023 page) takes those of the
// newest earlier release that has one, and says so, so that its line schema still names them.
import type { Catalog } from "../model/catalog-schema.ts";
import type { CatalogEvent, Snapshot } from "../model/event-schema.ts";
import type { Field } from "../model/field-schema.ts";

export interface ReleaseCommonFields {
  fields: Field[];
  /** The release the fields come from: the release itself, or the newest earlier one that documents them. */
  from: string | undefined;
}

function releaseIds(catalog: Catalog): string[] {
  return catalog.releases.map((r) => r.id);
}

/** The common fields a release documents, or those of the newest earlier release that documents any. */
export function commonFieldsOf(catalog: Catalog, releaseId: string): ReleaseCommonFields {
  const ids = releaseIds(catalog);
  const upTo = ids.indexOf(releaseId);
  for (let i = upTo; i >= 0; i--) {
    const id = ids[i];
    const fields = catalog.commonFields.flatMap((c) => c.snapshots.filter((s) => s.release === id).map((s) => s.field));
    if (fields.length > 0) return { fields, from: id };
  }
  return { fields: [], from: undefined };
}

/** The snapshots of an event in one release (two when the release documents a browser and a server variant). */
function snapshotsIn(event: CatalogEvent, releaseId: string): Snapshot[] {
  return event.snapshots.filter((s) => s.release === releaseId);
}

/** The events a release documents, each with its snapshots there, in the catalog's order (by id). */
export function eventsIn(catalog: Catalog, releaseId: string): { event: CatalogEvent; snapshots: Snapshot[] }[] {
  return catalog.events
    .map((event) => ({ event, snapshots: snapshotsIn(event, releaseId) }))
    .filter((e) => e.snapshots.length > 0);
}
