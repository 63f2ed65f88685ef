// Names every other name of a merged event and why it belongs there. Each identity decision keeps
// its evidence — a sentence the documentation states (with release and place) or the rule it was
// inferred by — so that a reader of the catalog can check it.
import type { Alias, AliasRelation, Evidence } from "../model/event-schema.ts";
import { spellingKey } from "./identity-statements.ts";
import type { InferredRename } from "./inferred-renames.ts";
import type { ReleaseEntry } from "./release-entries.ts";

interface Claim {
  subject: readonly string[];
  object: string;
  relation: AliasRelation;
  evidence: Evidence[];
}

const INVERSE: Record<AliasRelation, AliasRelation> = {
  "former-name": "later-name",
  "later-name": "former-name",
  "mobile-name": "mobile-name",
  "alternate-spelling": "alternate-spelling",
  variant: "variant",
  "slash-pair": "slash-pair",
};

function entryClaims(e: ReleaseEntry): Claim[] {
  const claims: Claim[] = [];
  for (const d of e.drafts) {
    const [first, ...rest] = d.names;
    if (first === undefined) continue;
    for (const other of rest) {
      const text = `Rule: names that head one entry together are one event; release ${e.releaseId} writes "${d.names.join(" / ")}".`;
      claims.push({
        subject: [first],
        object: other,
        relation: "slash-pair",
        evidence: [{ kind: "inferred", release: e.releaseId, text, provenance: d.provenance }],
      });
    }
  }
  for (const s of e.statements) {
    const evidence: Evidence[] = [{ kind: "stated", release: e.releaseId, text: s.text, provenance: s.provenance }];
    if (s.paired) evidence.push({ kind: "inferred", release: e.releaseId, text: `Rule: ${s.paired}.` });
    claims.push({ subject: s.subject, object: s.name, relation: s.relation, evidence });
  }
  return claims;
}

function spellingClaims(entries: readonly ReleaseEntry[]): Claim[] {
  const firstSeen = new Map<string, ReleaseEntry>();
  for (const e of entries) for (const n of e.names) if (!firstSeen.has(n)) firstSeen.set(n, e);
  const names = [...firstSeen.keys()].sort();
  const claims: Claim[] = [];
  for (const [i, a] of names.entries()) {
    for (const b of names.slice(i + 1)) {
      if (spellingKey(a) !== spellingKey(b)) continue;
      const where = `release ${firstSeen.get(a)?.releaseId ?? "?"} writes "${a}", release ${firstSeen.get(b)?.releaseId ?? "?"} writes "${b}"`;
      const text = `Rule: names that differ only in case or in the separators _ - . are one event; ${where}.`;
      claims.push({ subject: [a], object: b, relation: "alternate-spelling", evidence: [{ kind: "inferred", text }] });
    }
  }
  return claims;
}

/** The name of the newest release's entry; a name stated as the mobile `name` value is not the event_type. */
export function canonicalName(entries: readonly ReleaseEntry[]): string {
  const newest = entries.reduce((a, b) => (b.releaseIndex > a.releaseIndex ? b : a));
  const mobile = new Set(newest.statements.filter((s) => s.relation === "mobile-name").map((s) => s.name));
  return newest.names.find((n) => !mobile.has(n)) ?? newest.names[0] ?? "";
}

function sameEvidence(a: Evidence, b: Evidence): boolean {
  return a.kind === b.kind && a.release === b.release && a.text === b.text;
}

/** Aliases of a merged event, sorted by name; every alias carries at least one piece of evidence. */
export function eventAliases(
  entries: readonly ReleaseEntry[],
  canonical: string,
  renames: readonly InferredRename[] = [],
): Alias[] {
  const renameClaims = renames.map((r): Claim => ({
    subject: [r.to],
    object: r.from,
    relation: "former-name",
    evidence: [{ kind: "inferred", release: r.release, text: r.text, provenance: r.provenance }],
  }));
  const claims = [...entries.flatMap(entryClaims), ...spellingClaims(entries), ...renameClaims];
  const names = new Set<string>();
  for (const e of entries) for (const n of e.names) names.add(n);
  for (const c of claims) names.add(c.object);
  names.delete(canonical);

  return [...names].sort().map((name) => {
    const direct = claims.filter((c) => c.object === name).map((c) => ({ c, relation: c.relation, other: c.subject }));
    const inverse = claims
      .filter((c) => c.subject.includes(name))
      .map((c) => ({ c, relation: INVERSE[c.relation], other: [c.object] }));
    const ranked = [...direct, ...inverse].sort(
      (x, y) =>
        Number(!x.other.includes(canonical)) - Number(!y.other.includes(canonical)) ||
        Number(x.c.evidence[0]?.kind !== "stated") - Number(y.c.evidence[0]?.kind !== "stated"),
    );
    const evidence: Evidence[] = [];
    for (const r of ranked)
      for (const ev of r.c.evidence) if (!evidence.some((e) => sameEvidence(e, ev))) evidence.push(ev);
    if (evidence.length === 0) {
      evidence.push({ kind: "inferred", text: `Rule: "${name}" is documented in one entry with "${canonical}".` });
    }
    return { name, relation: ranked[0]?.relation ?? "variant", evidence };
  });
}
