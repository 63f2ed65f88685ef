// Data of the home page: headline counts of the catalog.
import type { Catalog } from "../../src/model/catalog-schema.ts";
import type { Field } from "../../src/model/field-schema.ts";

export interface HeadlineCounts {
  events: number;
  aliases: number;
  releases: number;
  fields: number;
  examples: number;
  categories: number;
}

function countFields(fields: readonly Field[]): number {
  return fields.reduce((n, f) => n + 1 + countFields(f.fields), 0);
}

export function headlineCounts(catalog: Catalog): HeadlineCounts {
  const newest = catalog.events.map((e) => e.snapshots.at(-1)).filter((s) => s !== undefined);
  return {
    events: catalog.events.length,
    aliases: catalog.events.reduce((n, e) => n + e.aliases.length, 0),
    releases: catalog.releases.length,
    fields: newest.reduce((n, s) => n + countFields(s.contextFields) + countFields(s.eventFields), 0),
    examples: catalog.events.reduce((n, e) => n + e.snapshots.reduce((m, s) => m + s.examples.length, 0), 0),
    categories: new Set(catalog.events.map((e) => e.category)).size,
  };
}
