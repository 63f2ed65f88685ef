// Merges the common fields (the top-level fields of every event) of all releases by name: one
// entry per name with the field as each release documents it, oldest first.
import { diagnosticAt } from "../diagnostics/diagnostic-sink.ts";
import type { CommonField } from "../model/catalog-schema.ts";
import type { Diagnostic } from "../model/diagnostic-schema.ts";
import type { Field } from "../model/field-schema.ts";
import { mergeRules } from "./rules.ts";

export interface ReleaseFields {
  releaseId: string;
  fields: readonly Field[];
}

/** Common fields in order of first appearance (oldest release first, then as written). */
export function mergeCommonFields(releases: readonly ReleaseFields[], diagnostics: Diagnostic[]): CommonField[] {
  const byName = new Map<string, CommonField>();
  for (const { releaseId, fields } of releases) {
    const seen = new Set<string>();
    for (const field of fields) {
      if (seen.has(field.name)) {
        const message = `common field "${field.name}" is documented twice in release ${releaseId}; the first is kept`;
        diagnostics.push(
          diagnosticAt(mergeRules["merge/duplicate-common-field"], message, field.provenance, releaseId),
        );
        continue;
      }
      seen.add(field.name);
      const entry = byName.get(field.name);
      if (entry) entry.snapshots.push({ release: releaseId, field });
      else byName.set(field.name, { name: field.name, snapshots: [{ release: releaseId, field }] });
    }
  }
  return [...byName.values()];
}
