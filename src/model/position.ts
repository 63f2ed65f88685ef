// The one shape of a place in a source file, for every stage: readers, extraction, normalise, merge
// and the diagnostics sink. It is unist's: a start point with a 1-based line and column (and a
// 0-based offset where a stage knows it), and an end point. The file is part of the position rather
// than of the sink or the reader's context, because one reading crosses files: an included file
// keeps its own name, and a release's passes report about values read from any of its files.
//
// Two habits of the sources shape the end, and differ from unist: the end is the *last* character
// (inclusive), as the catalog's provenance counts it, and a range of whole lines has an end line
// but no end column. A point (one place, no extent) has no end at all.
import type { Point } from "unist";
import type { PublishedProvenance } from "./common-schema.ts";

/** The last character of a range: its line, and its column where the range does not end with its line. */
export interface EndPoint {
  line: number;
  column?: number;
}

export interface SourcePosition {
  /** Path relative to the content folder, as diagnostics and provenance name it. */
  file: string;
  start: Point;
  end?: EndPoint;
}

/**
 * One line of source text and the position of its first character (a point: the line's text is
 * its extent). Every reader's lines are these; a reader may add what it knows of a line.
 */
export interface SourceLine extends SourcePosition {
  text: string;
}

/** A position that has an end: a node's or a block's lines (its end line at least). */
export type SourceSpan = SourcePosition & { end: EndPoint };

/** From `line`:`column` of `file` to the end of line `endLine`. */
export function spanAt(file: string, line: number, column: number, endLine: number): SourceSpan {
  return { file, start: { line, column }, end: { line: endLine } };
}

/** The whole lines of a position: from column 1 of its start line to the end of its end line. */
export function linesOf(position: SourcePosition): SourceSpan {
  return spanAt(position.file, position.start.line, 1, position.end?.line ?? position.start.line);
}

/** A position of one place, or of a range when `end` is given. */
export function positionAt(file: string, line: number, column: number, end?: EndPoint): SourcePosition {
  return end ? { file, start: { line, column }, end } : { file, start: { line, column } };
}

/**
 * The span a published provenance stands for. Lines alone (no columns) start at column 1 and end
 * with their end line, so `publishedProvenance(provenanceSpan(p))` is `p` again.
 */
export function provenanceSpan(p: PublishedProvenance): SourceSpan {
  const end: EndPoint = p.endColumn !== undefined ? { line: p.endLine, column: p.endColumn } : { line: p.endLine };
  return { file: p.file, start: { line: p.line, column: p.column ?? 1 }, end };
}

/**
 * The published form of a value's span (`provenance` in catalog.json, whose format stays as it
 * was): columns are written only where the span ends at a column, i.e. where lines alone do not
 * place the text. Offsets are not published.
 */
export function publishedProvenance(span: SourcePosition): PublishedProvenance {
  const endLine = span.end?.line ?? span.start.line;
  const out: PublishedProvenance = { file: span.file, line: span.start.line, endLine };
  if (span.end?.column !== undefined) {
    out.column = span.start.column;
    out.endColumn = span.end.column;
  }
  return out;
}

/** A span of whole lines, as the published provenance of lines reads back: column 1 to the end of `endLine`. */
export function lineSpan(file: string, line: number, endLine: number): SourceSpan {
  return spanAt(file, line, 1, endLine);
}

/**
 * The fewest spans of whole lines that cover `spans`, by file and line: overlapping or touching
 * ones are joined (a reader's used lines, kept small for the coverage report).
 */
export function mergeLineSpans(spans: readonly SourceSpan[]): SourceSpan[] {
  const sorted = [...spans].sort(
    (a, b) => a.file.localeCompare(b.file) || a.start.line - b.start.line || a.end.line - b.end.line,
  );
  const out: SourceSpan[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && last.file === span.file && span.start.line <= last.end.line + 1)
      last.end = { line: Math.max(last.end.line, span.end.line) };
    else out.push(linesOf(span));
  }
  return out;
}

/**
 * A span from one character to another (both inclusive), published with its columns. A point
 * (`end` omitted) ends where it starts.
 */
export function textSpan(file: string, start: Point, end: Point = start): SourceSpan {
  return { file, start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } };
}

/** The start of a position, as a point of its file (where a diagnostic names only where something begins). */
export function startOf(position: SourcePosition): SourcePosition {
  return { file: position.file, start: position.start };
}

/** The point (1-based line and column) of a 0-based offset in a text, clamped to the text. */
export function pointInText(text: string, offset: number): Point {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < clamped; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: clamped - lineStart + 1 };
}

/** The position of `text[offset]` when `text` begins at `origin` (its later lines start at column 1). */
export function positionInText(text: string, offset: number, origin: SourcePosition): SourcePosition {
  const lines = text.slice(0, offset).split("\n");
  const last = lines[lines.length - 1] ?? "";
  const { line, column } = origin.start;
  return lines.length === 1
    ? positionAt(origin.file, line, column + offset)
    : positionAt(origin.file, line + lines.length - 1, last.length + 1);
}
