// The diff of two releases as the site shows it: the same function as `edx-event-catalog diff`, so
// the compare pages, their JSON files, the changelog and the CLI cannot disagree. Each pair is
// computed once per build and shared by every route that shows it (compare page, JSON, changelog).
import { diffReleases, type DiffableCatalog } from "../../../src/diff/diff-releases.ts";
import type { ReleaseDiff } from "../../../src/diff/diff-schema.ts";

export { releaseCoverageView } from "../../../src/diff/diff-releases.ts";

export type PairCatalog = DiffableCatalog;

const computed = new WeakMap<PairCatalog, Map<string, ReleaseDiff>>();

export function pairDiff(catalog: PairCatalog, fromId: string, toId: string): ReleaseDiff {
  const byPair = computed.get(catalog) ?? new Map<string, ReleaseDiff>();
  computed.set(catalog, byPair);
  const key = `${fromId}\n${toId}`;
  const found = byPair.get(key);
  if (found) return found;
  const diff = diffReleases(catalog, fromId, toId);
  byPair.set(key, diff);
  return diff;
}
