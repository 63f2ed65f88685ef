// Turns the checker's aggregates into the report: each event type with its standing in the chosen
// release and its field paths checked against the documented ones, the common fields, the
// findings (most frequent first) and how consistent the log is with every release.
import type { CheckEvent } from "./check-index.ts";
import { checkConsistency, commonDocsFor, commonReleaseFor, docsForEvent } from "./consistency.ts";
import { acceptsKind, describeType, isNumberAsString, lookUpPath, type FieldDocs } from "./documented-fields.ts";
import { eventStanding, releaseOrder, snapshotIn, type ReleaseOrder } from "./event-status.ts";
import type { CheckState, TypeEntry } from "./log-checker.ts";
import { LINE_SPAN } from "./log-checker.ts";
import {
  CHECK_FORMAT_VERSION,
  type CheckReport,
  type EventReport,
  type FieldReport,
  type Finding,
  type LogPlace,
  type ObservedType,
} from "./report-schema.ts";
import { checkRules } from "./rules.ts";
import { OBSERVED_KINDS, anyOverflow, shapePaths, type ShapeNode } from "./shape-tree.ts";

type Rule = (typeof checkRules)[keyof typeof checkRules];

function placeOf(state: CheckState, packed: number): LogPlace {
  const fileIndex = Math.floor(packed / LINE_SPAN);
  return { file: state.files[fileIndex]?.file ?? "-", line: packed - fileIndex * LINE_SPAN };
}

function firstPlace(node: ShapeNode): number {
  let first = Infinity;
  for (const line of node.firstLine) if (line >= 0 && line < first) first = line;
  return first === Infinity ? 0 : first;
}

class FindingList {
  readonly items: Finding[] = [];
  constructor(private readonly state: CheckState) {}
  add(
    rule: Rule,
    message: string,
    count: number,
    packed: number,
    extra: Pick<Finding, "eventType" | "path" | "column"> = {},
  ): void {
    if (count <= 0) return;
    this.items.push({
      rule: rule.id,
      severity: rule.severity,
      message,
      count,
      example: placeOf(this.state, packed),
      ...extra,
    });
  }
}

interface PathCheck {
  prefix: string;
  root: ShapeNode;
  docs: FieldDocs | undefined;
  documentedIn: string | undefined;
}

function fieldReports(
  state: CheckState,
  check: PathCheck,
  findings: FindingList,
  eventType: string | undefined,
): FieldReport[] {
  const out: FieldReport[] = [];
  const status = new Map<string, FieldReport["status"]>();
  for (const { segments, node } of shapePaths(
    check.root,
    [check.prefix].filter((p) => p !== ""),
  )) {
    const path = segments.join(".");
    const observed: ObservedType[] = [];
    const report: FieldReport = { path, count: node.count, status: "not-checked", observed };
    if (check.docs === undefined) {
      for (const [i, kind] of OBSERVED_KINDS.entries()) {
        const count = node.kinds[i] ?? 0;
        if (count > 0) observed.push({ type: kind, count, example: placeOf(state, node.firstLine[i] ?? 0) });
      }
      out.push(report);
      continue;
    }
    const verdict = lookUpPath(segments, check.docs);
    report.status = verdict.status;
    if (check.documentedIn !== undefined) report.documentedIn = check.documentedIn;
    if (verdict.field) report.documentedType = describeType(verdict.field);
    const parentStatus = status.get(segments.slice(0, -1).join("."));
    status.set(path, verdict.status);
    const extra = eventType === undefined ? { path } : { eventType, path };
    const who = eventType === undefined ? path : `${eventType}: ${path}`;
    if (verdict.status === "undocumented" && parentStatus !== "undocumented") {
      findings.add(
        checkRules["check/undocumented-field"],
        `${who} is not documented in ${check.documentedIn ?? "any release"}`,
        node.count,
        firstPlace(node),
        extra,
      );
    }
    for (const [i, kind] of OBSERVED_KINDS.entries()) {
      const count = node.kinds[i] ?? 0;
      if (count === 0) continue;
      const example = node.firstLine[i] ?? 0;
      const entry: ObservedType = { type: kind, count, example: placeOf(state, example) };
      if (verdict.field && !verdict.anyType) {
        entry.matches = acceptsKind(verdict.field, kind);
        const documented = describeType(verdict.field);
        if (isNumberAsString(verdict.field, kind)) {
          findings.add(
            checkRules["check/number-as-string"],
            `${who} is documented as ${documented} but holds a number in a string`,
            count,
            example,
            extra,
          );
        } else if (!entry.matches) {
          findings.add(
            checkRules["check/type-mismatch"],
            `${who} is documented as ${documented} but holds ${kind}`,
            count,
            example,
            extra,
          );
        }
      }
      observed.push(entry);
    }
    out.push(report);
  }
  return out;
}

const STATUS_RULES: Partial<Record<EventReport["status"], Rule>> = {
  undocumented: checkRules["check/undocumented-event"],
  "added-later": checkRules["check/added-later"],
  "removed-earlier": checkRules["check/removed-earlier"],
  "not-in-release": checkRules["check/not-in-release"],
  "not-covered": checkRules["check/release-does-not-cover"],
};

interface ReportContext {
  order: ReleaseOrder;
  /** Per release, the release whose common-field table stands for it. */
  commonReleases: ReadonlyMap<string, string | undefined>;
  findings: FindingList;
}

function eventReport(state: CheckState, entry: TypeEntry, context: ReportContext): EventReport {
  const { order, commonReleases, findings } = context;
  const commonRelease = commonReleases.get(state.release.id);
  const report: EventReport = {
    eventType: entry.eventType,
    lines: entry.lines,
    example: placeOf(state, entry.firstLine),
    status: entry.pageView ? "page-view" : "undocumented",
    fields: [],
  };
  if (entry.eventSource !== undefined) report.eventSource = entry.eventSource;
  if (entry.name !== undefined) report.name = entry.name;
  if (entry.exampleEventType !== undefined) report.exampleEventType = entry.exampleEventType;
  const commonContext = commonDocsFor(state.catalog, commonRelease, "context");
  let payloadDocs: FieldDocs | undefined;
  let contextDocs: FieldDocs = commonContext;
  let documentedIn = commonRelease;
  const resolution = entry.resolution;
  if (resolution) {
    const event: CheckEvent = resolution.event;
    const standing = eventStanding(event, state.release, order);
    report.status = standing.status;
    report.eventId = event.id;
    report.canonicalName = event.name;
    report.resolvedBy = resolution.resolvedBy;
    report.firstRelease = event.firstRelease;
    report.lastRelease = event.lastRelease;
    report.fieldsFrom = standing.snapshotRelease;
    if (standing.note !== undefined) report.note = standing.note;
    // The status is the pattern's event's; the name the line carries is written in no release.
    if (resolution.resolvedBy === "pattern")
      report.note = ["this name itself is documented in no release", standing.note].filter(Boolean).join("; ");
    if (resolution.via !== undefined) {
      if (resolution.resolvedBy === "pattern") report.pattern = resolution.via;
      else report.alias = resolution.via;
    }
    const snapshot = snapshotIn(event, standing.snapshotRelease, entry.eventSource);
    // An event checked against another release is checked against that release's common context too.
    const ownCommon =
      standing.snapshotRelease === state.release.id
        ? commonContext
        : commonDocsFor(state.catalog, commonReleases.get(standing.snapshotRelease), "context");
    const docs = docsForEvent(snapshot, ownCommon);
    payloadDocs = docs.payload;
    contextDocs = docs.context;
    documentedIn = standing.snapshotRelease;
  } else if (!entry.pageView) {
    report.note = "documented in no release";
  }
  const rule = STATUS_RULES[report.status];
  if (rule) {
    const message =
      report.status === "undocumented"
        ? `event type "${entry.eventType}" is documented in no release`
        : report.status === "not-covered"
          ? `"${entry.eventType}": ${report.note ?? ""}`
          : `"${entry.eventType}" is not in ${state.release.id}: ${report.note ?? ""}`;
    findings.add(rule, message, entry.lines, entry.firstLine, { eventType: entry.eventType });
  }
  const checked = resolution !== undefined;
  report.fields = [
    ...fieldReports(
      state,
      { prefix: "event", root: entry.payload, docs: checked ? payloadDocs : undefined, documentedIn },
      findings,
      entry.eventType,
    ),
    ...fieldReports(
      state,
      { prefix: "context", root: entry.context, docs: contextDocs, documentedIn },
      findings,
      entry.eventType,
    ),
  ];
  return report;
}

function byCount<T extends { count?: number; lines?: number }>(a: T, b: T): number {
  return (b.count ?? b.lines ?? 0) - (a.count ?? a.lines ?? 0);
}

export function buildReport(state: CheckState): CheckReport {
  const order = releaseOrder(state.catalog.releases);
  const findings = new FindingList(state);
  const commonReleases = commonReleaseFor(state.catalog);
  const commonRelease = commonReleases.get(state.release.id);
  const entries = [...state.types.values()];
  const events = entries.map((entry) => eventReport(state, entry, { order, commonReleases, findings }));
  events.sort((a, b) => byCount(a, b) || (a.eventType < b.eventType ? -1 : a.eventType > b.eventType ? 1 : 0));
  const commonDocs = commonDocsFor(state.catalog, commonRelease, "");
  const commonFields = fieldReports(
    state,
    { prefix: "", root: state.common, docs: commonDocs, documentedIn: commonRelease },
    findings,
    undefined,
  );
  for (const [id, problem] of state.lineProblems) {
    const rule = Object.values(checkRules).find((r) => r.id === id);
    if (rule)
      findings.add(
        rule,
        problem.count > 1 ? `${problem.message} (first of ${problem.count} such lines)` : problem.message,
        problem.count,
        problem.firstLine,
        { column: problem.column },
      );
  }
  if (state.missingEventType.count > 0) {
    findings.add(
      checkRules["check/missing-event-type"],
      "line has no string event_type",
      state.missingEventType.count,
      state.missingEventType.firstLine,
    );
  }
  const sortedFindings = findings.items
    .map((f, i) => ({ f, i }))
    .sort((a, b) => byCount(a.f, b.f) || a.i - b.i)
    .map(({ f }) => f);
  const truncated: string[] = [];
  if (state.droppedTypes > 0)
    truncated.push(
      `more than ${state.types.size} distinct event types: ${state.droppedTypes} lines of further types were counted but not analysed`,
    );
  if (entries.some((e) => anyOverflow(e.payload) || anyOverflow(e.context)) || anyOverflow(state.common)) {
    truncated.push(
      "an object level had more distinct member names than are kept; the further names are counted under `*`",
    );
  }
  const report: CheckReport = {
    formatVersion: CHECK_FORMAT_VERSION,
    release: { id: state.release.id, label: state.release.label },
    files: state.files.map((f) => ({
      file: f.file,
      lines: f.lines,
      invalid: f.invalid,
      ...(f.error !== undefined ? { error: f.error } : {}),
    })),
    totals: {
      lines: state.files.reduce((n, f) => n + f.lines, 0),
      events: state.events,
      invalidLines: state.invalidCount,
      eventTypes: events.length,
      findings: sortedFindings.filter((f) => f.severity !== "info").length,
    },
    findings: sortedFindings,
    invalidLines: state.invalidLines,
    events,
    commonFields,
    consistency: checkConsistency(state, events, commonFields),
    truncated,
  };
  if (commonRelease !== undefined) report.commonFieldsFrom = commonRelease;
  return report;
}
