// Joins the entries of all releases into events. Links are applied strongest first — the same
// name, then names the documentation states (former, later and mobile names), then the inferred
// alternate spelling, then the inferred rename of consecutive releases (inferred-renames.ts) — and
// a link is refused when it would put two entries of one release into one
// event: a release that documents two names separately is the best witness that they differ.
import { diagnosticAt } from "../diagnostics/diagnostic-sink.ts";
import type { Diagnostic } from "../model/diagnostic-schema.ts";
import { spellingKey } from "./identity-statements.ts";
import { inferRenames, type GroupEnds, type InferredRename } from "./inferred-renames.ts";
import type { ReleaseEntry } from "./release-entries.ts";
import { mergeRules } from "./rules.ts";

interface Components {
  parent: number[];
  releases: Set<number>[];
}

function root(c: Components, i: number): number {
  let r = i;
  while (c.parent[r] !== r) r = c.parent[r] ?? r;
  return r;
}

function conflictMessage(a: ReleaseEntry, b: ReleaseEntry, why: string): string {
  const names = (e: ReleaseEntry): string => e.names.join(" / ");
  return `not joining "${names(a)}" (${a.releaseId}) with "${names(b)}" (${b.releaseId}) through ${why}: a release documents them as separate events`;
}

export interface IdentityGroups {
  /** Entry indexes, one list per event, each sorted; lists in order of their first entry. */
  groups: number[][];
  /** The inferred renames that were applied, for the aliases' evidence. */
  renames: InferredRename[];
}

function groupsOf(c: Components, entries: readonly ReleaseEntry[]): number[][] {
  const groups = new Map<number, number[]>();
  for (const e of entries) {
    const r = root(c, e.index);
    groups.set(r, [...(groups.get(r) ?? []), e.index]);
  }
  return [...groups.values()];
}

function groupEnds(key: number, members: readonly ReleaseEntry[]): GroupEnds | undefined {
  const first = members.reduce<ReleaseEntry | undefined>(
    (a, b) => (a === undefined || b.releaseIndex < a.releaseIndex ? b : a),
    undefined,
  );
  const last = members.reduce<ReleaseEntry | undefined>(
    (a, b) => (a === undefined || b.releaseIndex >= a.releaseIndex ? b : a),
    undefined,
  );
  if (!first || !last) return undefined;
  return { key, firstRelease: first.releaseIndex, lastRelease: last.releaseIndex, first, last };
}

export function identityGroups(entries: readonly ReleaseEntry[], diagnostics: Diagnostic[]): IdentityGroups {
  const c: Components = {
    parent: entries.map((_, i) => i),
    releases: entries.map((e) => new Set([e.releaseIndex])),
  };
  const join = (a: ReleaseEntry, b: ReleaseEntry, why: string): void => {
    const ra = root(c, a.index);
    const rb = root(c, b.index);
    if (ra === rb) return;
    const ma = c.releases[ra] ?? new Set<number>();
    const mb = c.releases[rb] ?? new Set<number>();
    if ([...ma].some((r) => mb.has(r))) {
      diagnostics.push(
        diagnosticAt(
          mergeRules["merge/identity-conflict"],
          conflictMessage(a, b, why),
          b.drafts[0]?.provenance,
          b.releaseId,
        ),
      );
      return;
    }
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    c.parent[drop] = keep;
    c.releases[keep] = new Set([...ma, ...mb]);
  };

  const byName = new Map<string, ReleaseEntry[]>();
  for (const e of entries) for (const n of e.names) byName.set(n, [...(byName.get(n) ?? []), e]);

  // 1. The same name in several releases.
  for (const [name, list] of byName) {
    const first = list[0];
    if (first) for (const other of list.slice(1)) join(first, other, `the shared name "${name}"`);
  }
  // 2. Names the documentation states: "was named …", "renamed to …", the mobile `name` value.
  for (const e of entries) {
    for (const s of e.statements) {
      for (const other of byName.get(s.name) ?? []) join(e, other, `the stated ${s.relation} "${s.name}"`);
    }
  }
  // 3. Alternate spellings (`show_answer` / `showanswer`) of names in different releases.
  const bySpelling = new Map<string, ReleaseEntry[]>();
  for (const e of entries) {
    for (const key of new Set(e.names.map(spellingKey))) bySpelling.set(key, [...(bySpelling.get(key) ?? []), e]);
  }
  for (const list of bySpelling.values()) {
    for (let i = 1; i < list.length; i++) {
      const a = list[0];
      const b = list[i];
      if (a && b && a.releaseIndex !== b.releaseIndex) join(a, b, "an alternate spelling");
    }
  }

  // 4. Renames between consecutive releases that everything but the name supports.
  const ends = groupsOf(c, entries).flatMap((group) => {
    const members = group.flatMap((i) => (entries[i] ? [entries[i]] : []));
    const end = groupEnds(group[0] ?? -1, members);
    return end ? [end] : [];
  });
  const renames: InferredRename[] = [];
  for (const link of inferRenames(ends)) {
    const a = entries[link.fromKey];
    const b = entries[link.toKey];
    if (!a || !b) continue;
    join(a, b, `the inferred rename "${link.from}" → "${link.to}"`);
    if (root(c, a.index) === root(c, b.index)) renames.push(link);
  }
  return { groups: groupsOf(c, entries), renames };
}
