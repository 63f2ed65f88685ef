// /catalog.schema.json: the JSON Schema of catalog.json, the same bytes the command line writes
// beside catalog.json (one generator: src/pipeline/schema-files.ts, called by the content loader).
import type { APIRoute } from "astro";
import { getCatalogJsonSchema } from "../lib/catalog-data.ts";

export const GET: APIRoute = async () =>
  new Response(await getCatalogJsonSchema(), { headers: { "Content-Type": "application/schema+json; charset=utf-8" } });
