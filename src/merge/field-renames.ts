// Pairs a field that disappears with one that appears under the same parent as one renamed field:
// stated when the new field's History names the old one ("Renamed on 16 Oct 2014 from child-id to
// child_id"), inferred when the two names differ only in case or separators.
import { spellingKey } from "./identity-statements.ts";
import type { FieldAt } from "./field-paths.ts";

export interface FieldRename {
  from: FieldAt;
  to: FieldAt;
  evidence: "stated" | "inferred";
  text: string;
}

function statedFormerNames(at: FieldAt): { names: string[]; text: string }[] {
  return at.field.history
    .filter((h) => h.kind === "renamed")
    .map((h) => {
      const fromMatch = /\bfrom\s+[`'"*]*([A-Za-z0-9_.-]+?)[`'"*]*\s+to\b/i.exec(h.text);
      const named =
        /\b(?:was|were)\s+(?:previously\s+|originally\s+|formerly\s+)?(?:named|called)\s+[`'"*]*([A-Za-z0-9_-]+)/i.exec(
          h.text,
        );
      const names = [...h.fields, fromMatch?.[1], named?.[1]].filter(
        (n): n is string => n !== undefined && n !== at.field.name,
      );
      return { names, text: h.text };
    });
}

/** Renames among the removed and added fields; each field takes part in at most one rename. */
export function matchFieldRenames(removed: readonly FieldAt[], added: readonly FieldAt[]): FieldRename[] {
  const out: FieldRename[] = [];
  const used = new Set<string>();
  for (const to of added) {
    for (const { names, text } of statedFormerNames(to)) {
      const from = removed.find((r) => r.parent === to.parent && names.includes(r.field.name) && !used.has(r.path));
      if (from && !used.has(to.path)) {
        out.push({ from, to, evidence: "stated", text });
        used.add(from.path);
        used.add(to.path);
      }
    }
  }
  for (const to of added) {
    if (used.has(to.path)) continue;
    const from = removed.find(
      (r) => r.parent === to.parent && !used.has(r.path) && spellingKey(r.field.name) === spellingKey(to.field.name),
    );
    if (from) {
      out.push({
        from,
        to,
        evidence: "inferred",
        text: `Rule: "${from.field.name}" and "${to.field.name}" differ only in case or in the separators _ - .`,
      });
      used.add(from.path);
      used.add(to.path);
    }
  }
  return out.sort((a, b) => a.to.path.localeCompare(b.to.path));
}
