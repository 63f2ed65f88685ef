// One name per category across releases. Releases retitle sections ("A/B Testing Events" became
// "Testing Events for Content Experiments"); a category written in some release counts as an
// older title of another when the events that left it all went to that other one and no release
// uses both titles. The newest title is the category's name; the older ones are its aliases.
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
  // For each category as written: where the events filed under it moved to, and the releases using it.
  const movedTo = new Map<string, Set<string>>();
  const releasesOf = new Map<string, Set<string>>();
  for (const event of events) {
    for (const snapshot of event.snapshots) {
      const moved = movedTo.get(snapshot.category) ?? new Set<string>();
      if (event.category !== snapshot.category) moved.add(event.category);
      movedTo.set(snapshot.category, moved);
      const used = releasesOf.get(snapshot.category) ?? new Set<string>();
      used.add(snapshot.release);
      releasesOf.set(snapshot.category, used);
    }
  }
  // An older title: its moved events all went to one newer title, and no release uses both.
  const target = new Map<string, string>();
  for (const [written, moved] of movedTo) {
    const [only] = moved;
    if (moved.size !== 1 || only === undefined) continue;
    const a = releasesOf.get(written) ?? new Set<string>();
    const b = releasesOf.get(only) ?? new Set<string>();
    if ([...a].some((r) => b.has(r))) continue;
    target.set(written, only);
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
  for (const written of movedTo.keys()) {
    const name = canonical(written);
    if (name !== written) aliases.set(name, [...(aliases.get(name) ?? []), written].sort());
  }
  const names = [...new Set(events.map((e) => canonical(e.category)))].sort();
  return { canonical, aliasesOf: (name) => aliases.get(name) ?? [], names };
}
