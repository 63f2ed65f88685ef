// Groups the drafts of one release into entries: the drafts that one release gives for one event
// (a browser and a server variant, a name and its stated mobile name, one title naming both
// spellings). An entry is the unit the cross-release identity links join.
import { diagnosticAt } from "../diagnostics/diagnostic-sink.ts";
import type { Diagnostic } from "../model/diagnostic-schema.ts";
import type { EventDraft } from "../readers/reader.ts";
import { statedNames, type NameStatement } from "./identity-statements.ts";
import { mergeRules } from "./rules.ts";

export interface ReleaseEntry {
  /** Index in the list of all entries; entries are numbered release by release, in draft order. */
  index: number;
  releaseIndex: number;
  releaseId: string;
  drafts: EventDraft[];
  /** Names the release's drafts head, first written first, without repeats. */
  names: string[];
  /** Other names the drafts state for themselves, each with the draft names that state it. */
  statements: (NameStatement & { subject: string[] })[];
}

function findRoot(parent: number[], i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root] ?? root;
  return root;
}

function variantKey(d: EventDraft): string {
  return `${d.names[0] ?? ""}\u0000${d.variant ?? ""}`;
}

/** Entries of one release; reports drafts that repeat a name and variant. */
export function releaseEntries(
  drafts: readonly EventDraft[],
  releaseIndex: number,
  releaseId: string,
  firstIndex: number,
  diagnostics: Diagnostic[],
): ReleaseEntry[] {
  const statements = drafts.map((d) => statedNames(d));
  const parent = drafts.map((_, i) => i);
  const union = (a: number, b: number): void => {
    const ra = findRoot(parent, a);
    const rb = findRoot(parent, b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byName = new Map<string, number>();
  drafts.forEach((d, i) => {
    for (const name of d.names) {
      const seen = byName.get(name);
      if (seen === undefined) byName.set(name, i);
      else union(seen, i);
    }
  });
  // A stated mobile name that the release also documents under its own title is the same event.
  statements.forEach((list, i) => {
    for (const s of list) {
      const other = byName.get(s.name);
      if (s.relation === "mobile-name" && other !== undefined) union(i, other);
    }
  });

  const groups = new Map<number, number[]>();
  drafts.forEach((_, i) => {
    const root = findRoot(parent, i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()].map((members, n) => {
    const seen = new Set<string>();
    for (const i of members) {
      const d = drafts[i];
      if (!d) continue;
      const key = variantKey(d);
      if (seen.has(key)) {
        const message = `"${d.names[0] ?? ""}" is documented more than once in release ${releaseId}; both texts are kept as snapshots`;
        diagnostics.push(diagnosticAt(mergeRules["merge/duplicate-event"], message, d.provenance, releaseId));
      }
      seen.add(key);
    }
    const memberDrafts = members.flatMap((i) => (drafts[i] ? [drafts[i]] : []));
    return {
      index: firstIndex + n,
      releaseIndex,
      releaseId,
      drafts: memberDrafts,
      names: [...new Set(memberDrafts.flatMap((d) => d.names))],
      statements: members.flatMap((i) => (statements[i] ?? []).map((s) => ({ ...s, subject: drafts[i]?.names ?? [] }))),
    };
  });
}
