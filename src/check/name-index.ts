// Resolves the event_type (or `name`) of a log line to a catalog event: canonical and documented
// names, aliases (former, mobile, later names, spellings), and the pattern names some docs write
// (`oe_[generated_event_type]`, `edx.special_exam.{special_exam_type}.created`, `list_forum_*`,
// `*_instructor`) for the concrete names they stand for. A URL path is a server page view.
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

/** A name that holds a placeholder: `{x}`, `[x]`, `<x>` or `*`. */
export function isPatternName(name: string): boolean {
  return /\{[^}]*\}|\[[^\]]*\]|<[^>]*>|\*/.test(name);
}

/** The regular expression of a pattern name: a placeholder stands for one name segment, `*` for any text. */
export function patternToRegex(written: string): RegExp {
  let source = "";
  const token = /\{[^}]*\}|\[[^\]]*\]|<[^>]*>|\*/g;
  let last = 0;
  for (const m of written.matchAll(token)) {
    source += escapeRegex(written.slice(last, m.index));
    source += m[0] === "*" ? "[A-Za-z0-9_.-]+" : "[A-Za-z0-9_-]+";
    last = m.index + m[0].length;
  }
  source += escapeRegex(written.slice(last));
  return new RegExp(`^${source}$`);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
