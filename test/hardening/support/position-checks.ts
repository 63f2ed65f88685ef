// Checks that every place a reader hands back (diagnostic, provenance, used or skipped range,
// truncation) points inside the text it was given. Returns readable problems rather than throwing,
// so a failing property names every bad place at once.
import type { Diagnostic } from "../../../src/model/diagnostic-schema.ts";
import type { Field } from "../../../src/model/field-schema.ts";
import { publishedProvenance, type SourceSpan } from "../../../src/model/position.ts";
import type { ReadResult } from "../../../src/readers/reader.ts";

/** Line lengths of a text, split the way the readers number lines (1-based, "\n" separated). */
function lineLengths(text: string): number[] {
  return text.split("\n").map((line) => line.length);
}

interface Span {
  file: string;
  line: number;
  column?: number | undefined;
  endLine?: number | undefined;
  endColumn?: number | undefined;
}

function spanProblems(what: string, span: Span, path: string, lengths: readonly number[]): string[] {
  const problems: string[] = [];
  const where = `${what} at ${span.line}:${span.column ?? "-"}..${span.endLine ?? "-"}:${span.endColumn ?? "-"}`;
  if (span.file !== path) problems.push(`${where}: file "${span.file}" is not the input "${path}"`);
  const lineOk = Number.isInteger(span.line) && span.line >= 1 && span.line <= lengths.length;
  if (!lineOk) problems.push(`${where}: line ${span.line} is outside 1..${lengths.length}`);
  if (span.column !== undefined && lineOk) {
    const max = (lengths[span.line - 1] ?? 0) + 1;
    if (!Number.isInteger(span.column) || span.column < 1 || span.column > max) {
      problems.push(`${where}: column ${span.column} is outside 1..${max}`);
    }
  }
  if (span.endLine !== undefined) {
    const endOk = Number.isInteger(span.endLine) && span.endLine >= span.line && span.endLine <= lengths.length;
    if (!endOk) problems.push(`${where}: endLine ${span.endLine} is outside ${span.line}..${lengths.length}`);
    if (span.endColumn !== undefined && endOk) {
      const max = (lengths[span.endLine - 1] ?? 0) + 1;
      const min = span.endLine === span.line && span.column !== undefined ? span.column : 1;
      if (!Number.isInteger(span.endColumn) || span.endColumn < min || span.endColumn > max) {
        problems.push(`${where}: endColumn ${span.endColumn} is outside ${min}..${max}`);
      }
    }
  }
  return problems;
}

export function diagnosticProblems(diagnostics: readonly Diagnostic[], path: string, text: string): string[] {
  const lengths = lineLengths(text);
  return diagnostics.flatMap((d) => spanProblems(`diagnostic ${d.rule} "${d.message.slice(0, 80)}"`, d, path, lengths));
}

function provenanceProblems(what: string, p: SourceSpan, path: string, lengths: readonly number[]): string[] {
  return spanProblems(`${what} provenance`, publishedProvenance(p), path, lengths);
}

function fieldProblems(owner: string, fields: readonly Field[], path: string, lengths: readonly number[]): string[] {
  return fields.flatMap((f) => {
    const name = `${owner}.${f.name}`;
    return [
      ...provenanceProblems(`field ${name}`, f.provenance, path, lengths),
      ...f.history.flatMap((h) =>
        h.provenance ? provenanceProblems(`history of ${name}`, h.provenance, path, lengths) : [],
      ),
      ...fieldProblems(name, f.fields, path, lengths),
    ];
  });
}

/** Every place in a reader's result: events, fields at any depth, examples, history, lists, ranges. */
export function resultProblems(result: ReadResult, path: string, text: string): string[] {
  const lengths = lineLengths(text);
  const problems: string[] = [];
  for (const event of result.events) {
    const name = event.names.join("/") || "(unnamed)";
    problems.push(...provenanceProblems(`event ${name}`, event.provenance, path, lengths));
    problems.push(...fieldProblems(`${name} context`, event.contextFields, path, lengths));
    problems.push(...fieldProblems(`${name} event`, event.eventFields, path, lengths));
    for (const example of event.examples)
      problems.push(...provenanceProblems(`example of ${name}`, example.provenance, path, lengths));
    for (const entry of event.history) {
      if (entry.provenance) problems.push(...provenanceProblems(`history of ${name}`, entry.provenance, path, lengths));
    }
  }
  problems.push(...fieldProblems("common", result.commonFields, path, lengths));
  for (const entry of result.eventList)
    problems.push(...provenanceProblems(`event list entry ${entry.name}`, entry.provenance, path, lengths));
  for (const range of result.used)
    problems.push(...spanProblems("used range", publishedProvenance(range), path, lengths));
  for (const block of result.skipped)
    problems.push(...spanProblems(`skipped block (${block.rule})`, publishedProvenance(block.position), path, lengths));
  if (result.truncation)
    problems.push(...spanProblems("truncation", publishedProvenance(result.truncation.position), path, lengths));
  return problems;
}
