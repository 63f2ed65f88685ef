// The diff of two releases as the site shows it: the same function as `edx-event-catalog diff`, so
// the compare pages, their JSON files and the CLI cannot disagree.
import { diffReleases, type DiffableCatalog } from "../../../src/diff/diff-releases.ts";
import type { ReleaseDiff } from "../../../src/diff/diff-schema.ts";

export { releaseCoverageView } from "../../../src/diff/diff-releases.ts";

export type PairCatalog = DiffableCatalog;

export function pairDiff(catalog: PairCatalog, fromId: string, toId: string): ReleaseDiff {
  return diffReleases(catalog, fromId, toId);
}
