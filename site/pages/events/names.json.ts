// /events/names.json: every event name and alias with its page id, for the search dialog's "did you
// mean" (fetched only when search opens).
import type { APIRoute } from "astro";
import { getEvents } from "../../lib/catalog-data.ts";

export const GET: APIRoute = async () => {
  const names = (await getEvents()).flatMap((e) => [
    { name: e.name, id: e.id },
    ...e.aliases.filter((a) => a.name !== e.name).map((a) => ({ name: a.name, id: e.id })),
  ]);
  return new Response(JSON.stringify(names), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
