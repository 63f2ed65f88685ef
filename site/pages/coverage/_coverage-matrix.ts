// Data of the coverage matrix: for every event and release, whether the release documents the
// event, leaves it out although it covers the event's part of the docs, or does not cover that
// part at all (another audience, a partial or cut-off text) and so says nothing about it.
import type { CatalogEvent } from "../../../src/model/event-schema.ts";
import type { Release } from "../../../src/model/release-schema.ts";
import { coversEvent } from "../../../src/merge/release-coverage.ts";
import { releaseCoverageView, type PairCatalog } from "../compare/_pair-diff.ts";

export type CellState = "documented" | "absent" | "not-covered";

export const CELL_TEXT: Record<CellState, string> = {
  documented: "documented",
  absent: "not documented",
  "not-covered": "not covered",
};

/** Short class names: the matrix has a cell per event and release. */
export const CELL_CLASS: Record<CellState, string> = {
  documented: "cov-doc",
  absent: "cov-gap",
  "not-covered": "cov-out",
};

export const CELL_MEANING: Record<CellState, string> = {
  documented: "The release documents the event.",
  absent: "The release covers the event's part of the documentation but does not document the event.",
  "not-covered": "The release does not cover the event's part of the documentation (another audience, a partial or cut-off text): it says nothing about the event.",
};

export interface MatrixCell {
  release: string;
  state: CellState;
  /** Names the release writes when they differ from the canonical name. */
  otherNames: string[];
}

export interface MatrixRow {
  id: string;
  name: string;
  cells: MatrixCell[];
}

export interface MatrixGroup {
  category: string;
  rows: MatrixRow[];
}

/** Each event's state in every release, by category (the event's newest), categories and names sorted. */
export function coverageMatrix(catalog: PairCatalog): MatrixGroup[] {
  const views = catalog.releases.map((release) => ({ release, view: releaseCoverageView(catalog.events, release) }));
  const row = (event: CatalogEvent): MatrixRow => ({
    id: event.id,
    name: event.name,
    cells: views.map(({ release, view }) => {
      const names = [...new Set(event.snapshots.filter((s) => s.release === release.id).flatMap((s) => s.names))];
      const state: CellState =
        names.length > 0 ? "documented" : coversEvent(view, event.audience, event.category) ? "absent" : "not-covered";
      return { release: release.id, state, otherNames: names.filter((n) => n !== event.name) };
    }),
  });
  const groups = new Map<string, MatrixRow[]>();
  for (const event of [...catalog.events].sort((a, b) => a.name.localeCompare(b.name))) {
    groups.set(event.category, [...(groups.get(event.category) ?? []), row(event)]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, rows]) => ({ category, rows }));
}

/** How many events of each state a release has. */
export function stateCounts(groups: readonly MatrixGroup[], release: Release): Record<CellState, number> {
  const counts: Record<CellState, number> = { documented: 0, absent: 0, "not-covered": 0 };
  for (const g of groups) for (const r of g.rows) for (const c of r.cells) if (c.release === release.id) counts[c.state]++;
  return counts;
}
