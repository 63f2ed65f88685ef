// /compare/<from>...<to>.json: the diff of every ordered pair of releases, in the format of
// `edx-event-catalog diff --format json`; the compare view fetches the pair a reader picks.
import type { APIRoute } from "astro";
import { getCatalog } from "../../lib/catalog-data.ts";
import { pairDiff } from "./_pair-diff.ts";
import { allPairs } from "./_release-pairs.ts";

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return allPairs(catalog.releases).map((p) => ({ params: { pair: p.slug }, props: { from: p.from.id, to: p.to.id } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { from, to } = props as { from: string; to: string };
  const body = JSON.stringify(pairDiff(await getCatalog(), from, to));
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
