// A release diff arranged for reading: events grouped by what happened to them (added, removed,
// renamed, changed, not covered), each change as a phrase split into text and code parts. Pure and
// free of the model's schemas, so both the compare pages (at build time) and the compare view's
// small script (in the browser) render the same thing from it.
import { CHANGE_KINDS, countsAsDifference, type ChangeKind } from "../../../src/diff/change-kinds.ts";
import { describeChange, type PhraseStyle } from "../../../src/diff/describe-change.ts";
import type { DiffChange, EventDiff, ReleaseDiff } from "../../../src/diff/diff-schema.ts";
import type { DescriptionLookup } from "./description-lookup.ts";
import { typeChangeClass } from "./type-change.ts";
import { wordDiff, type WordPart } from "./word-diff.ts";

export interface PhrasePart {
  text: string;
  code?: true;
}

export interface ChangeLine {
  kind: ChangeKind;
  parts: PhrasePart[];
  /** Whether the line counts in "differences in all" (not for uncovered parts and type wordings). */
  counts: boolean;
  /** For a type change: a change of wording (integer → number) or of the kind of value. */
  typeChange?: "wording" | "kind";
  /** For a description change: the words removed and added, when both texts are known. */
  words?: WordPart[];
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

export interface ViewSummary {
  eventsAdded: number;
  eventsRemoved: number;
  eventsRenamed: number;
  eventsChanged: number;
  eventsNotCovered: number;
  /** The counted lines of every list: each one change. */
  differences: number;
}

export interface DiffView {
  from: ReleaseDiff["from"];
  to: ReleaseDiff["to"];
  /** The two releases' dates as read ("about May 2014"), when the caller knows them; else the ISO dates. */
  dates: { from: string; to: string };
  /** Counted from the lists the view shows, so that each number is the length of its list. */
  summary: ViewSummary;
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
    [s.differences, "changes in all"],
  ];
}

/** What "changes in all" counts, in words, under the counts. */
export const DIFFERENCES_EXPLAINED =
  "Changes in all: every line of the lists below counts once (an added, removed or renamed event, and each changed aspect of an event or of one of its fields), except the events and fields one release does not cover and type changes that only write the same kind of value another way (integer → number).";

const GROUP_TITLES: Record<GroupKey, string> = {
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

function phraseParts(marked: string): PhrasePart[] {
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

function changeLine(change: DiffChange, words?: WordPart[]): ChangeLine {
  const line: ChangeLine = {
    kind: change.kind,
    parts: phraseParts(describeChange(change, MARKED)),
    counts: countsAsDifference(change.kind),
  };
  if (change.kind === "field-type-changed" || (change.kind === "common-field-changed" && change.note === "type")) {
    line.typeChange = typeChangeClass(change.from, change.to);
    if (line.typeChange === "wording") line.counts = false;
  }
  if (words) line.words = words;
  return line;
}

/** The word diff of a description change, when the lookup knows both texts. */
function descriptionWords(
  event: EventDiff,
  change: DiffChange,
  from: string,
  to: string,
  texts: DescriptionLookup | undefined,
): WordPart[] | undefined {
  if (!texts) return undefined;
  const field = change.kind === "field-description-changed";
  if (change.kind !== "description-changed" && !field) return undefined;
  const before = texts(event.id, from, field ? change.path : undefined);
  const after = texts(event.id, to, field ? change.path : undefined);
  return before !== undefined && after !== undefined ? wordDiff(before, after) : undefined;
}

function groupOf(event: EventDiff): GroupKey {
  const first = event.changes[0]?.kind;
  if (first === "event-added") return "added";
  if (first === "event-removed") return "removed";
  if (first === "event-not-covered") return "not-covered";
  if (first === "event-renamed") return "renamed";
  return "changed";
}

function entry(event: EventDiff, diff: ReleaseDiff, texts: DescriptionLookup | undefined): EventEntry {
  const written = [event.fromName, event.toName].filter((n): n is string => n !== undefined && n !== event.name);
  const lines = event.changes.map((c) => changeLine(c, descriptionWords(event, c, diff.from.id, diff.to.id, texts)));
  return { id: event.id, name: event.name, written: [...new Set(written)], lines };
}

/** `texts` adds word diffs to description changes; `dateOf` reads a release's date ("about May 2014"). */
export function diffView(
  diff: ReleaseDiff,
  texts?: DescriptionLookup,
  dateOf?: (release: string) => string | undefined,
): DiffView {
  const groups = GROUP_ORDER.map((key) => ({
    key,
    title: GROUP_TITLES[key],
    events: diff.events.filter((e) => groupOf(e) === key).map((e) => entry(e, diff, texts)),
  }));
  const common = diff.commonFields.map((c) => changeLine(c));
  const size = (key: GroupKey): number => groups.find((g) => g.key === key)?.events.length ?? 0;
  const counted = [
    ...groups.filter((g) => g.key !== "not-covered").flatMap((g) => g.events.flatMap((e) => e.lines)),
    ...common,
  ];
  const summary: ViewSummary = {
    eventsAdded: size("added"),
    eventsRemoved: size("removed"),
    eventsRenamed: size("renamed"),
    eventsChanged: size("changed"),
    eventsNotCovered: size("not-covered"),
    differences: counted.filter((l) => l.counts).length,
  };
  const dates = { from: dateOf?.(diff.from.id) ?? diff.from.date, to: dateOf?.(diff.to.id) ?? diff.to.date };
  return { from: diff.from, to: diff.to, dates, summary, groups, common };
}

/** The vocabulary, in the order CHANGE_KINDS declares it. */
export function changeKindRows(): { kind: ChangeKind; description: string; counts: boolean }[] {
  return (Object.keys(CHANGE_KINDS) as ChangeKind[]).map((kind) => ({ kind, ...CHANGE_KINDS[kind] }));
}
