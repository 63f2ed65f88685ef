// /releases/<id>.json: one release, the snapshots it documents, and its diagnostics.
import type { APIRoute, GetStaticPaths } from "astro";
import { getCatalog } from "../../lib/catalog-data.ts";
import { releaseDocument } from "./_release-page.ts";

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.releases.map((release) => ({
    params: { release: release.id },
    props: { document: releaseDocument(release, catalog.events, catalog.diagnostics) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(props["document"], null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
