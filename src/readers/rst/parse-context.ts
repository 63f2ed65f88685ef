// The state one document parse shares between the block parser's states: the sink, the files an
// include may read, the title styles seen so far (docutils assigns section levels by order of first
// appearance), and the blocks that were skipped. Created per document; never module-level.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { Rule } from "../../diagnostics/rule.ts";
import type { BlockNode, RstLine } from "./rst-tree.ts";
import { linesOf, positionAt, type SourcePosition, type SourceSpan, spanAt } from "../../model/position.ts";
import type { SkippedText } from "../reader.ts";

export interface ParseContext {
  sink: DiagnosticSink;
  library: ReadonlyMap<string, string>;
  titleStyles: string[];
  currentLevel: number;
  skipped: SkippedText[];
}

export function createParseContext(sink: DiagnosticSink, library: ReadonlyMap<string, string>): ParseContext {
  return { sink, library, titleStyles: [], currentLevel: 0, skipped: [] };
}

/** Parses a run of (already dedented) lines into blocks; `nested` blocks cannot hold sections. */
export type BlockParser = (lines: readonly RstLine[], ctx: ParseContext, nested: boolean) => BlockNode[];

export interface TransitionResult {
  nodes: BlockNode[];
  /** Index of the first line after the construct. */
  next: number;
  /** Lines to insert at `next` (the text of an included file). */
  insert?: RstLine[];
}

/** One row of a state's transition table: tried in order at the first line of a block. */
export interface Transition {
  name: string;
  run(
    lines: readonly RstLine[],
    start: number,
    ctx: ParseContext,
    nested: boolean,
    parse: BlockParser,
  ): TransitionResult | undefined;
}

/** Reports at the start of `at` (a line, or a place in one), to the end of `endLine` when given. */
export function reportAt(ctx: ParseContext, rule: Rule, message: string, at: SourcePosition, endLine?: number): void {
  const end = endLine === undefined ? undefined : { line: endLine };
  ctx.sink.report(rule, message, positionAt(at.file, at.start.line, at.start.column, end));
}

/**
 * Reports a block that is not read and records it among the skipped blocks of its file; the
 * diagnostic may point elsewhere in the block (`reportedAt`, e.g. a section's title).
 */
export function skipSpan(
  ctx: Pick<ParseContext, "sink" | "skipped">,
  rule: Rule,
  reason: string,
  span: SourceSpan,
  reportedAt: SourcePosition = span,
): void {
  ctx.sink.report(rule, reason, reportedAt);
  ctx.skipped.push({ position: linesOf(span), rule: rule.id, reason });
}

export function skipBlock(ctx: ParseContext, rule: Rule, reason: string, first: RstLine, endLine: number): void {
  skipSpan(ctx, rule, reason, spanAt(first.file, first.start.line, first.start.column, endLine));
}
