// Reporting a break in a grid table's drawing at its true place: a place in the character grid
// (row, column of the block) maps back to a source line and column, and each line is reported once.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { GridDrawing } from "./grid-table-types.ts";
import { gridTableRules } from "./grid-table-rules.ts";
import { positionAt, type SourcePosition } from "../../model/position.ts";

export function place(block: GridDrawing, i: number, j: number): SourcePosition {
  const lastColumn = block.lineEnds[i] ?? block.lineEnds.at(-1) ?? 1;
  return positionAt(block.file, block.lines[i] ?? block.lines.at(-1) ?? 1, Math.min(block.left + j, lastColumn));
}

export function report(block: GridDrawing, sink: DiagnosticSink, i: number, j: number, message: string): void {
  const at = place(block, i, j);
  if (block.reported.has(at.start.line)) return;
  block.reported.add(at.start.line);
  sink.report(gridTableRules["rst/grid-table-malformed"], message, at);
}
