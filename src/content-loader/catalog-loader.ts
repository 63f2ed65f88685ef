// The Astro content loader of the site. The catalog is built once per site build (by the pipeline,
// or read from a catalog.json) and written to the build's cache folder as catalog.json and the
// source texts as sources.json; the content collection holds only where they are, the catalog's
// JSON Schema and the releases that failed. Astro turns its whole data store into one JavaScript
// module for the build, and a store holding the catalog itself (tens of MB with all releases) made
// that step take over a minute. The site never parses sources; it renders what the pipeline built.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { writeTextFiles } from "../io/write-files.ts";
import type { CatalogSource } from "./catalog-source.ts";

export interface CatalogLoaderOptions {
  source: CatalogSource;
}

/** What the catalog collection's one entry holds: see site/lib/catalog-data.ts for the reading side. */
export interface CatalogFiles {
  /** catalog.json exactly as the CLI writes it (served at /catalog.json). */
  catalogPath: string;
  /** The catalog as the pipeline holds it in memory, one snapshot per release: what pages read. */
  modelPath: string;
  /** The source texts, as a JSON array of { path, text }. */
  sourcesPath: string;
  schema: string;
  failedReleases: string[];
  /** Changes whenever the catalog does, so Astro's store sees a new entry. */
  bytes: number;
}

export function catalogLoader(options: CatalogLoaderOptions): Loader {
  return {
    name: "edx-catalog",
    async load(context: LoaderContext) {
      const loaded = await options.source.load();
      if (loaded.failedReleases.length > 0) {
        context.logger.warn(`releases that could not be built: ${loaded.failedReleases.join(", ")}`);
      }
      const folder = join(fileURLToPath(context.config.cacheDir), "edx-catalog");
      await writeTextFiles(folder, [
        { path: "catalog.json", text: loaded.serialized },
        { path: "catalog-model.json", text: JSON.stringify(loaded.catalog) },
        { path: "sources.json", text: JSON.stringify(loaded.sources) },
      ]);
      const catalogPath = join(folder, "catalog.json");
      const modelPath = join(folder, "catalog-model.json");
      const sourcesPath = join(folder, "sources.json");
      const data: CatalogFiles = {
        catalogPath,
        modelPath,
        sourcesPath,
        schema: loaded.schema,
        failedReleases: loaded.failedReleases,
        bytes: loaded.serialized.length,
      };
      context.store.clear();
      context.store.set({
        id: "catalog",
        data: { ...data },
        digest: context.generateDigest({ ...data, serialized: loaded.serialized }),
      });
      context.logger.info(
        `catalog: ${loaded.catalog.events.length} events, ${loaded.catalog.releases.length} releases, ${loaded.sources.length} source files`,
      );
    },
  };
}
