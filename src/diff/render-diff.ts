// Renders a release diff as plain text (terminal), Markdown (release notes) or JSON (tools; it
// conforms to diff.schema.json). Names and texts from the sources are escaped for Markdown, never
// interpreted.
import { describeChange, type PhraseStyle } from "./describe-change.ts";
import type { EventDiff, ReleaseDiff } from "./diff-schema.ts";

export type DiffFormat = "text" | "markdown" | "json";
export const DIFF_FORMATS: readonly DiffFormat[] = ["text", "markdown", "json"];

const PLAIN: PhraseStyle = { code: (s) => s, text: (s) => s, quote: (s) => `"${s}"` };

function mdCode(s: string): string {
  const clean = s.replace(/\s+/g, " ");
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}

function mdText(s: string): string {
  return s.replace(/\s+/g, " ").replace(/[\\`*_{}[\]<>()#+!|~&]/g, (ch) => `\\${ch}`);
}

const MARKDOWN: PhraseStyle = { code: mdCode, text: mdText, quote: (s) => `“${mdText(s)}”` };

function marker(e: EventDiff): string {
  switch (e.changes[0]?.kind) {
    case "event-added":
      return "+";
    case "event-removed":
      return "-";
    case "event-not-covered":
      return "?";
    default:
      return "~";
  }
}

function summaryLine(d: ReleaseDiff): string {
  const s = d.summary;
  return `${s.eventsAdded} added, ${s.eventsRemoved} removed, ${s.eventsRenamed} renamed, ${s.eventsChanged} changed, ${s.eventsNotCovered} not covered; ${s.differences} differences`;
}

function eventTitle(e: EventDiff): string {
  const written = [e.fromName, e.toName].filter((n): n is string => n !== undefined && n !== e.name);
  return written.length > 0 ? `${e.name} (${[...new Set(written)].join(", ")})` : e.name;
}

function diffToText(d: ReleaseDiff): string {
  const lines = [`Changes from ${d.from.id} (${d.from.label}) to ${d.to.id} (${d.to.label})`];
  if (d.event !== undefined) lines.push(`Event: ${d.event}`);
  lines.push(summaryLine(d), "");
  for (const e of d.events) {
    const [head, ...rest] = e.changes;
    const oneLine =
      rest.length === 0 &&
      head &&
      (head.kind === "event-added" || head.kind === "event-removed" || head.kind === "event-not-covered");
    if (oneLine) {
      lines.push(`${marker(e)} ${eventTitle(e)}: ${describeChange(head, PLAIN)}`);
      continue;
    }
    lines.push(`${marker(e)} ${eventTitle(e)}`);
    for (const c of e.changes) lines.push(`    ${describeChange(c, PLAIN)}`);
  }
  if (d.commonFields.length > 0) {
    lines.push("", "Common fields");
    for (const c of d.commonFields) lines.push(`    ${describeChange(c, PLAIN)}`);
  }
  if (d.events.length === 0 && d.commonFields.length === 0) lines.push("No differences.");
  return `${lines.join("\n")}\n`;
}

export function diffToMarkdown(d: ReleaseDiff): string {
  const out = [`# Changes from ${mdCode(d.from.id)} to ${mdCode(d.to.id)}`, ""];
  out.push(`From ${mdText(d.from.label)} (${d.from.date}) to ${mdText(d.to.label)} (${d.to.date}).`, "");
  if (d.event !== undefined) out.push(`Limited to the event ${mdCode(d.event)}.`, "");
  const s = d.summary;
  out.push("| added | removed | renamed | changed | not covered | differences |", "|---:|---:|---:|---:|---:|---:|");
  out.push(
    `| ${s.eventsAdded} | ${s.eventsRemoved} | ${s.eventsRenamed} | ${s.eventsChanged} | ${s.eventsNotCovered} | ${s.differences} |`,
    "",
  );
  for (const e of d.events) {
    const written = [e.fromName, e.toName].filter((n): n is string => n !== undefined && n !== e.name);
    const aka = written.length > 0 ? ` (${[...new Set(written)].map(mdCode).join(", ")})` : "";
    out.push(`## ${mdCode(e.name)}${aka}`, "");
    for (const c of e.changes) out.push(`- ${describeChange(c, MARKDOWN)}`);
    out.push("");
  }
  if (d.commonFields.length > 0) {
    out.push("## Common fields", "");
    for (const c of d.commonFields) out.push(`- ${describeChange(c, MARKDOWN)}`);
    out.push("");
  }
  if (d.events.length === 0 && d.commonFields.length === 0) out.push("No differences.", "");
  return out.join("\n");
}

function diffToJson(d: ReleaseDiff): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}

export function renderDiff(d: ReleaseDiff, format: DiffFormat): string {
  return format === "markdown" ? diffToMarkdown(d) : format === "json" ? diffToJson(d) : diffToText(d);
}
