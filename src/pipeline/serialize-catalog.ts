// The one way a catalog becomes bytes: stable key order as declared, two-space indent, final newline.
// Everything that publishes catalog.json (CLI, site) goes through here, so the files are identical.
import type { Catalog } from "../model/catalog-schema.ts";

export function serializeCatalog(catalog: Catalog): string {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}
