// Content collections of the site. Starlight needs its docs collection; the catalog, built once per
// site build by the pipeline (or read from EDX_CATALOG_JSON), is one entry naming the files the
// catalog loader wrote (see src/content-loader/catalog-loader.ts for why not the catalog itself).
import { docsLoader } from "@astrojs/starlight/loaders";
import { docsSchema } from "@astrojs/starlight/schema";
import { defineCollection } from "astro:content";
import { catalogLoader } from "../src/content-loader/catalog-loader.ts";
import { createCatalogSource, originFromEnv } from "../src/content-loader/catalog-source.ts";

const source = createCatalogSource(originFromEnv(process.env, process.cwd()));

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  catalogFile: defineCollection({ loader: catalogLoader({ source }) }),
};
