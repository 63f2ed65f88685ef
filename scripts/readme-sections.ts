// Generates the README sections that come from code (the diagnostics table, the diff change
// vocabulary) so they can never drift: `npm run readme` rewrites them, a test checks they are current.
import { ruleGroups } from "../src/diagnostics/rule-catalog.ts";
import { changeKindsTable } from "../src/diff/change-kinds.ts";

export interface GeneratedSection {
  name: string;
  body: string;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

export function diagnosticsSection(): GeneratedSection {
  const lines: string[] = [];
  for (const group of ruleGroups) {
    lines.push(`**${group.title}**`, "", "| rule | severity | meaning |", "|---|---|---|");
    for (const rule of [...group.rules].sort((a, b) => a.id.localeCompare(b.id))) {
      lines.push(`| \`${rule.id}\` | ${rule.severity} | ${escapeCell(rule.description)} |`);
    }
    lines.push("");
  }
  return { name: "diagnostics", body: lines.join("\n").trimEnd() };
}

export function replaceSection(readme: string, section: GeneratedSection): string {
  const start = `<!-- generated:${section.name}:start -->`;
  const end = `<!-- generated:${section.name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to === -1 || to < from) throw new Error(`README lacks the markers of section "${section.name}"`);
  return `${readme.slice(0, from + start.length)}\n${section.body}\n${readme.slice(to)}`;
}

export function generatedSections(): GeneratedSection[] {
  return [diagnosticsSection(), { name: "change-kinds", body: changeKindsTable() }];
}
