// The timeline of one merged event: the releases that document it, the releases where its name,
// sources, component, category or description changed, the covering releases that stopped
// documenting it, its stated History, and the timeline of each of its fields.
import type { CommonField } from "../model/catalog-schema.ts";
import type { CatalogEvent, Snapshot } from "../model/event-schema.ts";
import type { EventTimeline, FieldTimeline, TimelineChange } from "../model/timeline-schema.ts";
import { commonFieldPaths, fieldPaths } from "./field-paths.ts";
import { sameText } from "./field-compare.ts";
import { nameNeutralText } from "./name-neutral.ts";
import { addStated, fieldTimelines, inferredChange, statedDates } from "./field-timelines.ts";

interface ReleaseView {
  release: string;
  name: string;
  sources: string;
  component: string;
  category: string;
  description: string;
}

function view(release: string, snapshots: readonly Snapshot[]): ReleaseView {
  const first = snapshots[0];
  return {
    release,
    name: first?.names[0] ?? "",
    sources: [...new Set(snapshots.flatMap((s) => s.sources))].sort().join(", "),
    component: first?.component ?? "",
    category: first?.category ?? "",
    description: first?.description.text ?? "",
  };
}

function viewChanges(before: ReleaseView, after: ReleaseView): TimelineChange[] {
  const out: TimelineChange[] = [];
  const at = (aspect: TimelineChange["aspect"], from?: string, to?: string): void => {
    // An empty description or component is no value to show.
    out.push(inferredChange(after.release, before.release, aspect, from || undefined, to || undefined));
  };
  if (before.name !== after.name) at("renamed", before.name, after.name);
  if (before.sources !== after.sources) at("sources", before.sources, after.sources);
  if (before.component !== after.component) at("component", before.component, after.component);
  if (before.category !== after.category) at("category", before.category, after.category);
  const names = [before.name, after.name];
  if (!sameText(nameNeutralText(before.description, names), nameNeutralText(after.description, names)))
    at("description");
  return out;
}

export interface TimelineCoverage {
  /** Whether a release covers the event's part of the docs: only such a release marks it undocumented. */
  covers: (release: string) => boolean;
  /** Whether a release's text stops inside this snapshot, so its missing fields are not covered. */
  cutInside: (release: string, snapshot: Snapshot) => boolean;
}

/** `releaseIds` are all releases, oldest first. */
export function eventTimeline(
  event: Omit<CatalogEvent, "current">,
  releaseIds: readonly string[],
  coverage: TimelineCoverage,
): EventTimeline {
  const { covers } = coverage;
  const byRelease = new Map<string, Snapshot[]>();
  for (const s of event.snapshots) byRelease.set(s.release, [...(byRelease.get(s.release) ?? []), s]);
  const releases = releaseIds.filter((id) => byRelease.has(id));
  const changes: TimelineChange[] = [];
  const stated: EventTimeline["stated"] = [];
  let previous: ReleaseView | undefined;
  let absentSince: string | undefined;
  for (const id of releaseIds) {
    const snapshots = byRelease.get(id);
    if (!snapshots) {
      if (previous && absentSince === undefined && covers(id)) {
        changes.push(inferredChange(id, previous.release, "undocumented"));
        absentSince = id;
      }
      continue;
    }
    const current = view(id, snapshots);
    if (!previous || absentSince !== undefined) changes.push(inferredChange(id, previous?.release, "documented"));
    if (previous) changes.push(...viewChanges(previous, current));
    for (const s of snapshots) addStated(stated, statedDates(s.history, id));
    previous = current;
    absentSince = undefined;
  }
  const fields = fieldTimelines(
    releases.map((release) => {
      const snapshots = byRelease.get(release) ?? [];
      const cut = snapshots.some((s) => coverage.cutInside(release, s));
      return { release, fields: fieldPaths(snapshots), ...(cut ? { cut } : {}) };
    }),
  );
  return { firstRelease: event.firstRelease, lastRelease: event.lastRelease, releases, changes, stated, fields };
}

/** The timeline of a common field: its own changes, nested members left to their own paths. */
export function commonFieldTimeline(common: CommonField): FieldTimeline | undefined {
  const timelines = fieldTimelines(
    common.snapshots.map((s) => ({ release: s.release, fields: commonFieldPaths([s.field]) })),
  );
  return timelines.find((t) => t.path === common.name);
}
