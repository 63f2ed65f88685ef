// Data of the event pages: which pages exist (events and their alias names) and what one event's
// page shows. The .astro route only renders what this returns.
import type { CatalogEvent, Snapshot } from "../../../src/model/event-schema.ts";
import type { Release } from "../../../src/model/release-schema.ts";
import type { HistoryEntry } from "../../../src/model/common-schema.ts";
import { aliasIdOf } from "../../lib/urls.ts";
import { eventHistory, type EventHistory } from "../../components/history/event-history-data.ts";

export type EventRoute =
  | { params: { id: string }; props: { kind: "event"; eventId: string } }
  | { params: { id: string }; props: { kind: "alias"; eventId: string; aliasName: string } };

/** One page per event, and one redirect page per alias name that is not itself an event id. */
export function eventRoutes(events: readonly CatalogEvent[]): EventRoute[] {
  const taken = new Set(events.map((e) => e.id));
  const routes: EventRoute[] = events.map((e) => ({ params: { id: e.id }, props: { kind: "event", eventId: e.id } }));
  for (const event of events) {
    for (const alias of event.aliases) {
      const id = aliasIdOf(alias.name);
      if (taken.has(id)) continue;
      taken.add(id);
      routes.push({ params: { id }, props: { kind: "alias", eventId: event.id, aliasName: alias.name } });
    }
  }
  return routes;
}

export interface ReleaseMention {
  release: Release;
  snapshots: Snapshot[];
}

export interface StatedHistory {
  release: string;
  entry: HistoryEntry;
}

export interface EventPageData {
  event: CatalogEvent;
  newest: ReleaseMention;
  mentions: ReleaseMention[];
  history: StatedHistory[];
  sameCategory: CatalogEvent[];
  otherNames: string[];
  /** The Changes part: timeline, state per release, changes, fields. */
  changes: EventHistory;
}

const RELATED_LIMIT = 15;

export function eventPageData(
  event: CatalogEvent,
  events: readonly CatalogEvent[],
  releases: readonly Release[],
): EventPageData {
  const mentions: ReleaseMention[] = releases
    .map((release) => ({ release, snapshots: event.snapshots.filter((s) => s.release === release.id) }))
    .filter((m) => m.snapshots.length > 0);
  const newest = mentions.at(-1);
  if (!newest) throw new Error(`event ${event.id} has no snapshot in a known release`);
  const seen = new Set<string>();
  const history: StatedHistory[] = [];
  for (const mention of mentions) {
    for (const snapshot of mention.snapshots) {
      for (const entry of snapshot.history) {
        const key = `${entry.date ?? ""}|${entry.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        history.push({ release: mention.release.id, entry });
      }
    }
  }
  const sameCategory = events.filter((e) => e.category === event.category && e.id !== event.id).slice(0, RELATED_LIMIT);
  const aliasNames = new Set(event.aliases.map((a) => a.name));
  const otherNames = [...new Set(event.snapshots.flatMap((s) => s.names))]
    .filter((n) => n !== event.name && !aliasNames.has(n))
    .sort();
  return { event, newest, mentions, history, sameCategory, otherNames, changes: eventHistory(event, events, releases) };
}

/** Values of the search filters of an event page. */
export function searchFilters(event: CatalogEvent): { sources: string[]; releases: string[] } {
  return {
    sources: [...new Set(event.snapshots.flatMap((s) => s.sources))].sort(),
    releases: [...new Set(event.snapshots.map((s) => s.release))],
  };
}
