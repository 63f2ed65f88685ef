// Step one of reading RST whose line breaks were collapsed into spaces: rebuild RST text with line
// breaks (titles between their adornments, directives with options and indented content,
// list-table rows and cells, labelled paragraphs, bullet lists, a commented-out section under its
// comment), with a map from every restored line back to the original columns.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { Block } from "./block-model.ts";
import { renderBlocks } from "./block-renderer.ts";
import { scanBlocks } from "./block-scanner.ts";
import { splitWords } from "./collapsed-words.ts";
import { foldCommentedSections } from "./comment-folding.ts";
import { renderLines, type RestoredLine } from "./line-map.ts";
import { checkTruncation, type TruncationFinding } from "./truncation-check.ts";

export interface RestoredText {
  /** The rebuilt RST, lines joined with "\n", ending with one newline. */
  text: string;
  /** One entry per restored line (1-based line n is lines[n - 1]). */
  lines: RestoredLine[];
  blocks: Block[];
  truncation?: TruncationFinding;
}

/**
 * Takes the collapsed text of `file` (all of it on one line) and reports its guesses to `sink` at
 * flat positions (line 1, columns of the whole text; see original-lines.ts).
 */
export function restoreLineBreaks(collapsed: string, file: string, sink: DiagnosticSink): RestoredText {
  const words = splitWords(collapsed);
  const blocks = foldCommentedSections(scanBlocks(collapsed, words, file, sink), words, file, sink);
  const lines = renderBlocks(blocks, words);
  const truncation = checkTruncation(collapsed, words, blocks);
  const text = `${renderLines(collapsed, lines)}\n`;
  return truncation ? { text, lines, blocks, truncation } : { text, lines, blocks };
}
