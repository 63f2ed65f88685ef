// The I/O of the content loader: reads a catalog.json (validated against the model) or builds the
// catalog from a manifest with the pipeline, and reads the source texts. Loaded by Node itself
// (through tsx), not through the site's bundler, so the model and the pipeline are evaluated once
// and never end up in the page bundle.
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { z } from "zod/v4";
import { catalogSchema, type Catalog } from "../model/catalog-schema.ts";
import { serializeCatalog } from "../pipeline/serialize-catalog.ts";
import type { CatalogOrigin, LoadedCatalog, SourceText } from "./catalog-source.ts";

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 10)
    .map((issue) => `  - ${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`)
    .join("\n");
}

async function readCatalogJson(path: string): Promise<Catalog> {
  const text = await readFile(path, "utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = catalogSchema.safeParse(value);
  if (!parsed.success) throw new Error(`${path} is not a valid catalog:\n${describeIssues(parsed.error.issues)}`);
  return parsed.data;
}

/**
 * Made here, while the content is loaded, rather than in the page bundle: the model registers its
 * schema ids with zod once per process, and the bundle would load a second copy of the model.
 */
function catalogJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(catalogSchema), null, 2)}\n`;
}

async function readSources(catalog: Catalog, contentDir: string): Promise<SourceText[]> {
  const paths = [...new Set(catalog.releases.flatMap((r) => r.sources.map((s) => s.path)))].sort();
  const sources: SourceText[] = [];
  for (const path of paths) {
    try {
      sources.push({ path, text: await readFile(resolve(contentDir, path), "utf8") });
    } catch {
      // A catalog may come without its sources; its pages then show places without links.
    }
  }
  return sources;
}

export async function loadFromOrigin(origin: CatalogOrigin): Promise<LoadedCatalog> {
  if (origin.kind === "json") {
    const catalog = await readCatalogJson(origin.path);
    return {
      catalog,
      serialized: serializeCatalog(catalog),
      schema: catalogJsonSchema(),
      failedReleases: [],
      sources: await readSources(catalog, origin.contentDir),
    };
  }
  // Imported here so that a catalog.json is rendered even while the pipeline cannot load.
  const { buildCatalogFromManifest } = await import("../pipeline/build-from-manifest.ts");
  const outcome = await buildCatalogFromManifest(origin.path);
  const catalog = outcome.catalog;
  return {
    catalog,
    serialized: serializeCatalog(catalog),
    schema: catalogJsonSchema(),
    failedReleases: outcome.failedReleases,
    sources: await readSources(catalog, dirname(origin.path)),
  };
}

