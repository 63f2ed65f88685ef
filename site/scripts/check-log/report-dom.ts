// The check report as page content: the findings (most frequent first, each linking to its
// event's page), the unreadable lines, the event types and the releases the log is consistent
// with. Built with DOM calls and textContent only, so nothing from the log becomes markup.
import type { CheckReport, EventReport, Finding } from "../../../src/check/report-schema.ts";

export interface ReportLinks {
  event(id: string): string;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function heading(text: string, id: string): HTMLHeadingElement {
  const h = el("h2", text, { id });
  return h;
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

function place(f: Finding): string {
  return `${f.example.file}:${f.example.line}${f.column !== undefined ? `:${f.column}` : ""}`;
}

function eventLink(event: EventReport | undefined, text: string, links: ReportLinks): HTMLElement {
  if (!event?.eventId) return el("code", text);
  const a = el("a", undefined, { href: links.event(event.eventId) });
  a.append(el("code", text));
  return a;
}

function findingsList(report: CheckReport, byType: Map<string, EventReport>, links: ReportLinks): HTMLElement {
  const list = el("ol", undefined, { class: "check-findings", "data-findings": "" });
  for (const f of report.findings) {
    const item = el("li", undefined, { "data-rule": f.rule, "data-severity": f.severity });
    item.append(el("span", f.severity, { class: `check-severity check-${f.severity}` }), " ", el("code", f.rule), " ");
    const event = f.eventType !== undefined ? byType.get(f.eventType) : undefined;
    if (f.eventType !== undefined) item.append(eventLink(event, f.eventType, links), ": ");
    item.append(
      el("span", f.message),
      " ",
      el("span", `${f.count} line${f.count === 1 ? "" : "s"}, e.g. ${place(f)}`, { class: "muted" }),
    );
    list.append(item);
  }
  return list;
}

function eventsTable(report: CheckReport, links: ReportLinks): HTMLElement {
  const table = el("table", undefined, { class: "check-events" });
  const head = el("tr");
  for (const h of ["Event type", "Lines", "Status", "Resolved to"]) head.append(el("th", h, { scope: "col" }));
  table.append(el("thead"), el("tbody"));
  table.tHead?.append(head);
  for (const e of report.events) {
    const row = el("tr", undefined, { "data-event-type": e.eventType, "data-status": e.status });
    const name = el("th", undefined, { scope: "row" });
    name.append(eventLink(e, e.eventType, links));
    if (e.exampleEventType) name.append(" ", el("span", `e.g. ${e.exampleEventType}`, { class: "muted" }));
    const resolved = el("td");
    if (e.canonicalName !== undefined)
      resolved.append(
        eventLink(e, e.canonicalName, links),
        e.pattern !== undefined ? ` (by the pattern ${e.pattern})` : e.resolvedBy ? ` (by ${e.resolvedBy})` : "",
      );
    row.append(
      name,
      el("td", e.lines.toLocaleString("en-US")),
      el("td", e.note ? `${e.status}: ${e.note}` : e.status),
      resolved,
    );
    table.tBodies[0]?.append(row);
  }
  // On a narrow screen the table scrolls inside its box, not the page.
  const box = el("div", undefined, { class: "table-wrap" });
  box.append(table);
  return box;
}

function consistencyList(report: CheckReport): HTMLElement {
  const list = el("ol", undefined, { class: "check-consistency" });
  for (const row of report.consistency.slice(0, 8)) {
    list.append(
      el(
        "li",
        `${row.release} (${row.label}): ${percent(row.eventTypes.share)} of ${row.eventTypes.total} event types, ${percent(row.fieldPaths.share)} of ${row.fieldPaths.total} field paths`,
        { "data-release": row.release },
      ),
    );
  }
  return list;
}

/** A one-sentence summary, for the status line. */
export function reportSummary(report: CheckReport): string {
  const t = report.totals;
  return `Checked ${t.lines} lines against ${report.release.id} (${report.release.label}): ${t.eventTypes} event types, ${t.invalidLines} unreadable lines, ${t.findings} findings.`;
}

export function reportToDom(report: CheckReport, links: ReportLinks): DocumentFragment {
  const out = document.createDocumentFragment();
  const byType = new Map(report.events.map((e) => [e.eventType, e]));
  const errors = report.files.filter((f) => f.error !== undefined);
  if (errors.length > 0) {
    const list = el("ul", undefined, { "data-file-errors": "" });
    for (const f of errors) list.append(el("li", `${f.file}: ${f.error ?? ""}`));
    out.append(heading("Unreadable inputs", "check-unreadable-inputs"), list);
  }
  if (report.invalidLines.length > 0) {
    const list = el("ul", undefined, { "data-invalid-lines": "" });
    for (const l of report.invalidLines)
      list.append(el("li", `${l.file}:${l.line}:${l.column} ${l.rule} ${l.message}`));
    out.append(heading("Unreadable lines", "check-unreadable-lines"), list);
  }
  out.append(heading("Findings", "check-findings"));
  out.append(
    report.findings.length > 0
      ? findingsList(report, byType, links)
      : el("p", "No findings: every event type and field path is documented with the types seen."),
  );
  const wrap = el("div", undefined, { class: "table-wrap" });
  wrap.append(eventsTable(report, links));
  out.append(heading("Event types", "check-event-types"), wrap);
  out.append(heading("Releases this log is consistent with", "check-consistency"), consistencyList(report));
  for (const note of report.truncated) out.append(el("p", `Note: ${note}`));
  return out;
}
