// The collapsed-RST reader around any RST reader: restore the line breaks, let the RST reader read
// the restored text through a sink that maps positions back, then map the result back and add what
// only the collapsed text shows (truncation, a commented-out section). Built as a factory so the
// mapping can be tested around a small stand-in RST reader.
import { type DiagnosticSink, mapPositions } from "../../diagnostics/diagnostic-sink.ts";
import { lineSpan, positionAt } from "../../model/position.ts";
import { mergeReadResults, type Reader, type ReaderInput, type ReadResult, type SourceText } from "../reader.ts";
import { blockEndOffset } from "./block-extent.ts";
import { splitWords } from "./collapsed-words.ts";
import { createOriginalLines, originalPositions, type OriginalLines } from "./original-lines.ts";
import { remapReadResult, restoredPositions } from "./position-remap.ts";
import { restoreLineBreaks, type RestoredText } from "./restore-line-breaks.ts";
import { collapsedRules } from "./rules.ts";

export type RstReadFunction = (input: ReaderInput, sink: DiagnosticSink) => ReadResult;

export function createCollapsedRstReader(readRst: RstReadFunction): Reader {
  return {
    format: "rst-collapsed",
    read(input, sink) {
      const results = input.files.map((file) => readCollapsedFile(file, input, sink, readRst));
      return mergeReadResults(results);
    },
  };
}

function readCollapsedFile(
  file: SourceText,
  input: ReaderInput,
  releaseSink: DiagnosticSink,
  readRst: RstReadFunction,
): ReadResult {
  const original = createOriginalLines(file.text);
  // Everything reported below is a flat position (line 1, offset columns); this sink makes it true.
  const sink = mapPositions(releaseSink, originalPositions(file.path, original));
  const restored = restoreLineBreaks(file.text, file.path, sink);
  const library = new Map(input.library);
  library.set(file.path, restored.text);
  const rstResult = readRst(
    { files: [{ path: file.path, text: restored.text }], library },
    mapPositions(sink, restoredPositions(file.path, restored.lines)),
  );
  const result = remapReadResult(rstResult, file.path, restored.lines, original);
  addCommentedOutSkips(result, file, restored, original);
  const truncation = restored.truncation;
  if (truncation) {
    const at = original.at(truncation.column);
    result.truncation = { position: positionAt(file.path, at.line, at.column), lastText: truncation.lastText };
    sink.report(
      collapsedRules["collapsed/truncated"],
      `the text stops before its end (${truncation.reasons.join(", ")}): "${truncation.lastText}"`,
      positionAt(file.path, 1, truncation.column),
    );
  }
  return result;
}

/** The commented-out section reached nothing: record it as skipped (its diagnostic came from step one). */
function addCommentedOutSkips(
  result: ReadResult,
  file: SourceText,
  restored: RestoredText,
  original: OriginalLines,
): void {
  const words = splitWords(file.text);
  for (const block of restored.blocks) {
    if (block.kind !== "comment" || block.children.length === 0) continue;
    const start = (words[block.span.from]?.start ?? 0) + 1;
    const end = blockEndOffset(block, words);
    const columns = `(${original.describe(start, end)})`;
    // The RST reader may already have skipped the same comment (it holds an event title).
    if (result.skipped.some((s) => s.reason.endsWith(columns))) continue;
    result.skipped.push({
      position: lineSpan(file.path, original.at(start).line, original.at(end).line),
      rule: collapsedRules["collapsed/commented-out-section"].id,
      reason: `commented-out section ${columns}`,
    });
  }
}
