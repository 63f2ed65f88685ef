// One name per category across releases. Releases retitle sections ("A/B Testing Events" became
// "Testing Events for Content Experiments"); a category written in some release counts as an
// older spelling of another when every event filed under it is, in its newest release, filed under
// that other one. The newest name is the category; the older spellings are its aliases.
import type { CatalogEvent } from "../../src/model/event-schema.ts";

export interface CategoryNames {
  /** The one name of a category as some release writes it. */
  canonical(name: string): string;
  /** Older spellings of a canonical name, sorted. */
  aliasesOf(name: string): string[];
  /** Every canonical name, sorted. */
  names: string[];
}

export function categoryNames(events: readonly CatalogEvent[]): CategoryNames {
  const newestOf = new Map<string, Set<string>>();
  for (const event of events) {
    for (const snapshot of event.snapshots) {
      const set = newestOf.get(snapshot.category) ?? new Set<string>();
      set.add(event.category);
      newestOf.set(snapshot.category, set);
    }
  }
  const target = new Map<string, string>();
  for (const [written, newest] of newestOf) {
    const [only] = newest;
    if (newest.size === 1 && only !== undefined && only !== written && !newestOf.get(only)?.has(written)) target.set(written, only);
  }
  const canonical = (name: string): string => {
    let current = name;
    for (let hops = 0; hops < 10; hops++) {
      const next = target.get(current);
      if (next === undefined) break;
      current = next;
    }
    return current;
  };
  const aliases = new Map<string, string[]>();
  for (const written of newestOf.keys()) {
    const name = canonical(written);
    if (name !== written) aliases.set(name, [...(aliases.get(name) ?? []), written].sort());
  }
  const names = [...new Set(events.map((e) => canonical(e.category)))].sort();
  return { canonical, aliasesOf: (name) => aliases.get(name) ?? [], names };
}
