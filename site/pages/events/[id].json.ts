// /events/<id>.json: one event of the catalog, all its snapshots.
import type { APIRoute, GetStaticPaths } from "astro";
import { getEvents } from "../../lib/catalog-data.ts";

export const getStaticPaths = (async () =>
  (await getEvents()).map((event) => ({ params: { id: event.id }, props: { event } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(props["event"], null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
