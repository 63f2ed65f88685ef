// /compare/<from>...<to>.json: the diff of each pair that has a compare page (neighbours, oldest →
// newest), in the format of `edx-event-catalog diff --format json`. Any other pair the compare view
// computes in the browser from the two releases' slices (/compare/data/<release>.json).
import type { APIRoute } from "astro";
import { getCatalog } from "../../lib/catalog-data.ts";
import { pairDiff } from "./_pair-diff.ts";
import { pagePairs } from "./_release-pairs.ts";

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return pagePairs(catalog.releases).map((p) => ({
    params: { pair: p.slug },
    props: { from: p.from.id, to: p.to.id },
  }));
}

export const GET: APIRoute = async ({ props }) => {
  const { from, to } = props as { from: string; to: string };
  const body = JSON.stringify(pairDiff(await getCatalog(), from, to));
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
