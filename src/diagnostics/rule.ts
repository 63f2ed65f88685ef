// What a diagnostic rule is: an id, its default severity and one sentence for the diagnostics page.
import type { Severity } from "../model/diagnostic-schema.ts";

export interface Rule {
  id: string;
  severity: Severity;
  description: string;
}

/** Declares a group of rules; each reader or stage keeps its own group in a `rules.ts` of its folder. */
export function defineRules<const T extends Record<string, Omit<Rule, "id">>>(rules: T): { [K in keyof T]: Rule } {
  const out = {} as { [K in keyof T]: Rule };
  for (const id of Object.keys(rules) as (keyof T & string)[]) {
    const rule = rules[id];
    if (rule) out[id] = { id, ...rule };
  }
  return out;
}
