// Before a grid table's cells are traced, its lines are put on one character grid from the left
// edge, and edges that are merely misplaced are repaired (a right border one column off, a line
// that lost its right border, a table without a bottom border); the `=` header separator is found
// and turned into an ordinary border. Every repair is reported where it was made.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import { place, report } from "./grid-table-place.ts";
import { gridTableRules } from "./grid-table-rules.ts";
import type { GridDrawing } from "./grid-table-types.ts";
import { positionAt, type SourceLine } from "../../model/position.ts";

const BORDER = /^\+[-=+]*\+$/;
const HEADER_SEPARATOR = /^\+(?:=+\+)+$/;
const EDGE = new Set(["|", "+"]);

/** Puts the lines on one grid from the left edge and repairs right edges that are merely misplaced. */
export function normaliseBlock(
  lines: readonly SourceLine[],
  file: string,
  sink: DiagnosticSink,
): GridDrawing | undefined {
  const first = lines[0];
  const top = first?.text.trim() ?? "";
  if (!first || !BORDER.test(top) || lines.length < 2) {
    const at = positionAt(file, first?.start.line ?? 1, first?.start.column ?? 1);
    const what = first && BORDER.test(top) ? "has no body" : "does not start with a border line (`+---+`)";
    sink.report(gridTableRules["rst/grid-table-malformed"], `grid table ${what}`, at, "error");
    return undefined;
  }
  const left = first.start.column + (first.text.length - first.text.trimStart().length);
  const width = top.length;
  const block: GridDrawing = {
    file,
    rows: [],
    lines: lines.map((l) => l.start.line),
    lineEnds: lines.map((l) => l.start.column + l.text.length),
    left,
    width,
    reported: new Set(),
  };
  for (const l of lines) {
    const text = l.text.trimEnd();
    const offset = left - l.start.column;
    block.rows.push(offset >= 0 ? text.slice(offset) : " ".repeat(-offset) + text);
    if (offset > 0 && text.slice(0, offset).trim() !== "") {
      report(block, sink, block.rows.length - 1, 0, "text left of the grid table's left edge");
    }
  }
  for (let i = 1; i < block.rows.length; i++) repairRightEdge(block, i, sink);
  closeBottom(block, sink);
  findHeader(block, sink);
  return block;
}

function repairRightEdge(block: GridDrawing, i: number, sink: DiagnosticSink): void {
  const r = block.rows[i] ?? "";
  const w = block.width;
  const last = r.at(-1) ?? "";
  const edge = block.left + w - 1;
  if (!EDGE.has(r[0] ?? "")) report(block, sink, i, 0, "expected `|` or `+` at the grid table's left edge");
  if (r.length === w) {
    if (!EDGE.has(last)) report(block, sink, i, w - 1, `ragged right edge: expected \`|\` or \`+\` at column ${edge}`);
    return;
  }
  if (r.length < w) {
    const border = BORDER.test(r);
    report(
      block,
      sink,
      i,
      EDGE.has(last) ? r.length - 1 : r.length,
      `line is shorter than the grid table: its right border should be at column ${edge}`,
    );
    // A body line that lost its right border is closed; a misplaced border is moved to the edge.
    if (!EDGE.has(last)) block.rows[i] = r.startsWith("|") ? `${r.padEnd(w - 1)}|` : r.padEnd(w);
    else block.rows[i] = r.slice(0, -1).padEnd(w - 1, border ? "-" : " ") + last;
    return;
  }
  if (EDGE.has(r[w - 1] ?? "")) {
    report(block, sink, i, w, `text beyond the grid table's right border at column ${edge}`);
  } else if (EDGE.has(last) && r.slice(w - 1, -1).trim() === "") {
    report(block, sink, i, r.length - 1, `ragged right edge: the border should be at column ${edge}`);
    block.rows[i] = r.slice(0, w - 1) + last;
    return;
  } else {
    report(block, sink, i, w - 1, `ragged right edge: expected \`|\` or \`+\` at column ${edge}`);
    // A border drawn too long is cut back to the table's edge.
    if (BORDER.test(r)) {
      block.rows[i] = `${r.slice(0, w - 1)}+`;
      return;
    }
  }
  block.rows[i] = r.slice(0, w);
}

/** A table cut off before its bottom border gets one drawn under its last line. */
function closeBottom(block: GridDrawing, sink: DiagnosticSink): void {
  const last = block.rows.length - 1;
  const r = block.rows[last] ?? "";
  if (BORDER.test(r)) return;
  report(block, sink, last, 0, "grid table has no bottom border; the last line is closed as if it had one");
  const w = block.width;
  block.rows.push([...r.padEnd(w)].map((c, j) => (j === 0 || j === w - 1 || c === "|" ? "+" : "-")).join(""));
  block.lines.push(block.lines[last] ?? 0);
  block.lineEnds.push(block.lineEnds[last] ?? 1);
}

function findHeader(block: GridDrawing, sink: DiagnosticSink): void {
  const last = block.rows.length - 1;
  block.rows.forEach((r, i) => {
    if (!HEADER_SEPARATOR.test(r)) return;
    block.rows[i] = r.replaceAll("=", "-");
    const why =
      i === 0 || i === last
        ? "a `=` header separator on the table's edge is ignored"
        : block.headerSeparator === undefined
          ? undefined
          : `a second \`=\` header separator is ignored (the header ends at line ${block.lines[block.headerSeparator] ?? 0})`;
    if (why) sink.report(gridTableRules["rst/grid-table-header"], why, place(block, i, 0));
    else block.headerSeparator = i;
  });
}
