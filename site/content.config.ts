// Content collections of the site. Starlight needs its docs collection; everything else is one
// catalog, built once per site build by the pipeline (or read from EDX_CATALOG_JSON) and split into
// collections by the catalog loader.
import { docsLoader } from "@astrojs/starlight/loaders";
import { docsSchema } from "@astrojs/starlight/schema";
import { defineCollection } from "astro:content";
import { catalogLoader } from "../src/content-loader/catalog-loader.ts";
import { createCatalogSource, originFromEnv } from "../src/content-loader/catalog-source.ts";

const source = createCatalogSource(originFromEnv(process.env, process.cwd()));

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  events: defineCollection({ loader: catalogLoader({ source, part: "events" }) }),
  releases: defineCollection({ loader: catalogLoader({ source, part: "releases" }) }),
  commonFields: defineCollection({ loader: catalogLoader({ source, part: "commonFields" }) }),
  sources: defineCollection({ loader: catalogLoader({ source, part: "sources" }) }),
  catalogFile: defineCollection({ loader: catalogLoader({ source, part: "catalogFile" }) }),
};
