// /catalog.json: the catalog, byte for byte what the CLI writes.
import type { APIRoute } from "astro";
import { getSerializedCatalog } from "../lib/catalog-data.ts";

export const GET: APIRoute = async () =>
  new Response(await getSerializedCatalog(), { headers: { "Content-Type": "application/json; charset=utf-8" } });
