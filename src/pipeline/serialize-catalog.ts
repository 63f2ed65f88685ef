// The one way a catalog becomes bytes: the published shape (identical consecutive snapshots stated
// once, see src/publish/compact-catalog.ts; provenance in its published form, see
// src/publish/published-json.ts), keys in declared order, no indentation (the file is
// data; indentation alone made it a third larger gzipped), final newline. Everything that publishes
// catalog.json (CLI, site) goes through here, so the files are identical.
import type { Catalog } from "../model/catalog-schema.ts";
import { compactCatalog } from "../publish/compact-catalog.ts";
import { publishedJson } from "../publish/published-json.ts";

export function serializeCatalog(catalog: Catalog): string {
  return `${publishedJson(compactCatalog(catalog))}\n`;
}
