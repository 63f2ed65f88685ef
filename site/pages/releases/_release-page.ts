// Data of the release pages: what one release documents, by category (/releases/<id>.json is
// src/publish/release-document.ts).
import type { Diagnostic } from "../../../src/model/diagnostic-schema.ts";
import type { Release } from "../../../src/model/release-schema.ts";
import type { ReleaseEvent } from "../../../src/publish/release-document.ts";

export { eventsOfRelease, type ReleaseEvent } from "../../../src/publish/release-document.ts";

export interface CategoryGroup {
  category: string;
  events: ReleaseEvent[];
}

export interface RuleCount {
  rule: string;
  severity: string;
  count: number;
}

/** Categories in the order the release names them (coverage), then any others alphabetically. */
export function groupByCategory(release: Release, events: readonly ReleaseEvent[]): CategoryGroup[] {
  const groups = new Map<string, ReleaseEvent[]>();
  for (const category of release.coverage.categories) groups.set(category, []);
  for (const event of events) {
    const category = event.snapshots[0]?.category ?? "";
    if (!groups.has(category)) {
      groups.set(category, []);
    }
    groups.get(category)?.push(event);
  }
  return [...groups.entries()]
    .filter(([, list]) => list.length > 0)
    .map(([category, list]) => ({ category, events: list }));
}

export function ruleCounts(release: Release, diagnostics: readonly Diagnostic[]): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const d of diagnostics) {
    if (d.release !== release.id) continue;
    const key = `${d.severity} ${d.rule}`;
    const current = counts.get(key) ?? { rule: d.rule, severity: d.severity, count: 0 };
    current.count++;
    counts.set(key, current);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}
