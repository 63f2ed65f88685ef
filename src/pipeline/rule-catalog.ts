// The one catalog of every diagnostic rule, grouped by the stage or reader that reports it. The
// table of site/content/docs/diagnostics.md is generated from it, and a test checks every reported
// id is here. It sits in pipeline/, above every stage whose rules it collects.
import { checkRules } from "../check/rules.ts";
import { extractRules } from "../extract/rules.ts";
import { gitRules } from "../git-releases/rules.ts";
import { mergeRules } from "../merge/rules.ts";
import { normaliseRules } from "../normalise/rules.ts";
import { loadRules } from "../io/rules.ts";
import { pdfTextRules } from "../readers/pdf-text/rules.ts";
import { collapsedRules } from "../readers/rst-collapsed/rules.ts";
import { inventoryRules } from "../readers/rst-inventory/rules.ts";
import { gridTableRules } from "../readers/rst/grid-table-rules.ts";
import { rstRules } from "../readers/rst/rules.ts";
import { wikiRules } from "../readers/wiki-text/rules.ts";
import type { Rule } from "../diagnostics/rule.ts";
import { pipelineRules } from "./rules.ts";

export interface RuleGroup {
  title: string;
  rules: Rule[];
}

export const ruleGroups: readonly RuleGroup[] = [
  { title: "Manifest and source files", rules: [...Object.values(loadRules), ...Object.values(pipelineRules)] },
  { title: "RST reader", rules: Object.values(rstRules) },
  { title: "RST grid tables", rules: Object.values(gridTableRules) },
  { title: "2013 grid-table inventory reader", rules: Object.values(inventoryRules) },
  { title: "RST with lost line breaks", rules: Object.values(collapsedRules) },
  { title: "PDF-derived text reader", rules: Object.values(pdfTextRules) },
  { title: "Early wiki text reader", rules: Object.values(wikiRules) },
  { title: "Shared extraction (history, fields, examples)", rules: Object.values(extractRules) },
  { title: "Normalise passes (every reader)", rules: Object.values(normaliseRules) },
  { title: "Merging releases", rules: Object.values(mergeRules) },
  { title: "Releases from git refs", rules: Object.values(gitRules) },
  { title: "Checking a tracking log (check)", rules: Object.values(checkRules) },
];

export const allRules: ReadonlyMap<string, Rule> = new Map(
  ruleGroups.flatMap((g) => g.rules.map((r) => [r.id, r] as const)),
);
