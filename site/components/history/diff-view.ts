// A release diff arranged for reading: events grouped by what happened to them (added, removed,
// renamed, changed, not covered), each change as a phrase split into text and code parts. Pure and
// free of the model's schemas, so both the compare pages (at build time) and the compare view's
// small script (in the browser) render the same thing from it.
import { CHANGE_KINDS, type ChangeKind } from "../../../src/diff/change-kinds.ts";
import { describeChange, type PhraseStyle } from "../../../src/diff/describe-change.ts";
import type { DiffChange, EventDiff, ReleaseDiff } from "../../../src/diff/diff-schema.ts";

export interface PhrasePart {
  text: string;
  code?: true;
}

export interface ChangeLine {
  kind: ChangeKind;
  parts: PhrasePart[];
}

export interface EventEntry {
  id: string;
  name: string;
  /** Names the two releases write, when they differ from the canonical name. */
  written: string[];
  lines: ChangeLine[];
}

export type GroupKey = "added" | "removed" | "renamed" | "changed" | "not-covered";

export interface DiffGroup {
  key: GroupKey;
  title: string;
  events: EventEntry[];
}

export interface DiffView {
  from: ReleaseDiff["from"];
  to: ReleaseDiff["to"];
  summary: ReleaseDiff["summary"];
  groups: DiffGroup[];
  common: ChangeLine[];
}

/** The summary line of a diff, as counts and their words, in the order both renderings show them. */
export function summaryCounts(view: DiffView): [number, string][] {
  const s = view.summary;
  return [
    [s.eventsAdded, "added"],
    [s.eventsRemoved, "removed"],
    [s.eventsRenamed, "renamed"],
    [s.eventsChanged, "changed"],
    [s.eventsNotCovered, "not covered"],
    [s.differences, "differences in all"],
  ];
}

export const GROUP_TITLES: Record<GroupKey, string> = {
  added: "Added",
  removed: "Removed",
  renamed: "Renamed",
  changed: "Changed",
  "not-covered": "Not covered by one of the two releases",
};

const GROUP_ORDER: readonly GroupKey[] = ["added", "removed", "renamed", "changed", "not-covered"];

// Code spans are marked with two control characters that source text cannot bring in (they are
// removed from every value first), then split into parts.
const OPEN = "\u0001";
const CLOSE = "\u0002";
const clean = (s: string): string => s.replace(/[\u0001\u0002]/g, "").replace(/\s+/g, " ");
const MARKED: PhraseStyle = { code: (s) => `${OPEN}${clean(s)}${CLOSE}`, text: clean, quote: (s) => `“${clean(s)}”` };

export function phraseParts(marked: string): PhrasePart[] {
  const parts: PhrasePart[] = [];
  let last = 0;
  for (const m of marked.matchAll(/\u0001([^\u0002]*)\u0002/g)) {
    if (m.index > last) parts.push({ text: marked.slice(last, m.index) });
    if (m[1]) parts.push({ text: m[1], code: true });
    last = m.index + m[0].length;
  }
  if (last < marked.length) parts.push({ text: marked.slice(last) });
  return parts;
}

export function changeLine(change: DiffChange): ChangeLine {
  return { kind: change.kind, parts: phraseParts(describeChange(change, MARKED)) };
}

export function groupOf(event: EventDiff): GroupKey {
  const first = event.changes[0]?.kind;
  if (first === "event-added") return "added";
  if (first === "event-removed") return "removed";
  if (first === "event-not-covered") return "not-covered";
  if (first === "event-renamed") return "renamed";
  return "changed";
}

function entry(event: EventDiff): EventEntry {
  const written = [event.fromName, event.toName].filter((n): n is string => n !== undefined && n !== event.name);
  return { id: event.id, name: event.name, written: [...new Set(written)], lines: event.changes.map(changeLine) };
}

export function diffView(diff: ReleaseDiff): DiffView {
  const groups = GROUP_ORDER.map((key) => ({
    key,
    title: GROUP_TITLES[key],
    events: diff.events.filter((e) => groupOf(e) === key).map(entry),
  }));
  return { from: diff.from, to: diff.to, summary: diff.summary, groups, common: diff.commonFields.map(changeLine) };
}

/** The vocabulary, in the order CHANGE_KINDS declares it. */
export function changeKindRows(): { kind: ChangeKind; description: string; counts: boolean }[] {
  return (Object.keys(CHANGE_KINDS) as ChangeKind[]).map((kind) => ({ kind, ...CHANGE_KINDS[kind] }));
}
