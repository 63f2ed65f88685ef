// Compares what two releases document about one event: variants, sources, component, category,
// description, History, and every context and event member field (nested ones included).
import type { Snapshot } from "../model/event-schema.ts";
import { fieldChanges, sameText } from "../merge/field-compare.ts";
import { fieldPaths } from "../merge/field-paths.ts";
import { matchFieldRenames } from "../merge/field-renames.ts";
import { nameNeutralSnapshots } from "../merge/name-neutral.ts";
import type { DiffChange } from "./diff-schema.ts";

const FIELD_KIND = {
  type: "field-type-changed",
  description: "field-description-changed",
  values: "field-values-changed",
  nullable: "field-nullable-changed",
} as const;

function joined(values: Iterable<string>): string {
  return [...new Set(values)].sort().join(", ");
}

function change(kind: DiffChange["kind"], from?: string, to?: string): DiffChange {
  const c: DiffChange = { kind };
  if (from !== undefined) c.from = from;
  if (to !== undefined) c.to = to;
  return c;
}

function at(path: string, c: DiffChange): DiffChange {
  const { kind, ...rest } = c;
  return { kind, path, ...rest };
}

/** Which side's text stops inside the event, if any: its missing fields are not covered. */
export interface CutSides {
  from?: string;
  to?: string;
}

function notCovered(path: string, release: string): DiffChange {
  return { kind: "field-not-covered", path, note: `the text of release ${release} stops inside this event` };
}

function fieldDiff(
  before: readonly Snapshot[],
  after: readonly Snapshot[],
  toRelease: string,
  cut: CutSides,
): DiffChange[] {
  const a = fieldPaths(before);
  const b = fieldPaths(after);
  const removed = [...a.values()].filter((f) => !b.has(f.path));
  const added = [...b.values()].filter((f) => !a.has(f.path));
  const renames = matchFieldRenames(removed, added);
  const renamedFrom = new Set(renames.map((r) => r.from.path));
  const renamedTo = new Map(renames.map((r) => [r.to.path, r]));
  const out: DiffChange[] = [];
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  for (const path of paths) {
    const x = a.get(path);
    const y = b.get(path);
    const rename = renamedTo.get(path);
    if (rename) {
      const stated = rename.evidence === "stated" ? { release: toRelease } : {};
      out.push({
        ...at(path, change("field-renamed", rename.from.path, path)),
        evidence: rename.evidence,
        note: rename.text,
        ...stated,
      });
      for (const c of fieldChanges(rename.from.field, rename.to.field))
        out.push(at(path, change(FIELD_KIND[c.aspect], c.from, c.to)));
    } else if (x && y) {
      for (const c of fieldChanges(x.field, y.field)) out.push(at(path, change(FIELD_KIND[c.aspect], c.from, c.to)));
    } else if (y) {
      out.push(cut.from !== undefined ? notCovered(path, cut.from) : { kind: "field-added", path });
    } else if (x && !renamedFrom.has(path)) {
      out.push(cut.to !== undefined ? notCovered(path, cut.to) : { kind: "field-removed", path });
    }
  }
  return out;
}

function historyDiff(before: readonly Snapshot[], after: readonly Snapshot[]): DiffChange[] {
  const texts = (list: readonly Snapshot[]): string[] => [
    ...new Set(list.flatMap((s) => s.history.map((h) => h.text))),
  ];
  const a = texts(before);
  const b = texts(after);
  const has = (list: string[], t: string): boolean => list.some((u) => sameText(u, t));
  return [
    ...b.filter((t) => !has(a, t)).map((t) => ({ kind: "history-added" as const, to: t })),
    ...a.filter((t) => !has(b, t)).map((t) => ({ kind: "history-removed" as const, from: t })),
  ];
}

/** Changes between the snapshots one event has in two releases (both non-empty). */
export function eventChanges(
  rawBefore: readonly Snapshot[],
  rawAfter: readonly Snapshot[],
  toRelease: string,
  cut: CutSides = {},
): DiffChange[] {
  // A text that differs only by the event's own (changed) name is no change: set both names aside.
  const names = [...new Set([...rawBefore, ...rawAfter].flatMap((s) => s.names))];
  const sizeOf = (list: readonly Snapshot[]): number => new Set(list.flatMap((s) => s.names)).size;
  const renamed = sizeOf(rawBefore) !== names.length || sizeOf(rawAfter) !== names.length;
  const before = renamed ? nameNeutralSnapshots(rawBefore, names) : rawBefore;
  const after = renamed ? nameNeutralSnapshots(rawAfter, names) : rawAfter;
  const out: DiffChange[] = [];
  const first = (list: readonly Snapshot[]): Snapshot | undefined => list[0];
  const variants = (list: readonly Snapshot[]): string => joined(list.flatMap((s) => (s.variant ? [s.variant] : [])));
  if (variants(before) !== variants(after))
    out.push(change("variants-changed", variants(before) || "(none)", variants(after) || "(none)"));
  const sources = (list: readonly Snapshot[]): string => joined(list.flatMap((s) => s.sources));
  if (sources(before) !== sources(after)) out.push(change("sources-changed", sources(before), sources(after)));
  const component = (list: readonly Snapshot[]): string => first(list)?.component ?? "(none)";
  if (component(before) !== component(after))
    out.push(change("component-changed", component(before), component(after)));
  const category = (list: readonly Snapshot[]): string => first(list)?.category ?? "";
  if (category(before) !== category(after)) out.push(change("category-changed", category(before), category(after)));
  if (!sameText(first(before)?.description.text ?? "", first(after)?.description.text ?? ""))
    out.push(change("description-changed"));
  out.push(...historyDiff(before, after));
  out.push(...fieldDiff(before, after, toRelease, cut));
  return out;
}
