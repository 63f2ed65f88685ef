// The checker of a tracking log: fed one line at a time (from a file stream on the command line,
// from pasted text on the site), it keeps only aggregates — per event type, the shape of its
// payload and context; the common fields; the first place of each finding — so memory stays
// bounded whatever the size of the log. No I/O here: callers read the lines.
import { jsonFailure } from "../extract/json-parse-error.ts";
import { buildReport } from "./build-report.ts";
import type { CheckCatalog, CheckRelease } from "./check-index.ts";
import { createNameIndex, isPageView, type NameIndex, type Resolution } from "./name-index.ts";
import type { CheckReport } from "./report-schema.ts";
import { checkRules } from "./rules.ts";
import { addMembers, addValue, createShapeNode, type ShapeNode } from "./shape-tree.ts";

/** Distinct event types kept; lines of further types are counted, not analysed. */
const MAX_EVENT_TYPES = 5000;
const MAX_INVALID_LINES_LISTED = 100;
const PAGE_VIEW = "(page view)";
const COMMON_SKIP: ReadonlySet<string> = new Set(["event", "context"]);

export interface LogCheckerOptions {
  /** Release id or label; default: the newest release of the catalog. */
  release?: string | undefined;
}

export interface TypeEntry {
  eventType: string;
  eventSource: string | undefined;
  name: string | undefined;
  lines: number;
  firstLine: number;
  pageView: boolean;
  /** For page views: the first URL path seen. */
  exampleEventType: string | undefined;
  resolution: Resolution | undefined;
  payload: ShapeNode;
  context: ShapeNode;
}

export interface InvalidLine {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export interface FileState {
  file: string;
  lines: number;
  invalid: number;
  error: string | undefined;
}

/** Everything the report is built from. */
export interface CheckState {
  catalog: CheckCatalog;
  release: CheckRelease;
  names: NameIndex;
  files: FileState[];
  types: Map<string, TypeEntry>;
  common: ShapeNode;
  missingEventType: { count: number; firstLine: number };
  invalidLines: InvalidLine[];
  invalidCount: number;
  /** Per rule: how many lines, and the first one with its column and message. */
  lineProblems: Map<string, { count: number; firstLine: number; column: number; message: string }>;
  events: number;
  droppedTypes: number;
}

export interface LogChecker {
  /** One line of a log (without its line break); `lineNo` is 1-based. Blank lines are skipped. */
  addLine(text: string, lineNo: number, file: string): void;
  /** An input that could not be read at all (missing, empty, binary). */
  addFileError(file: string, message: string): void;
  report(): CheckReport;
}

/** A place packed into one number: file index and line. */
export const LINE_SPAN = 2 ** 32;
function packPlace(fileIndex: number, line: number): number {
  return fileIndex * LINE_SPAN + line;
}

/** The release a reference names (id or label, then either ignoring case). */
export function findCheckRelease<R extends CheckRelease>(
  catalog: { releases: readonly R[] },
  ref: string | undefined,
): R | undefined {
  if (ref === undefined) return catalog.releases[catalog.releases.length - 1];
  const lower = ref.toLowerCase();
  return (
    catalog.releases.find((r) => r.id === ref) ??
    catalog.releases.find((r) => r.label === ref) ??
    catalog.releases.find((r) => r.id.toLowerCase() === lower || r.label.toLowerCase() === lower)
  );
}

/** Throws a RangeError for a release the catalog does not hold: check it with findCheckRelease first. */
export function createLogChecker(catalog: CheckCatalog, options: LogCheckerOptions = {}): LogChecker {
  const release = findCheckRelease(catalog, options.release);
  if (!release) throw new RangeError(`unknown release "${options.release ?? ""}"`);
  const state: CheckState = {
    catalog,
    release,
    names: createNameIndex(catalog),
    files: [],
    types: new Map(),
    common: createShapeNode(),
    missingEventType: { count: 0, firstLine: -1 },
    invalidLines: [],
    invalidCount: 0,
    lineProblems: new Map(),
    events: 0,
    droppedTypes: 0,
  };
  const fileIndex = new Map<string, number>();
  const fileOf = (file: string): number => {
    let index = fileIndex.get(file);
    if (index === undefined) {
      index = state.files.length;
      fileIndex.set(file, index);
      state.files.push({ file, lines: 0, invalid: 0, error: undefined });
    }
    return index;
  };

  const invalid = (fileState: FileState, lineNo: number, column: number, rule: string, message: string): void => {
    fileState.invalid++;
    state.invalidCount++;
    const problem = state.lineProblems.get(rule);
    if (problem) problem.count++;
    else
      state.lineProblems.set(rule, { count: 1, firstLine: packPlace(fileOf(fileState.file), lineNo), column, message });
    if (state.invalidLines.length < MAX_INVALID_LINES_LISTED)
      state.invalidLines.push({ file: fileState.file, line: lineNo, column, rule, message });
  };

  const entryFor = (line: Record<string, unknown>, eventType: string, place: number): TypeEntry | undefined => {
    const source = typeof line["event_source"] === "string" ? line["event_source"] : undefined;
    const name = typeof line["name"] === "string" ? line["name"] : undefined;
    // A URL path is a page view, unless the line names its event (mobile events posted to a URL).
    const urlPath = isPageView(eventType);
    const key = urlPath ? `\u0001${name ?? PAGE_VIEW}\u0000${source ?? ""}` : `${eventType}\u0000${source ?? ""}`;
    const known = state.types.get(key);
    if (known) return known;
    if (state.types.size >= MAX_EVENT_TYPES) {
      state.droppedTypes++;
      return undefined;
    }
    const resolution = urlPath
      ? name !== undefined
        ? state.names.resolve(eventType, name)
        : undefined
      : state.names.resolve(eventType, name);
    const pageView = urlPath && resolution === undefined;
    const entry: TypeEntry = {
      eventType: pageView ? PAGE_VIEW : eventType,
      eventSource: source,
      name,
      lines: 0,
      firstLine: place,
      pageView,
      exampleEventType: urlPath ? eventType : undefined,
      resolution,
      payload: createShapeNode(),
      context: createShapeNode(),
    };
    state.types.set(key, entry);
    return entry;
  };

  return {
    addLine(text, lineNo, file) {
      const fi = fileOf(file);
      const fileState = state.files[fi] as FileState;
      if (text.length === 0 || text.trim().length === 0) return;
      fileState.lines++;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        const failure = jsonFailure(text);
        const message = failure?.message ?? (error instanceof Error ? error.message : String(error));
        invalid(
          fileState,
          lineNo,
          failure?.point.column ?? 1,
          checkRules["check/invalid-json"].id,
          `not JSON: ${message}`,
        );
        return;
      }
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        const what = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
        invalid(
          fileState,
          lineNo,
          1,
          checkRules["check/not-an-object"].id,
          `the line is JSON (${what}), not an object`,
        );
        return;
      }
      state.events++;
      const line = value as Record<string, unknown>;
      const place = packPlace(fi, lineNo);
      addMembers(state.common, line, place, COMMON_SKIP);
      const eventType = line["event_type"];
      if (typeof eventType !== "string") {
        if (state.missingEventType.count++ === 0) state.missingEventType.firstLine = place;
        return;
      }
      const entry = entryFor(line, eventType, place);
      if (!entry) return;
      entry.lines++;
      let payload = line["event"];
      if (typeof payload === "string" && !entry.pageView) {
        const first = payload.charCodeAt(0);
        if (first === 123 || first === 91) {
          try {
            payload = JSON.parse(payload);
          } catch {
            // A browser event whose payload is plain text (a query string): kept as a string.
          }
        }
      }
      if (payload !== undefined) addValue(entry.payload, payload, place);
      const context = line["context"];
      if (context !== undefined) addValue(entry.context, context, place);
    },
    addFileError(file, message) {
      const fileState = state.files[fileOf(file)] as FileState;
      fileState.error = message;
    },
    report() {
      return buildReport(state);
    },
  };
}
