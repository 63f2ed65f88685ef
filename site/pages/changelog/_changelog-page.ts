// Data of the changelog: for each release, newest first, what changed since the release before
// it (the same diff as the compare pages, reduced to what a changelog lists).
import type { ReleaseDiff } from "../../../src/diff/diff-schema.ts";
import type { Release } from "../../../src/model/release-schema.ts";
import { diffView, type EventEntry } from "../../components/history/diff-view.ts";
import { pairDiff, type PairCatalog } from "../compare/_pair-diff.ts";

export interface ChangelogEntry {
  release: Release;
  /** Events the release documents. */
  documented: number;
  since?: {
    previous: Release;
    summary: ReleaseDiff["summary"];
    added: EventEntry[];
    removed: EventEntry[];
    renamed: EventEntry[];
    changed: EventEntry[];
    commonFieldChanges: number;
  };
}

export function changelogEntries(catalog: PairCatalog): ChangelogEntry[] {
  const entries = catalog.releases.map((release, i): ChangelogEntry => {
    const documented = catalog.events.filter((e) => e.snapshots.some((s) => s.release === release.id)).length;
    const previous = catalog.releases[i - 1];
    if (!previous) return { release, documented };
    const view = diffView(pairDiff(catalog, previous.id, release.id));
    const group = (key: string): EventEntry[] => view.groups.find((g) => g.key === key)?.events ?? [];
    return {
      release,
      documented,
      since: {
        previous,
        summary: view.summary,
        added: group("added"),
        removed: group("removed"),
        renamed: group("renamed"),
        changed: group("changed"),
        commonFieldChanges: view.common.length,
      },
    };
  });
  return entries.reverse();
}
