// Data of the event pages: which pages exist (events and their alias names) and what one event's
// page shows. The .astro route only renders what this returns.
import type { CatalogEvent, Snapshot } from "../../../src/model/event-schema.ts";
import type { Release } from "../../../src/model/release-schema.ts";
import type { HistoryEntry } from "../../../src/model/common-schema.ts";
import { aliasIdOf } from "../../lib/urls.ts";
import { changeText, eventHistory, type EventHistory } from "../../components/history/event-history-data.ts";
import { formatReleaseDate } from "../../lib/release-format.ts";

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

/** One line of the event's history: a sentence the documentation states, or a change found by comparing releases. */
export interface HistoryLine {
  evidence: "stated" | "inferred";
  /** ISO date for ordering: the stated date, or the date of the release where the change is seen. */
  sortDate: string;
  /** The date as shown: as written for stated entries, the release's date for inferred ones. */
  dateText: string;
  kind: string;
  text: string;
  release: string;
  entry?: HistoryEntry;
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
  /** Stated and inferred history in one list, oldest first. */
  lines: HistoryLine[];
}

function historyLines(
  history: readonly StatedHistory[],
  changes: EventHistory,
  releases: readonly Release[],
): HistoryLine[] {
  const byId = new Map(releases.map((r) => [r.id, r]));
  const stated: HistoryLine[] = history.map((h) => {
    const release = byId.get(h.release);
    const date = h.entry.date ?? release?.date ?? "9999";
    const written = h.entry.dateAsWritten ?? h.entry.date ?? "";
    // The sentence often starts with its own date ("On 5 Mar 2014 …"): the date is not repeated before it.
    const dateText = written && h.entry.text.includes(written) ? "" : written;
    return {
      evidence: "stated",
      sortDate: date,
      dateText,
      kind: h.entry.kind,
      text: h.entry.text,
      release: h.release,
      entry: h.entry,
    };
  });
  const mark = (releaseId: string, kind: string, text: string): HistoryLine[] => {
    const release = byId.get(releaseId);
    return release
      ? [
          {
            evidence: "inferred",
            sortDate: release.date,
            dateText: formatReleaseDate(release),
            kind,
            text,
            release: releaseId,
          },
        ]
      : [];
  };
  const { firstRelease, lastRelease } = changes.timeline;
  const inferred: HistoryLine[] = [...mark(firstRelease, "documented", `first documented in ${firstRelease}`)];
  for (const c of changes.columns) {
    if (c.id === firstRelease) continue;
    const all = [
      ...c.eventChanges.map((ch) => changeText(ch)),
      ...c.fieldChanges.map((fc) => `${fc.path} ${changeText(fc.change)}`),
    ];
    if (all.length === 0) continue;
    const shown = all.length > 6 ? [...all.slice(0, 6), `and ${all.length - 6} more`] : all;
    inferred.push(...mark(c.id, "changed", `${c.id}: ${shown.join("; ")}`));
  }
  const lastIndex = changes.columns.findIndex((c) => c.id === lastRelease);
  const dropped = changes.columns.slice(lastIndex + 1).find((c) => c.state === "absent");
  if (dropped)
    inferred.push(
      ...mark(dropped.id, "undocumented", `no longer documented in ${dropped.id}, which covers its part of the docs`),
    );
  return [...stated, ...inferred].sort(
    (a, b) =>
      a.sortDate.localeCompare(b.sortDate) || (a.evidence === b.evidence ? 0 : a.evidence === "stated" ? -1 : 1),
  );
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
  const changes = eventHistory(event, events, releases);
  return {
    event,
    newest,
    mentions,
    history,
    sameCategory,
    otherNames,
    changes,
    lines: historyLines(history, changes, releases),
  };
}

/** Values of the search filters of an event page. */
export function searchFilters(event: CatalogEvent): { sources: string[]; releases: string[] } {
  return {
    sources: [...new Set(event.snapshots.flatMap((s) => s.sources))].sort(),
    releases: [...new Set(event.snapshots.map((s) => s.release))],
  };
}
