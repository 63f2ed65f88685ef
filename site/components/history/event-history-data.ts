// What the Changes part of an event page shows: the event's timeline (from the catalog, or worked
// out here for a catalog written without timelines), each release's state for the event, the
// changes found in each release, and each field's first and last release.
import { eventTimeline } from "../../../src/merge/event-timeline.ts";
import { coversEvent, samePlace, type CoverageView } from "../../../src/merge/release-coverage.ts";
import type { CatalogEvent } from "../../../src/model/event-schema.ts";
import type { Release } from "../../../src/model/release-schema.ts";
import type { EventTimeline, FieldTimeline, StatedDate, TimelineChange } from "../../../src/model/timeline-schema.ts";
import { releaseCoverageView } from "../../pages/compare/_pair-diff.ts";
import type { CellState } from "../../pages/coverage/_coverage-matrix.ts";

export interface ReleaseColumn {
  id: string;
  label: string;
  date: string;
  state: CellState;
  /** Changes of the event itself first seen in this release (not "documented"/"undocumented"). */
  eventChanges: TimelineChange[];
  /** Field changes first seen here: added, removed, renamed, type, description, values, nullable. */
  fieldChanges: { path: string; change: TimelineChange }[];
}

export interface EventHistory {
  timeline: EventTimeline;
  columns: ReleaseColumn[];
  /** Stated History, oldest date first; entries without a valid date last. */
  stated: StatedDate[];
  fields: FieldTimeline[];
}

// Every event page needs the coverage of every release; it is worked out once per events list.
const coverageByEvents = new WeakMap<readonly CatalogEvent[], Map<string, CoverageView>>();

function coverageOf(events: readonly CatalogEvent[], releases: readonly Release[]): Map<string, CoverageView> {
  const known = coverageByEvents.get(events);
  if (known && releases.every((r) => known.has(r.id))) return known;
  const views = new Map(releases.map((r) => [r.id, releaseCoverageView(events, r)]));
  coverageByEvents.set(events, views);
  return views;
}

function timelineOf(
  event: CatalogEvent,
  releases: readonly Release[],
  views: ReadonlyMap<string, CoverageView>,
): EventTimeline {
  if (event.timeline) return event.timeline;
  return eventTimeline(
    event,
    releases.map((r) => r.id),
    {
      covers: (id) => {
        const view = views.get(id);
        return view !== undefined && coversEvent(view, event.audience, event.category);
      },
      cutInside: (id, snapshot) => {
        const cut = views.get(id)?.cutEvent;
        return cut !== undefined && samePlace(cut, snapshot.provenance);
      },
    },
  );
}

const EVENT_ASPECTS = new Set<TimelineChange["aspect"]>(["renamed", "sources", "component", "category", "description"]);

/** A field "documented" in the event's first release is where both start, not a change. */
function fieldChangesAt(
  fields: readonly FieldTimeline[],
  release: string,
  eventFirst: string,
): ReleaseColumn["fieldChanges"] {
  return fields.flatMap((f) =>
    f.changes
      .filter(
        (c) =>
          c.release === release &&
          !(c.aspect === "documented" && c.release === eventFirst && c.previousRelease === undefined),
      )
      .map((change) => ({ path: f.path, change })),
  );
}

export function eventHistory(
  event: CatalogEvent,
  events: readonly CatalogEvent[],
  releases: readonly Release[],
): EventHistory {
  const views = coverageOf(events, releases);
  const timeline = timelineOf(event, releases, views);
  const columns = releases.map((release): ReleaseColumn => {
    const view = views.get(release.id);
    const documented = timeline.releases.includes(release.id);
    const covered = view !== undefined && coversEvent(view, event.audience, event.category);
    return {
      id: release.id,
      label: release.label,
      date: release.date,
      state: documented ? "documented" : covered ? "absent" : "not-covered",
      eventChanges: timeline.changes.filter((c) => c.release === release.id && EVENT_ASPECTS.has(c.aspect)),
      fieldChanges: fieldChangesAt(timeline.fields, release.id, timeline.firstRelease),
    };
  });
  const stated = [...timeline.stated].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
  return { timeline, columns, stated, fields: timeline.fields };
}

/** A change in words: "type string → dict", "renamed a → b", "description". */
export function changeText(change: TimelineChange): string {
  const values =
    change.from !== undefined || change.to !== undefined
      ? ` ${change.from ?? "(none)"} → ${change.to ?? "(none)"}`
      : "";
  switch (change.aspect) {
    case "documented":
      return change.previousRelease !== undefined ? "documented again" : "added";
    case "undocumented":
      return "no longer documented";
    default:
      return `${change.aspect}${values}`;
  }
}
