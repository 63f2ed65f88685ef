// /releases/<id>.json: one release's full view (src/publish/release-document.ts).
import type { APIRoute, GetStaticPaths } from "astro";
import { getCatalog } from "../../lib/catalog-data.ts";
import { releaseDocument } from "../../../src/publish/release-document.ts";
import { publishedJson } from "../../../src/publish/published-json.ts";

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.releases.map((release) => ({
    params: { release: release.id },
    props: { document: releaseDocument(catalog, release) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${publishedJson(props["document"], 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
