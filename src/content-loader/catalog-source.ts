// Where the site's catalog comes from: the same pipeline as the CLI (a release manifest), or a
// catalog.json someone already has. Builds it once per site build and shares it between collections,
// so several collections fed by one catalog do not run the pipeline several times.
import { dirname, resolve } from "node:path";
import type { Catalog } from "../model/catalog-schema.ts";
import type { SourceText } from "../readers/reader.ts";
import { loadFromOrigin } from "./catalog-build.ts";

export interface LoadedCatalog {
  catalog: Catalog;
  /** catalog.json exactly as the CLI writes it. */
  serialized: string;
  /** catalog.schema.json: the same bytes the command line writes (pipeline/schema-files.ts). */
  schema: string;
  failedReleases: string[];
  /** Source files the releases read, for the source-view pages; missing files are left out. */
  sources: SourceText[];
}

export type CatalogOrigin = { kind: "manifest"; path: string } | { kind: "json"; path: string; contentDir: string };

export interface CatalogSource {
  readonly origin: CatalogOrigin;
  load(): Promise<LoadedCatalog>;
}

/** EDX_CATALOG_JSON (a catalog file) wins over EDX_CATALOG_MANIFEST, which defaults to content/releases.json. */
export function originFromEnv(env: Record<string, string | undefined>, root: string): CatalogOrigin {
  const json = env["EDX_CATALOG_JSON"];
  if (json) {
    const path = resolve(root, json);
    return { kind: "json", path, contentDir: resolve(root, env["EDX_CATALOG_CONTENT_DIR"] ?? dirname(path)) };
  }
  return { kind: "manifest", path: resolve(root, env["EDX_CATALOG_MANIFEST"] ?? "content/releases.json") };
}

/** One catalog per site build: the first collection to load it builds it, the others reuse it. */
export function createCatalogSource(origin: CatalogOrigin): CatalogSource {
  let pending: Promise<LoadedCatalog> | undefined;
  return {
    origin,
    load() {
      pending ??= loadFromOrigin(origin);
      return pending;
    },
  };
}
