// Resolves the event_type (or `name`) of a log line to a catalog event: canonical and documented
// names, aliases (former, mobile, later names, spellings), and the pattern names some docs write
// (`oe_[generated_event_type]`, `edx.special_exam.{special_exam_type}.created`, `list_forum_*`,
// `*_instructor`) for the concrete names they stand for. A name some release documents resolves to
// its own event; only a name documented nowhere is matched against the patterns: first the events
// the docs name by a pattern (the 2013 inventory's lambda event), then the patterns written in
// sentences and headings, each for the first event (by id) it stands for. A URL path is a server
// page view.
import { isPatternName, patternToRegex } from "../model/name-patterns.ts";
import type { CheckCatalog as Catalog, CheckEvent as CatalogEvent } from "./check-index.ts";

export type ResolvedBy = "name" | "alias" | "name-field" | "pattern";

export interface Resolution {
  event: CatalogEvent;
  resolvedBy: ResolvedBy;
  /** The alias (with its relation) or pattern that matched. */
  via?: string;
}

interface Pattern {
  written: string;
  regex: RegExp;
  event: CatalogEvent;
}

export interface NameIndex {
  resolve(eventType: string, name: string | undefined): Resolution | undefined;
}

/** event_type values that are URL paths (or URLs): the server's page views. */
export function isPageView(eventType: string): boolean {
  return eventType.startsWith("/") || /^https?:\/\//.test(eventType);
}

export function createNameIndex(catalog: Pick<Catalog, "events">): NameIndex {
  const exact = new Map<string, Resolution>();
  const patterns: Pattern[] = [];
  const add = (name: string, resolution: Resolution): void => {
    if (isPatternName(name)) {
      // The event the docs name by the pattern wins; else the first (by id) of those it stands for.
      if (!patterns.some((p) => p.written === name))
        patterns.push({ written: name, regex: patternToRegex(name), event: resolution.event });
      return;
    }
    // A canonical name wins over an alias of another event; the first event (by id) wins a tie.
    const known = exact.get(name);
    if (!known || (known.resolvedBy === "alias" && resolution.resolvedBy === "name")) exact.set(name, resolution);
  };
  for (const event of catalog.events) {
    add(event.name, { event, resolvedBy: "name" });
    for (const snapshot of event.snapshots) for (const name of snapshot.names) add(name, { event, resolvedBy: "name" });
  }
  for (const event of catalog.events) {
    for (const alias of event.aliases)
      add(alias.name, { event, resolvedBy: "alias", via: `${alias.name} (${alias.relation})` });
  }
  for (const event of catalog.events)
    for (const pattern of event.patterns ?? []) add(pattern.name, { event, resolvedBy: "pattern" });
  const byName = (value: string): Resolution | undefined => {
    const hit = exact.get(value);
    if (hit) return hit;
    const pattern = patterns.find((p) => p.regex.test(value));
    return pattern ? { event: pattern.event, resolvedBy: "pattern", via: pattern.written } : undefined;
  };
  return {
    resolve(eventType, name) {
      const direct = byName(eventType);
      if (direct) return direct;
      if (name === undefined || name === eventType) return undefined;
      const viaName = byName(name);
      return viaName ? { ...viaName, resolvedBy: "name-field", via: `name "${name}"` } : undefined;
    },
  };
}
