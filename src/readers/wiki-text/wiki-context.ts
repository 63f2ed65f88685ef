// What the table readers of one wiki file share: the sink, the evidence for name repairs, and the
// lines that reached the catalog or were skipped (for the source's coverage).
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { Rule } from "../../diagnostics/rule.ts";
import type { NameEvidence } from "./name-repair.ts";
import { linesOf, mergeLineSpans, type SourceSpan, lineSpan } from "../../model/position.ts";
import type { SkippedText } from "../reader.ts";

export interface WikiContext {
  file: string;
  sink: DiagnosticSink;
  fieldNames: NameEvidence;
  used: Set<number>;
  skipped: SkippedText[];
}

export function markUsed(ctx: WikiContext, line: number, endLine: number = line): void {
  for (let l = line; l <= endLine; l++) ctx.used.add(l);
}

/**
 * Reports a block the catalog has no place for (at its span, whose start column names where it
 * begins) and records its whole lines in the coverage.
 */
export function skipBlock(ctx: WikiContext, rule: Rule, message: string, span: SourceSpan): void {
  ctx.sink.report(rule, message, span);
  ctx.skipped.push({ position: linesOf(span), rule: rule.id, reason: message });
}

/** Contiguous ranges of the used lines, in order. */
export function usedRanges(file: string, used: ReadonlySet<number>): SourceSpan[] {
  return mergeLineSpans([...used].map((line) => lineSpan(file, line, line)));
}
