// Step three of reading collapsed RST: what the RST reader says about the restored text (diagnostic
// places, provenance of events, fields, history and examples, used and skipped lines) is moved
// back onto the original single line, with columns.
import type { DiagnosticSink, Place } from "../../diagnostics/diagnostic-sink.ts";
import type { HistoryEntry, Provenance } from "../../model/common-schema.ts";
import type { Field } from "../../model/field-schema.ts";
import type { ReadResult } from "../reader.ts";
import { toOriginalColumn, toOriginalRange, type RestoredLine } from "./line-map.ts";

/** A sink that moves places in `file` from restored lines to the original line. */
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

export function remapProvenance(p: Provenance, file: string, lines: readonly RestoredLine[]): Provenance {
  if (p.file !== file) return p;
  const range = toOriginalRange(lines, p.line, p.endLine);
  const column = p.column !== undefined ? toOriginalColumn(lines, p.line, p.column) : range.column;
  const endColumn = p.endColumn !== undefined ? toOriginalColumn(lines, p.endLine, p.endColumn) : range.endColumn;
  return { file, line: 1, endLine: 1, column, endColumn: Math.max(column, endColumn) };
}

/** The result with every place in `file` moved to the original line; other files untouched. */
export function remapReadResult(result: ReadResult, file: string, lines: readonly RestoredLine[]): ReadResult {
  const prov = (p: Provenance): Provenance => remapProvenance(p, file, lines);
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
    })),
    commonFields: result.commonFields.map(field),
    used: remapUsed(result.used, file),
    skipped: result.skipped.map((s) => {
      if (s.file !== file) return s;
      const { column, endColumn } = toOriginalRange(lines, s.line, s.endLine);
      return { ...s, line: 1, endLine: 1, reason: `${s.reason} (columns ${column}-${endColumn})` };
    }),
    eventList: result.eventList.map((e) => ({ ...e, provenance: prov(e.provenance) })),
  };
  if (result.truncation) {
    const t = result.truncation;
    out.truncation = t.file === file ? { ...t, line: 1, column: toOriginalColumn(lines, t.line, t.column) } : t;
  }
  return out;
}

/** All used ranges of the one-line file become that line, once. */
function remapUsed(used: ReadResult["used"], file: string): ReadResult["used"] {
  const others = used.filter((u) => u.file !== file);
  return used.some((u) => u.file === file) ? [...others, { file, line: 1, endLine: 1 }] : others;
}
