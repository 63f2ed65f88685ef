// Where an event stands in the chosen release: documented there, or documented only in other
// releases (added later, removed earlier, a gap), or in a part of the docs the release does not
// cover — then the answer comes from the newest release that documents it, and the report says so.
import type { CheckEvent, CheckRelease, CheckSnapshot } from "./check-index.ts";
import type { EventStatusKind } from "./report-schema.ts";

export interface EventStanding {
  status: EventStatusKind;
  note?: string;
  /** The release whose snapshot the fields are checked against. */
  snapshotRelease: string;
}

export interface ReleaseOrder {
  releases: readonly CheckRelease[];
  index: ReadonlyMap<string, number>;
}

export function releaseOrder(releases: readonly CheckRelease[]): ReleaseOrder {
  return { releases, index: new Map(releases.map((r, i) => [r.id, i])) };
}

/** The snapshot of an event in a release, picking the browser or server variant by event_source. */
export function snapshotIn(
  event: CheckEvent,
  release: string,
  eventSource: string | undefined,
): CheckSnapshot | undefined {
  let first: CheckSnapshot | undefined;
  for (const snapshot of event.snapshots) {
    if (snapshot.release !== release) continue;
    if (snapshot.variant === undefined || snapshot.variant === eventSource) return snapshot;
    first ??= snapshot;
  }
  return first;
}

/** Whether a release's sources hold the part of the docs this event belongs to. */
export function releaseCovers(release: CheckRelease, event: CheckEvent): boolean {
  const coverage = release.coverage;
  if (coverage.audiences.length > 0 && !coverage.audiences.includes(event.audience) && event.audience !== "general")
    return false;
  if (!coverage.partial && !coverage.truncated) return true;
  return event.snapshots.some((s) => coverage.categories.includes(s.category));
}

export function eventStanding(event: CheckEvent, chosen: CheckRelease, order: ReleaseOrder): EventStanding {
  const at = order.index.get(chosen.id) ?? 0;
  const documented = event.snapshots.map((s) => order.index.get(s.release) ?? -1).filter((i) => i >= 0);
  if (documented.includes(at)) return { status: "documented", snapshotRelease: chosen.id };
  const first = Math.min(...documented);
  const last = Math.max(...documented);
  const nameOf = (i: number): string => order.releases[i]?.id ?? "";
  const newest = nameOf(last);
  if (!releaseCovers(chosen, event)) {
    const why =
      chosen.coverage.truncated && chosen.coverage.audiences.includes(event.audience)
        ? `${chosen.id} is cut off before this part of the docs`
        : `${chosen.id} does not cover ${event.audience === "course-team" ? "course team" : event.audience} events of "${event.category}"`;
    return { status: "not-covered", note: `${why}; checked against ${newest}`, snapshotRelease: newest };
  }
  if (first > at) return { status: "added-later", note: `added in ${nameOf(first)}`, snapshotRelease: nameOf(first) };
  if (last < at) return { status: "removed-earlier", note: `removed after ${newest}`, snapshotRelease: newest };
  const before = Math.max(...documented.filter((i) => i < at));
  return {
    status: "not-in-release",
    note: `documented in ${nameOf(first)}–${newest}, not in ${chosen.id}`,
    snapshotRelease: nameOf(before),
  };
}
