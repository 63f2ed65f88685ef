// The catalog of the default content, built once per test file (about a second).
import { resolve } from "node:path";
import type { Catalog } from "../../src/model/catalog-schema.ts";
import { buildCatalogFromManifest } from "../../src/pipeline/build-from-manifest.ts";

let cached: Promise<Catalog> | undefined;

export function defaultCatalog(): Promise<Catalog> {
  cached ??= buildCatalogFromManifest(resolve(import.meta.dirname, "../../content/releases.json")).then(
    (o) => o.catalog,
  );
  return cached;
}
