// Parses one file of a release into its document tree: lines (merge-conflict markers taken out),
// block parser, section nesting.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import { parseBlocks } from "./block-parser.ts";
import { toRstLines } from "./line-source.ts";
import { dropMergeConflicts } from "./merge-conflicts.ts";
import { nestSections } from "./nest-sections.ts";
import { createParseContext, type ParseContext } from "./parse-context.ts";
import type { RstDocument } from "./rst-tree.ts";

export interface ParsedDocument {
  document: RstDocument;
  skipped: ParseContext["skipped"];
}

export function parseRstDocument(
  file: string,
  text: string,
  library: ReadonlyMap<string, string>,
  sink: DiagnosticSink,
): ParsedDocument {
  const ctx = createParseContext(sink, library);
  const flat = parseBlocks(dropMergeConflicts(toRstLines(file, text), ctx), ctx, false);
  return { document: { file, children: nestSections(flat) }, skipped: ctx.skipped };
}
