// Links the pattern names the docs write to the catalog events they stand for. A pattern is a name
// with a placeholder: the 2013 inventory documents `oe_[generated_event_type]` as an event of its
// own, sharing sentences write `edx.special_exam.{special exam type}.created`, 2014 headings
// write `*_instructor` over a list of names. Every event whose name (any release's, or an alias)
// matches a pattern, or that a heading lists under it, gets the pattern among its `patterns` with
// the text that writes it and the rule that matched; an event whose own name is a pattern lists
// the events it stands for in `standsFor`. No snapshot changes: each timeline stays as documented.
import type { CatalogEvent, Evidence, PatternName } from "../model/event-schema.ts";
import { isPatternName, patternToRegex } from "../model/name-patterns.ts";
import type { PatternMention } from "../readers/reader.ts";

type LinkableEvent = Pick<CatalogEvent, "id" | "name" | "aliases" | "snapshots" | "patterns" | "standsFor">;

export interface ReleaseMention {
  release: string;
  mention: PatternMention;
}

interface PatternSource {
  name: string;
  /** Id of the event whose own name is the pattern. */
  event?: string;
  stated: Evidence[];
  /** Names the text lists under the pattern. */
  listed: Map<string, string>;
}

function namesOf(event: LinkableEvent): string[] {
  const names = new Set([event.name, ...event.snapshots.flatMap((s) => s.names), ...event.aliases.map((a) => a.name)]);
  return [...names].filter((n) => !isPatternName(n));
}

/** One piece of evidence per text: a sentence every later release repeats is cited from its oldest. */
function addStated(source: PatternSource, evidence: Evidence): void {
  if (!source.stated.some((e) => e.text === evidence.text)) source.stated.push(evidence);
}

function patternSources(events: readonly LinkableEvent[], mentions: readonly ReleaseMention[]): PatternSource[] {
  const byName = new Map<string, PatternSource>();
  const sourceOf = (name: string): PatternSource => {
    let source = byName.get(name);
    if (!source) byName.set(name, (source = { name, stated: [], listed: new Map() }));
    return source;
  };
  for (const event of events) {
    for (const snapshot of event.snapshots) {
      for (const name of snapshot.names.filter(isPatternName)) {
        const source = sourceOf(name);
        source.event ??= event.id;
        const text = `${name}: ${snapshot.description.text}`.trim();
        addStated(source, { kind: "stated", release: snapshot.release, text, provenance: snapshot.provenance });
      }
    }
  }
  for (const { release, mention } of mentions) {
    const source = sourceOf(mention.name);
    addStated(source, { kind: "stated", release, text: mention.text, provenance: mention.provenance });
    for (const name of mention.names) if (!source.listed.has(name)) source.listed.set(name, release);
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Why the event stands under the pattern: the name that matches it, or the heading that lists it. */
function ruleFor(source: PatternSource, names: readonly string[], regex: RegExp): Evidence | undefined {
  const matching = names.find((n) => regex.test(n));
  if (matching !== undefined) {
    const text = `Rule: a pattern name stands for every name it matches (a bracketed placeholder for one segment, * for any run of name characters); "${matching}" matches "${source.name}".`;
    return { kind: "inferred", text };
  }
  const listed = names.find((n) => source.listed.has(n));
  if (listed === undefined) return undefined;
  const release = source.listed.get(listed);
  const text = `Rule: a heading written as a pattern stands for the names listed under it; release ${release ?? "?"} lists "${listed}" under "${source.name}".`;
  return release === undefined ? { kind: "inferred", text } : { kind: "inferred", release, text };
}

/** The events with their `patterns` and, for an event named by a pattern, `standsFor`. */
export function linkPatterns<E extends LinkableEvent>(events: readonly E[], mentions: readonly ReleaseMention[]): E[] {
  const sources = patternSources(events, mentions);
  const patterns = new Map<E, PatternName[]>();
  const standsFor = new Map<string, { id: string; name: string }[]>();
  for (const source of sources) {
    const regex = patternToRegex(source.name);
    for (const event of events) {
      if (isPatternName(event.name)) continue;
      const rule = ruleFor(source, namesOf(event), regex);
      if (!rule) continue;
      const evidence = [...source.stated, rule];
      const link: PatternName =
        source.event === undefined
          ? { name: source.name, evidence }
          : { name: source.name, event: source.event, evidence };
      if (source.event !== undefined) {
        standsFor.set(source.event, [...(standsFor.get(source.event) ?? []), { id: event.id, name: event.name }]);
      }
      patterns.set(event, [...(patterns.get(event) ?? []), link]);
    }
  }
  return events.map((event) => {
    const own = patterns.get(event);
    const covered = standsFor.get(event.id);
    if (!own && !covered) return event;
    return { ...event, ...(own ? { patterns: own } : {}), ...(covered ? { standsFor: covered } : {}) };
  });
}
