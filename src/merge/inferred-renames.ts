// Renames the documentation makes without saying so. An event that stops being documented and
// one that starts in the next release are taken for one event only when everything but the name
// stays: the same section, the same description once the event's own names are set aside, and
// names that differ in one way a rename of the era takes — a namespace prefix gained or lost
// (`child_render` → `xblock.split_test.child_render`) or one dotted segment respelled
// (`textbook.pdf.display.scrolled` → `textbook.pdf.page.scrolled`, `openassessment.` →
// `openassessmentblock.`). Each link keeps the rule and both texts as evidence and is marked
// inferred; a name that would match two candidates is left alone.
import type { SourceSpan } from "../model/position.ts";
import type { EventDraft } from "../readers/reader.ts";
import { nameNeutralText } from "./name-neutral.ts";
import { categoryKey } from "./release-coverage.ts";

/** One event as identity has grouped it so far: its oldest and newest release and drafts. */
export interface GroupEnds {
  key: number;
  firstRelease: number;
  lastRelease: number;
  first: { releaseId: string; drafts: readonly EventDraft[] };
  last: { releaseId: string; drafts: readonly EventDraft[] };
}

export interface InferredRename {
  fromKey: number;
  toKey: number;
  from: string;
  to: string;
  /** The rule and both texts, for the alias evidence. */
  text: string;
  release: string;
  provenance: SourceSpan;
}

/** How far apart two releases may be: the next release, or the one after a release between them. */
const MAX_GAP = 2;

/** The way two names differ, when it is one a rename takes; undefined otherwise. */
export function renameShape(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.endsWith(`.${short}`))
    return `"${long}" is "${short}" with the namespace prefix "${long.slice(0, -short.length - 1)}"`;
  const x = a.split(".");
  const y = b.split(".");
  if (x.length < 2 || x.length !== y.length) return undefined;
  const differing = x.flatMap((s, i) => (s === y[i] ? [] : [i]));
  const i = differing[0];
  if (differing.length !== 1 || i === undefined) return undefined;
  return `the names differ only in their dotted segment "${x[i] ?? ""}" / "${y[i] ?? ""}"`;
}

function view(drafts: readonly EventDraft[]): { names: string[]; category: string; description: string } {
  const names = [...new Set(drafts.flatMap((d) => d.names))];
  const d = drafts[0];
  return {
    names,
    category: categoryKey(d?.category ?? ""),
    description: nameNeutralText(d?.description.text ?? "", names),
  };
}

function candidate(older: GroupEnds, newer: GroupEnds): InferredRename | undefined {
  const gap = newer.firstRelease - older.lastRelease;
  if (gap < 1 || gap > MAX_GAP) return undefined;
  const a = view(older.last.drafts);
  const b = view(newer.first.drafts);
  if (a.category !== b.category || a.description === "" || a.description !== b.description) return undefined;
  const from = a.names[0];
  const to = b.names[0];
  if (from === undefined || to === undefined) return undefined;
  const shape = renameShape(from, to);
  if (shape === undefined) return undefined;
  const text =
    `Rule: an event no longer documented and one first documented in a following release, in the same section ` +
    `("${older.last.drafts[0]?.category ?? ""}") with the same description apart from the name, are one event when ${shape}; ` +
    `release ${older.last.releaseId} writes "${from}", release ${newer.first.releaseId} writes "${to}".`;
  const provenance = newer.first.drafts[0]?.provenance;
  if (!provenance) return undefined;
  return { fromKey: older.key, toKey: newer.key, from, to, text, release: newer.first.releaseId, provenance };
}

/** Links between groups where both ends are unambiguous: a group is renamed to at most one and from at most one. */
export function inferRenames(groups: readonly GroupEnds[]): InferredRename[] {
  const found: InferredRename[] = [];
  for (const older of groups) {
    for (const newer of groups) {
      if (older.key === newer.key) continue;
      const link = candidate(older, newer);
      if (link) found.push(link);
    }
  }
  const asFrom = (key: number): number => found.filter((l) => l.fromKey === key).length;
  const asTo = (key: number): number => found.filter((l) => l.toKey === key).length;
  return found.filter((l) => asFrom(l.fromKey) === 1 && asTo(l.toKey) === 1);
}
