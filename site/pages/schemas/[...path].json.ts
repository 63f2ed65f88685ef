// /schemas/…: every file of `edx-event-catalog export`, from the same function — the JSON Schema of
// each event per release and per current view, the line schema and the BigQuery table schema of
// each release, and index.json. Served without indentation to keep the site small.
import type { APIRoute, GetStaticPaths } from "astro";
import { exportSchemas } from "../../../src/export/export-schemas.ts";
import { getCatalog } from "../../lib/catalog-data.ts";

export const getStaticPaths = (async () =>
  exportSchemas(await getCatalog()).map((file) => ({
    params: { path: file.path.replace(/\.json$/, "") },
    props: { text: `${JSON.stringify(file.value)}\n` },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(String(props["text"]), {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
