// /events/<id>.json: one event, its current view first (src/publish/event-document.ts).
import type { APIRoute, GetStaticPaths } from "astro";
import { eventDocuments } from "../../../src/publish/event-document.ts";
import { getCatalog } from "../../lib/catalog-data.ts";
import { publishedJson } from "../../../src/publish/published-json.ts";

export const getStaticPaths = (async () =>
  eventDocuments(await getCatalog()).map((document) => ({
    params: { id: document.id },
    props: { document },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${publishedJson(props["document"], 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
