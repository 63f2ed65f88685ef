// Which snapshot pages the site makes: one per run of consecutive releases that document an event
// identically (most releases repeat their predecessor's text), named by the run's first release.
// Links to any release of a run go to that one page, which names every release of the run and
// links to the places in the first release's sources.
import type { CatalogEvent, Snapshot } from "../../src/model/event-schema.ts";

export interface SnapshotRun {
  /** The releases of the run, oldest first; the page lives under the first. */
  releases: string[];
  snapshots: Snapshot[];
}

/**
 * A release's snapshots of the event without the release id and the places in the sources: equal
 * keys, equal documentation (a later release's file often has the same text at other lines).
 */
function contentKey(snapshots: readonly Snapshot[]): string {
  return JSON.stringify(
    snapshots.map(({ release: _release, ...rest }) => rest),
    (key, value: unknown) => (key === "provenance" ? undefined : value),
  );
}

/** The runs of an event, in release order. */
export function snapshotRuns(event: CatalogEvent, releaseOrder: readonly string[]): SnapshotRun[] {
  const runs: SnapshotRun[] = [];
  let previousKey: string | undefined;
  // Releases that do not document the event (another audience, a cut-off text) do not break a run.
  releaseOrder.forEach((release) => {
    const snapshots = event.snapshots.filter((s) => s.release === release);
    if (snapshots.length === 0) return;
    const key = contentKey(snapshots);
    const last = runs.at(-1);
    if (last && key === previousKey) last.releases.push(release);
    else runs.push({ releases: [release], snapshots });
    previousKey = key;
  });
  return runs;
}

/** The release whose page shows `release`'s snapshots of the event (the first of its run). */
function runPageRelease(runs: readonly SnapshotRun[], release: string): string | undefined {
  return runs.find((r) => r.releases.includes(release))?.releases[0];
}

// Release pages and event pages all link to snapshot pages; the runs of an event are worked out once.
const runsOfEvent = new WeakMap<CatalogEvent, SnapshotRun[]>();

/** snapshotRuns, remembered per event object (the site's events are read once per build). */
export function eventSnapshotRuns(event: CatalogEvent, releaseOrder: readonly string[]): SnapshotRun[] {
  const known = runsOfEvent.get(event);
  if (known) return known;
  const runs = snapshotRuns(event, releaseOrder);
  runsOfEvent.set(event, runs);
  return runs;
}

/** The URL path parameters of the page that shows `release`'s snapshots of the event. */
export function snapshotPageRelease(event: CatalogEvent, release: string, releaseOrder: readonly string[]): string {
  return runPageRelease(eventSnapshotRuns(event, releaseOrder), release) ?? release;
}
