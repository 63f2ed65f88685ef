// /catalog.schema.json: the JSON Schema of catalog.json, generated from the zod model
// (z.toJSONSchema(catalogSchema), made by the content loader).
import type { APIRoute } from "astro";
import { getCatalogJsonSchema } from "../lib/catalog-data.ts";

export const GET: APIRoute = async () =>
  new Response(await getCatalogJsonSchema(), { headers: { "Content-Type": "application/schema+json; charset=utf-8" } });
