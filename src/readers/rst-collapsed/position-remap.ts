// Step three of reading collapsed RST: what the RST reader says about the restored text (diagnostic
// places, provenance of events, fields, history and examples, used and skipped lines) is moved
// back onto the original text. Diagnostics leave here as flat places (line 1, offset columns) for
// the sink of original-lines.ts; the result's places are made true here.
import type { DiagnosticSink, Place } from "../../diagnostics/diagnostic-sink.ts";
import type { HistoryEntry, Provenance } from "../../model/common-schema.ts";
import type { Field } from "../../model/field-schema.ts";
import type { ReadResult, SharedFieldsStatement } from "../reader.ts";
import { toOriginalColumn, toOriginalRange, type RestoredLine } from "./line-map.ts";
import type { OriginalLines } from "./original-lines.ts";

/** A sink that moves places in `file` from restored lines to flat places of the original. */
export function remappingSink(inner: DiagnosticSink, file: string, lines: readonly RestoredLine[]): DiagnosticSink {
  return {
    file: inner.file,
    get diagnostics() {
      return inner.diagnostics;
    },
    report(rule, message, place, severity) {
      inner.report(rule, message, inner.file === file ? remapPlace(place, lines) : place, severity);
    },
    forFile(other) {
      return other === file ? remappingSink(inner.forFile(other), file, lines) : inner.forFile(other);
    },
  };
}

export function remapPlace(place: Place, lines: readonly RestoredLine[]): Place {
  const out: Place = { line: 1, column: toOriginalColumn(lines, place.line, place.column) };
  if (place.endLine !== undefined || place.endColumn !== undefined) {
    out.endLine = 1;
    out.endColumn = toOriginalColumn(lines, place.endLine ?? place.line, place.endColumn ?? Number.MAX_SAFE_INTEGER);
  }
  return out;
}

export function remapProvenance(
  p: Provenance,
  file: string,
  lines: readonly RestoredLine[],
  original: OriginalLines,
): Provenance {
  if (p.file !== file) return p;
  const range = toOriginalRange(lines, p.line, p.endLine);
  const column = p.column !== undefined ? toOriginalColumn(lines, p.line, p.column) : range.column;
  const endColumn = p.endColumn !== undefined ? toOriginalColumn(lines, p.endLine, p.endColumn) : range.endColumn;
  const place = original.place({ line: 1, column, endLine: 1, endColumn: Math.max(column, endColumn) });
  return {
    file,
    line: place.line,
    endLine: place.endLine ?? place.line,
    column: place.column,
    endColumn: place.endColumn ?? place.column,
  };
}

/** The result with every place in `file` moved to the original text; other files untouched. */
export function remapReadResult(
  result: ReadResult,
  file: string,
  lines: readonly RestoredLine[],
  original: OriginalLines,
): ReadResult {
  const prov = (p: Provenance): Provenance => remapProvenance(p, file, lines, original);
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
      if (s.file !== file) return s;
      const { column, endColumn } = toOriginalRange(lines, s.line, s.endLine);
      const line = original.at(column).line;
      const endLine = original.at(endColumn).line;
      return { ...s, line, endLine, reason: `${s.reason} (${original.describe(column, endColumn)})` };
    }),
    eventList: result.eventList.map((e) => ({ ...e, provenance: prov(e.provenance) })),
  };
  if (result.patternNames)
    out.patternNames = result.patternNames.map((m) => ({ ...m, provenance: prov(m.provenance) }));
  if (result.truncation) {
    const t = result.truncation;
    out.truncation = t.file === file ? { ...t, ...original.at(toOriginalColumn(lines, t.line, t.column)) } : t;
  }
  return out;
}

/** A shared-fields statement's place and listed fields, moved like the fields they name. */
function remapStatement(st: SharedFieldsStatement, prov: (p: Provenance) => Provenance): SharedFieldsStatement {
  const place = prov({ file: st.place.file, line: st.place.line, endLine: st.place.endLine });
  return {
    ...st,
    place: { file: place.file, line: place.line, endLine: place.endLine, column: place.column ?? 1 },
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
  const touched = new Map<string, { file: string; line: number; endLine: number; column: number; endColumn: number }>();
  for (const u of used) {
    if (u.file !== file) continue;
    const { column, endColumn } = toOriginalRange(lines, u.line, u.endLine);
    const start = original.at(column);
    const end = original.at(endColumn);
    const range = { file, line: start.line, endLine: end.line, column: start.column, endColumn: end.column };
    touched.set(`${range.line}:${range.column}-${range.endLine}:${range.endColumn}`, range);
  }
  return [
    ...others,
    ...[...touched.values()].sort(
      (a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn,
    ),
  ];
}
