// Step three of reading collapsed RST: what the RST reader says about the restored text (diagnostic
// places, provenance of events, fields, history and examples, used and skipped lines) is moved
// back onto the original text. Diagnostic positions leave here as flat ones (line 1, offset columns)
// for the mapper of original-lines.ts; the result's places are made true here.
import type { Point } from "unist";
import type { PositionMapper } from "../../diagnostics/diagnostic-sink.ts";
import { linesOf, lineSpan, positionAt, type SourcePosition, type SourceSpan, textSpan } from "../../model/position.ts";
import type { HistoryEntry } from "../../model/common-schema.ts";
import type { Field } from "../../model/field-schema.ts";
import type { ReadResult, SharedFieldsStatement } from "../reader.ts";
import { toOriginalColumn, toOriginalRange, type RestoredLine } from "./line-map.ts";
import type { OriginalLines } from "./original-lines.ts";

/** Positions in `file` moved from restored lines to flat positions of the original; other files pass through. */
export function restoredPositions(file: string, lines: readonly RestoredLine[]): PositionMapper {
  return (position) => (position.file === file ? remapPosition(position, lines) : position);
}

function remapPosition(position: SourcePosition, lines: readonly RestoredLine[]): SourcePosition {
  const { file, start, end } = position;
  const column = toOriginalColumn(lines, start.line, start.column);
  if (!end) return positionAt(file, 1, column);
  return positionAt(file, 1, column, {
    line: 1,
    column: toOriginalColumn(lines, end.line, end.column ?? Number.MAX_SAFE_INTEGER),
  });
}

function remapProvenance(
  p: SourceSpan,
  file: string,
  lines: readonly RestoredLine[],
  original: OriginalLines,
): SourceSpan {
  if (p.file !== file) return p;
  const range = toOriginalRange(lines, p.start.line, p.end.line);
  const columned = p.end.column !== undefined;
  const column = columned ? toOriginalColumn(lines, p.start.line, p.start.column) : range.column;
  const endColumn = p.end.column !== undefined ? toOriginalColumn(lines, p.end.line, p.end.column) : range.endColumn;
  const flat = positionAt(file, 1, column, { line: 1, column: Math.max(column, endColumn) });
  const moved = original.position(flat);
  return textSpan(moved.file, moved.start, {
    line: moved.end?.line ?? moved.start.line,
    column: moved.end?.column ?? moved.start.column,
  });
}

/** The result with every place in `file` moved to the original text; other files untouched. */
export function remapReadResult(
  result: ReadResult,
  file: string,
  lines: readonly RestoredLine[],
  original: OriginalLines,
): ReadResult {
  const prov = (p: SourceSpan): SourceSpan => remapProvenance(p, file, lines, original);
  const history = (h: HistoryEntry): HistoryEntry => (h.provenance ? { ...h, provenance: prov(h.provenance) } : h);
  const field = (f: Field): Field => ({
    ...f,
    fields: f.fields.map(field),
    history: f.history.map(history),
    provenance: prov(f.provenance),
  });
  const out: ReadResult = {
    events: result.events.map((e) => ({
      ...e,
      contextFields: e.contextFields.map(field),
      eventFields: e.eventFields.map(field),
      history: e.history.map(history),
      examples: e.examples.map((x) => ({ ...x, provenance: prov(x.provenance) })),
      provenance: prov(e.provenance),
      ...(e.sharedFields ? { sharedFields: e.sharedFields.map((st) => remapStatement(st, prov)) } : {}),
    })),
    commonFields: result.commonFields.map(field),
    used: remapUsed(result.used, file, lines, original),
    skipped: result.skipped.map((s) => {
      const { position } = s;
      if (position.file !== file) return s;
      const { column, endColumn } = toOriginalRange(lines, position.start.line, position.end.line);
      const moved = lineSpan(file, original.at(column).line, original.at(endColumn).line);
      return { ...s, position: moved, reason: `${s.reason} (${original.describe(column, endColumn)})` };
    }),
    eventList: result.eventList.map((e) => ({ ...e, provenance: prov(e.provenance) })),
  };
  if (result.patternNames)
    out.patternNames = result.patternNames.map((m) => ({ ...m, provenance: prov(m.provenance) }));
  if (result.truncation) {
    const t = result.truncation;
    const { start } = t.position;
    const at = original.at(toOriginalColumn(lines, start.line, start.column));
    out.truncation = t.position.file === file ? { ...t, position: positionAt(file, at.line, at.column) } : t;
  }
  return out;
}

/** A shared-fields statement's place and listed fields, moved like the fields they name. */
function remapStatement(st: SharedFieldsStatement, prov: (p: SourceSpan) => SourceSpan): SharedFieldsStatement {
  const p = prov(linesOf(st.position));
  return {
    ...st,
    position: positionAt(p.file, p.start.line, p.start.column, { line: p.end.line }),
    fields: st.fields === "all" ? "all" : st.fields.map((f) => ({ name: f.name, provenance: prov(f.provenance) })),
  };
}

/**
 * Used ranges of the file become the original text they cover, with columns (the original is
 * mostly one line, so lines alone would call all of it used), each once, in order.
 */
function remapUsed(
  used: ReadResult["used"],
  file: string,
  lines: readonly RestoredLine[],
  original: OriginalLines,
): ReadResult["used"] {
  const others = used.filter((u) => u.file !== file);
  const touched = new Map<string, { start: Point; end: Point }>();
  for (const u of used) {
    if (u.file !== file) continue;
    const { column, endColumn } = toOriginalRange(lines, u.start.line, u.end.line);
    const start = original.at(column);
    const end = original.at(endColumn);
    touched.set(`${start.line}:${start.column}-${end.line}:${end.column}`, { start, end });
  }
  const spans = [...touched.values()].sort(
    (a, b) =>
      a.start.line - b.start.line ||
      a.start.column - b.start.column ||
      a.end.line - b.end.line ||
      a.end.column - b.end.column,
  );
  return [...others, ...spans.map(({ start, end }): SourceSpan => ({ file, start, end }))];
}
