// Generates the documentation sections that come from code (the diagnostics table, the diff change
// vocabulary) so they can never drift: `npm run readme` rewrites them in the site's documentation
// pages, a test checks they are current. Prettier leaves them alone (prettier-ignore markers).
import { ruleGroups } from "../src/pipeline/rule-catalog.ts";
import { changeKindsTable } from "../src/diff/change-kinds.ts";

export interface GeneratedSection {
  /** The page that holds the section, relative to the project root. */
  file: string;
  name: string;
  body: string;
}

const DOCS = "site/content/docs";

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
  return { file: `${DOCS}/diagnostics.md`, name: "diagnostics", body: lines.join("\n").trimEnd() };
}

export function replaceSection(page: string, section: GeneratedSection): string {
  const start = `<!-- generated:${section.name}:start -->`;
  const end = `<!-- generated:${section.name}:end -->`;
  const from = page.indexOf(start);
  const to = page.indexOf(end);
  if (from === -1 || to === -1 || to < from)
    throw new Error(`${section.file} lacks the markers of section "${section.name}"`);
  return `${page.slice(0, from + start.length)}\n${section.body}\n${page.slice(to)}`;
}

export function generatedSections(): GeneratedSection[] {
  return [
    diagnosticsSection(),
    { file: `${DOCS}/comparing-releases.md`, name: "change-kinds", body: changeKindsTable() },
  ];
}
