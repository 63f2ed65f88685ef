// The report as text, like a linter's summary: the most frequent findings first, each with its
// count and an example place (`file:line`), then the event types and the releases the log is
// most consistent with. JSON output is the report itself.
import type { CheckReport, Finding } from "./report-schema.ts";

export const CHECK_FORMATS = ["text", "json"] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface TextOptions {
  /** Findings listed before "… and N more" (default 40). */
  maxFindings?: number;
  /** Event types listed (default 25). */
  maxEvents?: number;
  /** Releases listed in the consistency table (default 8). */
  maxReleases?: number;
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

function place(finding: Finding): string {
  return `${finding.example.file}:${finding.example.line}${finding.column !== undefined ? `:${finding.column}` : ""}`;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

export function renderCheckText(report: CheckReport, options: TextOptions = {}): string {
  const maxFindings = options.maxFindings ?? 40;
  const maxEvents = options.maxEvents ?? 25;
  const maxReleases = options.maxReleases ?? 8;
  const out: string[] = [];
  const t = report.totals;
  out.push(
    `checked ${plural(t.lines, "line")} in ${plural(report.files.length, "file")} against ${report.release.id} (${report.release.label}): ` +
      `${plural(t.eventTypes, "event type")}, ${plural(t.invalidLines, "unreadable line")}, ${plural(t.findings, "finding")}`,
  );
  for (const file of report.files)
    if (file.error !== undefined) out.push(`${file.file}: error check/unreadable-file ${file.error}`);
  for (const line of report.invalidLines)
    out.push(`${line.file}:${line.line}:${line.column}: error ${line.rule} ${line.message}`);
  if (t.invalidLines > report.invalidLines.length)
    out.push(`… and ${t.invalidLines - report.invalidLines.length} more unreadable lines`);
  const findings = report.findings.filter((f) => f.rule !== "check/invalid-json" && f.rule !== "check/not-an-object");
  if (findings.length > 0) {
    out.push("", "findings (most frequent first):");
    const width = Math.max(...findings.slice(0, maxFindings).map((f) => f.count.toLocaleString("en-US").length));
    for (const finding of findings.slice(0, maxFindings)) {
      out.push(
        `  ${finding.count.toLocaleString("en-US").padStart(width)}  ${finding.severity.padEnd(7)} ${finding.rule.padEnd(27)} ${finding.message}  (e.g. ${place(finding)})`,
      );
    }
    if (findings.length > maxFindings)
      out.push(`  … and ${findings.length - maxFindings} more (--format json lists them all)`);
  }
  if (report.events.length > 0) {
    out.push("", "event types (most frequent first):");
    for (const event of report.events.slice(0, maxEvents)) {
      const renamed =
        event.canonicalName !== undefined && event.canonicalName !== event.eventType ? ` → ${event.canonicalName}` : "";
      const as =
        event.pattern === undefined
          ? renamed
          : event.pattern === event.canonicalName
            ? `${renamed} (by its pattern)`
            : `${renamed} (by the pattern ${event.pattern})`;
      const source = event.eventSource !== undefined ? ` [${event.eventSource}]` : "";
      const note =
        event.note !== undefined
          ? ` (${event.note})`
          : event.exampleEventType !== undefined
            ? ` (e.g. ${event.exampleEventType})`
            : "";
      out.push(
        `  ${event.lines.toLocaleString("en-US").padStart(10)}  ${event.eventType}${source}${as}: ${event.status}${note}`,
      );
    }
    if (report.events.length > maxEvents) out.push(`  … and ${report.events.length - maxEvents} more`);
  }
  if (report.consistency.length > 0) {
    out.push("", "releases this log is consistent with (share of its event types and field paths each documents):");
    for (const row of report.consistency.slice(0, maxReleases)) {
      out.push(
        `  ${row.release.padEnd(16)} ${percent(row.eventTypes.share).padStart(6)} of ${row.eventTypes.total} event types, ${percent(row.fieldPaths.share).padStart(6)} of ${row.fieldPaths.total} field paths`,
      );
    }
    if (report.consistency.length > maxReleases)
      out.push(`  … and ${report.consistency.length - maxReleases} more releases`);
  }
  for (const note of report.truncated) out.push(`note: ${note}`);
  return `${out.join("\n")}\n`;
}
