// /compare/data/<release>.json: one release's slice of the catalog, which the compare view joins
// with another release's to diff any pair in the browser (only neighbour pairs and oldest → newest
// are built as pages and JSON diffs).
import type { APIRoute, GetStaticPaths } from "astro";
import { releaseSlice } from "../../../components/history/release-slices.ts";
import { getCatalog } from "../../../lib/catalog-data.ts";
import { publishedJson } from "../../../../src/publish/published-json.ts";

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.releases.map((release) => ({ params: { release: release.id }, props: { id: release.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const slice = releaseSlice(await getCatalog(), String(props["id"]));
  return new Response(publishedJson(slice), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
