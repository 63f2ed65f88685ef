// The restored lines and their map back to the collapsed original. Each restored line is some
// indentation the reader added plus one verbatim slice of the original, so any restored (line,
// column) maps to one original offset, given as a flat column (original-lines.ts makes it true).

export interface RestoredLine {
  /** Spaces added in front of the slice. */
  indent: number;
  /** Offset (0-based) of the slice in the original text. */
  start: number;
  /** Offset just past the slice; equal to start for a blank line. */
  end: number;
}

export function blankLine(at: number): RestoredLine {
  return { indent: 0, start: at, end: at };
}

/** A line break left inside a slice becomes a space, so restored line n stays `lines[n - 1]`. */
export function renderLines(original: string, lines: readonly RestoredLine[]): string {
  const slice = (l: RestoredLine): string => original.slice(l.start, l.end).replace(/[\r\n]/g, " ");
  return lines.map((l) => (l.end > l.start ? " ".repeat(l.indent) + slice(l) : "")).join("\n");
}

/**
 * The 1-based original column of a restored (line, column). Added indentation maps to the first
 * character of the slice; a column past the end of the line maps to the last character.
 */
export function toOriginalColumn(lines: readonly RestoredLine[], line: number, column: number): number {
  const index = Math.min(Math.max(1, Math.trunc(line)), Math.max(1, lines.length)) - 1;
  const l = lines[index];
  if (!l) return 1;
  if (l.end === l.start) return l.start + 1;
  const inSlice = Math.min(Math.max(column - 1 - l.indent, 0), l.end - l.start - 1);
  return l.start + inSlice + 1;
}

/** The original columns (1-based, inclusive) of restored lines `line`..`endLine`, their text only. */
export function toOriginalRange(
  lines: readonly RestoredLine[],
  line: number,
  endLine: number,
): { column: number; endColumn: number } {
  const first = firstTextLine(lines, line, endLine);
  const last = lastTextLine(lines, line, endLine);
  const column = first ? first.start + 1 : toOriginalColumn(lines, line, 1);
  const endColumn = last ? last.end : column;
  return { column, endColumn: Math.max(column, endColumn) };
}

function firstTextLine(lines: readonly RestoredLine[], line: number, endLine: number): RestoredLine | undefined {
  for (let n = line; n <= endLine; n++) {
    const l = lines[n - 1];
    if (l && l.end > l.start) return l;
  }
  return undefined;
}

function lastTextLine(lines: readonly RestoredLine[], line: number, endLine: number): RestoredLine | undefined {
  for (let n = endLine; n >= line; n--) {
    const l = lines[n - 1];
    if (l && l.end > l.start) return l;
  }
  return undefined;
}
