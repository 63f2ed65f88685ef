// Data of the /schemas/ page: per release, its line schema, BigQuery table schema and how many
// event schemas it has; the current views. Read off the same export the endpoints serve.
import { bigQuerySchemaPath, currentSchemaPath, lineSchemaPath } from "../../../src/export/export-schemas.ts";
import { commonFieldsOf, eventsIn } from "../../../src/export/release-view.ts";
import type { Catalog } from "../../../src/model/catalog-schema.ts";

export interface ReleaseSchemas {
  id: string;
  label: string;
  events: number;
  commonFieldsFrom: string | undefined;
  line: string;
  bigquery: string;
}

export function releaseSchemaRows(catalog: Catalog): ReleaseSchemas[] {
  return catalog.releases.map((r) => ({
    id: r.id,
    label: r.label,
    events: eventsIn(catalog, r.id).length,
    commonFieldsFrom: commonFieldsOf(catalog, r.id).from,
    line: lineSchemaPath(r.id),
    bigquery: bigQuerySchemaPath(r.id),
  }));
}

export function currentSchemaRows(catalog: Catalog): { id: string; name: string; path: string }[] {
  return catalog.events.map((e) => ({ id: e.id, name: e.name, path: currentSchemaPath(e.id) }));
}
