// What `check` needs of a catalog, and nothing more: per event its names, aliases, pattern names,
// audience and the field paths and types each release documents; per release its coverage; the
// common fields.
// A full catalog (descriptions, examples, provenance, history of 26 releases) is several times
// larger, so the command line builds this index, lets the catalog go and streams the log with the
// index alone. The full catalog is structurally an index too, so the site passes it as it is.
import type { Catalog, CatalogEvent, Field, Release, Snapshot } from "./catalog-types.ts";

/** A documented field: its name, types and nested fields. */
export type CheckField = Pick<Field, "name" | "type"> &
  Partial<Pick<Field, "typeAlternatives" | "nullable">> & { fields: CheckField[] };

export type CheckSnapshot = Pick<Snapshot, "release" | "category" | "names"> &
  Partial<Pick<Snapshot, "variant">> & { eventFields: CheckField[]; contextFields: CheckField[] };

export type CheckEvent = Pick<
  CatalogEvent,
  "id" | "name" | "audience" | "category" | "firstRelease" | "lastRelease"
> & {
  aliases: Pick<CatalogEvent["aliases"][number], "name" | "relation">[];
  snapshots: CheckSnapshot[];
  /** The pattern names the docs write for this event among others. */
  patterns?: { name: string }[] | undefined;
};

export type CheckRelease = Pick<Release, "id" | "label"> & {
  coverage: Pick<Release["coverage"], "audiences" | "categories" | "partial" | "truncated">;
};

interface CheckCommonField {
  name: string;
  snapshots: { release: string; field: CheckField }[];
}

/** The catalog as `check` reads it. */
export interface CheckCatalog {
  releases: CheckRelease[];
  events: CheckEvent[];
  commonFields: CheckCommonField[];
}

function fieldOf(field: CheckField): CheckField {
  const out: CheckField = { name: field.name, type: field.type, fields: field.fields.map(fieldOf) };
  if (field.typeAlternatives !== undefined) out.typeAlternatives = [...field.typeAlternatives];
  if (field.nullable !== undefined) out.nullable = field.nullable;
  return out;
}

function snapshotOf(snapshot: CheckSnapshot): CheckSnapshot {
  const out: CheckSnapshot = {
    release: snapshot.release,
    category: snapshot.category,
    names: [...snapshot.names],
    eventFields: snapshot.eventFields.map(fieldOf),
    contextFields: snapshot.contextFields.map(fieldOf),
  };
  if (snapshot.variant !== undefined) out.variant = snapshot.variant;
  return out;
}

function eventOf(event: CheckEvent): CheckEvent {
  const out: CheckEvent = {
    id: event.id,
    name: event.name,
    audience: event.audience,
    category: event.category,
    firstRelease: event.firstRelease,
    lastRelease: event.lastRelease,
    aliases: event.aliases.map((a) => ({ name: a.name, relation: a.relation })),
    snapshots: event.snapshots.map(snapshotOf),
  };
  if (event.patterns !== undefined) out.patterns = event.patterns.map((p) => ({ name: p.name }));
  return out;
}

function releaseOf(release: CheckRelease): CheckRelease {
  const { audiences, categories, partial, truncated } = release.coverage;
  return {
    id: release.id,
    label: release.label,
    coverage: { audiences: [...audiences], categories: [...categories], partial, truncated },
  };
}

/**
 * The check index of a catalog: new objects throughout, so that none of the catalog's stays
 * reachable from it. Strings are shared with the catalog; to hold none of its memory (a string cut
 * from a source text keeps that text alive), pass the index through JSON or a structured clone.
 */
export function checkIndexOf(catalog: Pick<Catalog, "releases" | "events" | "commonFields">): CheckCatalog {
  return {
    releases: catalog.releases.map(releaseOf),
    events: catalog.events.map(eventOf),
    commonFields: catalog.commonFields.map((common) => ({
      name: common.name,
      snapshots: common.snapshots.map((s) => ({ release: s.release, field: fieldOf(s.field) })),
    })),
  };
}
