// /releases/<id>.json: one release's full view in one file — the release, every event it documents
// with its snapshots of that release (one per variant, nothing shared with other releases), the
// common fields as it documents them, and its diagnostics. A client that wants one release needs
// nothing else.
import { CATALOG_FORMAT_VERSION, type Catalog } from "../model/catalog-schema.ts";
import type { Diagnostic } from "../model/diagnostic-schema.ts";
import type { CatalogEvent, Snapshot } from "../model/event-schema.ts";
import type { Field } from "../model/field-schema.ts";
import type { Release } from "../model/release-schema.ts";

export interface ReleaseEvent {
  id: string;
  name: string;
  status: CatalogEvent["status"];
  snapshots: Snapshot[];
}

export interface ReleaseDocument {
  formatVersion: string;
  release: Release;
  events: ReleaseEvent[];
  commonFields: Field[];
  diagnostics: Diagnostic[];
}

/** The events a release documents, by id, each with only that release's snapshots. */
export function eventsOfRelease(release: Pick<Release, "id">, events: readonly CatalogEvent[]): ReleaseEvent[] {
  return events
    .map((e) => ({
      id: e.id,
      name: e.name,
      status: e.status,
      snapshots: e.snapshots.filter((s) => s.release === release.id),
    }))
    .filter((e) => e.snapshots.length > 0);
}

export function releaseDocument(catalog: Catalog, release: Release): ReleaseDocument {
  return {
    formatVersion: CATALOG_FORMAT_VERSION,
    release,
    events: eventsOfRelease(release, catalog.events),
    commonFields: catalog.commonFields.flatMap((c) =>
      c.snapshots.filter((s) => s.release === release.id).map((s) => s.field),
    ),
    diagnostics: catalog.diagnostics.filter((d) => d.release === release.id),
  };
}
