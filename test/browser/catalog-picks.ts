// Which events of the catalog the browser suite exercises: chosen from the catalog itself, so the
// suite runs on the full content and on a small one alike.
import type { Catalog } from "../../src/model/catalog-schema.ts";
import type { CatalogEvent, Snapshot } from "../../src/model/event-schema.ts";
import type { Field } from "../../src/model/field-schema.ts";
import { eventIdOf } from "../../src/extract/event-id.ts";

export function newestSnapshots(event: CatalogEvent): Snapshot[] {
  const last = event.snapshots.at(-1)?.release;
  return event.snapshots.filter((s) => s.release === last);
}

/** Field paths in table order: each field, then its nested fields. */
export function fieldPaths(fields: readonly Field[], parent = ""): string[] {
  return fields.flatMap((f) => {
    const path = parent ? `${parent}.${f.name}` : f.name;
    return [path, ...fieldPaths(f.fields, path)];
  });
}

/** An event whose alias has its own page (not an event id itself), preferring problem_check. */
export function pickAliased(catalog: Catalog): { event: CatalogEvent; alias: string; aliasId: string } {
  const ids = new Set(catalog.events.map((e) => e.id));
  const candidates = catalog.events.flatMap((event) =>
    event.aliases.map((a) => ({ event, alias: a.name, aliasId: eventIdOf(a.name) })).filter((c) => !ids.has(c.aliasId)),
  );
  const pick = candidates.find((c) => c.alias === "save_problem_check") ?? candidates[0];
  if (!pick) throw new Error("the catalog has no alias to test");
  return pick;
}

/** An event with nested event fields, else the one with the most fields. */
export function pickWithFields(catalog: Catalog): CatalogEvent {
  const count = (e: CatalogEvent): number =>
    newestSnapshots(e).reduce((n, s) => n + fieldPaths(s.eventFields).length + fieldPaths(s.contextFields).length, 0);
  const nested = catalog.events.find((e) =>
    newestSnapshots(e).some((s) => s.eventFields.some((f) => f.fields.length > 0)),
  );
  const best = nested ?? [...catalog.events].sort((a, b) => count(b) - count(a))[0];
  if (!best) throw new Error("the catalog has no events");
  return best;
}
