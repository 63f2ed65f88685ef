// The Astro content loader of the site: puts one part of the catalog (events, releases, common
// fields, source texts, the catalog file itself) into a content collection. The site never parses
// sources; it renders what the pipeline built.
import type { Loader, LoaderContext } from "astro/loaders";
import type { CatalogSource, LoadedCatalog } from "./catalog-source.ts";

export type CatalogPart = "events" | "releases" | "commonFields" | "sources" | "catalogFile";

export interface CatalogLoaderOptions {
  source: CatalogSource;
  part: CatalogPart;
}

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
}

/** The entries of one part, in catalog order (Astro keeps insertion order). */
export function entriesOf(loaded: LoadedCatalog, part: CatalogPart): StoredEntry[] {
  const { catalog } = loaded;
  switch (part) {
    case "events":
      return catalog.events.map((event) => ({ id: event.id, data: event }));
    case "releases":
      return catalog.releases.map((release, order) => ({ id: release.id, data: { ...release, order } }));
    case "commonFields":
      return catalog.commonFields.map((field, order) => ({ id: field.name, data: { ...field, order } }));
    case "sources":
      return loaded.sources.map((source) => ({ id: source.path, data: { ...source } }));
    case "catalogFile":
      return [
        {
          id: "catalog",
          data: { serialized: loaded.serialized, schema: loaded.schema, failedReleases: loaded.failedReleases },
        },
      ];
  }
}

export function catalogLoader(options: CatalogLoaderOptions): Loader {
  return {
    name: `edx-catalog-${options.part}`,
    async load(context: LoaderContext) {
      const loaded = await options.source.load();
      if (options.part === "catalogFile" && loaded.failedReleases.length > 0) {
        context.logger.warn(`releases that could not be built: ${loaded.failedReleases.join(", ")}`);
      }
      context.store.clear();
      for (const entry of entriesOf(loaded, options.part)) {
        context.store.set({ id: entry.id, data: entry.data, digest: context.generateDigest(entry.data) });
      }
      context.logger.info(`${options.part}: ${context.store.keys().length} entries`);
    },
  };
}
