// Names events whose name a source lost. The 2013 wiki's server table lost its event_type column,
// so its rows reach the merge as unnamed events (fields, sources, place). A release alone cannot
// name them, but the neighbouring releases can: when exactly one event there, from the same
// source, documents every one of the group's event fields, the group is that event. The name is
// marked inferred on the snapshot (`nameEvidence`), with the rule and the matching event, and a
// diagnostic says so; a group the field sets do not decide is reported and left out.
import { diagnosticAt } from "../diagnostics/diagnostic-sink.ts";
import type { Diagnostic } from "../model/diagnostic-schema.ts";
import type { Evidence } from "../model/common-schema.ts";
import type { EventDraft, ReadResult, UnnamedDraft } from "../readers/reader.ts";
import { mergeRules } from "./rules.ts";

interface ReleaseResult {
  release: { id: string };
  result: ReadResult;
}

/** Fewer fields than this match too many events to tell one (a lone problem_id). */
const MIN_FIELDS = 3;

function fieldNames(d: { eventFields: readonly { name: string }[] }): Set<string> {
  return new Set(d.eventFields.map((f) => f.name));
}

/** The nearest release before and after `index` that documents events. */
function neighbours<T extends ReleaseResult>(releases: readonly T[], index: number): T[] {
  const out: T[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const r = releases[i];
    if (r && r.result.events.length > 0) {
      out.push(r);
      break;
    }
  }
  for (let i = index + 1; i < releases.length; i++) {
    const r = releases[i];
    if (r && r.result.events.length > 0) {
      out.push(r);
      break;
    }
  }
  return out;
}

interface Match {
  release: string;
  draft: EventDraft;
  exact: boolean;
}

function matchesOf(group: UnnamedDraft, near: readonly ReleaseResult[]): Match[] {
  const wanted = fieldNames(group);
  return near.flatMap((r) =>
    r.result.events.flatMap((d): Match[] => {
      const have = fieldNames(d);
      const sameSource = group.sources.length === 0 || group.sources.some((s) => d.sources.includes(s));
      if (!sameSource || ![...wanted].every((n) => have.has(n))) return [];
      return [{ release: r.release.id, draft: d, exact: have.size === wanted.size }];
    }),
  );
}

/** The one event name the matches agree on (exact field sets first), or undefined. */
function pick(matches: readonly Match[]): Match[] {
  const exact = matches.filter((m) => m.exact);
  const best = exact.length > 0 ? exact : matches;
  const names = new Set(best.map((m) => m.draft.names[0]));
  return names.size === 1 ? [...best] : [];
}

const list = (names: Iterable<string>): string => [...names].join(", ");

function inferOne(
  group: UnnamedDraft,
  near: readonly ReleaseResult[],
  releaseId: string,
  diagnostics: Diagnostic[],
): EventDraft | undefined {
  const n = group.eventFields.length;
  const fields = `${n === 1 ? "field" : "fields"} ${list(group.eventFields.map((f) => f.name))}`;
  const lost = n === 1 ? "lost its event name" : "lost their event name";
  const where = near.map((r) => r.release.id).join(" and ");
  const report = (rule: keyof typeof mergeRules, message: string): void => {
    diagnostics.push(diagnosticAt(mergeRules[rule], message, group.provenance, releaseId));
  };
  if (group.eventFields.length < MIN_FIELDS) {
    report(
      "merge/unnamed-event",
      `${fields} ${lost}; ${n} ${n === 1 ? "field is" : "fields are"} too few to tell the event from the neighbouring releases (at least ${MIN_FIELDS} needed); left out`,
    );
    return undefined;
  }
  const matches = matchesOf(group, near);
  const chosen = pick(matches);
  const first = chosen[0];
  const name = first?.draft.names[0];
  if (!first || name === undefined) {
    const candidates = [...new Set(matches.map((m) => m.draft.names[0] ?? ""))].sort();
    const why =
      candidates.length === 0
        ? `no event of ${where} documents them all`
        : `several events of ${where} document them all (${list(candidates)})`;
    report("merge/unnamed-event", `${fields} ${lost} and ${why}; left out`);
    return undefined;
  }
  const variant = first.draft.variant;
  const sources = group.sources.length > 0 ? group.sources.join(", ") : "any";
  const text =
    `Rule: an event whose name the text lost is the event of the neighbouring releases that documents all of its fields, from the same source; ` +
    `${fields} (source: ${sources}) are all documented by ${name}${variant ? ` (${variant})` : ""} in ${[...new Set(chosen.map((m) => m.release))].join(" and ")}, and by no other event there.`;
  const evidence: Evidence = { kind: "inferred", release: first.release, text, provenance: first.draft.provenance };
  report(
    "merge/inferred-event-name",
    `${fields} ${lost}; inferred as ${name}${variant ? ` (${variant})` : ""}: ${text.replace(/^Rule: [^;]*; /, "")}`,
  );
  return { ...group, names: [name], ...(variant !== undefined ? { variant } : {}), nameEvidence: evidence };
}

/** The releases with each unnamed event either named (added to `events`) or reported. */
export function nameLostEvents<T extends ReleaseResult>(releases: readonly T[], diagnostics: Diagnostic[]): T[] {
  return releases.map((r, index) => {
    const unnamed = r.result.unnamedEvents ?? [];
    if (unnamed.length === 0) return r;
    const near = neighbours(releases, index);
    const named = unnamed.flatMap((g) => {
      const d = inferOne(g, near, r.release.id, diagnostics);
      return d ? [d] : [];
    });
    // The release now documents the name twice (the wiki's browser problem_check and the inferred
    // server one): the draft that had it alone becomes the variant of its own source, as readers do.
    const events = r.result.events.map((d) => {
      const twin = named.find((n) => n.names[0] === d.names[0] && n.variant !== undefined);
      const [source] = d.sources;
      if (!twin || d.variant !== undefined || d.sources.length !== 1 || source === undefined || source === twin.variant)
        return d;
      return { ...d, variant: source };
    });
    return { ...r, result: { ...r.result, events: [...events, ...named] } };
  });
}
