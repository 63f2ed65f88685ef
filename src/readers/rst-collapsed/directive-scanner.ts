// Reads one directive (`.. name:: argument :option: value … content`) out of collapsed text: the
// RST readers' one directive registry says where the argument and each option value end
// (directive-words.ts); the content kind says how far the content runs (JSON to its closing brace,
// a list-table to the next construct, split in rows and cells at its `* -` and `-` markers).
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { DirectiveContent, TableRow, WordSpan } from "./block-model.ts";
import { nextBoundary } from "./boundaries.ts";
import type { Word } from "./collapsed-words.ts";
import { directiveRegistry } from "../rst/directive-registry.ts";
import { argumentWords, contentKind, optionValueLength, type ContentKind } from "./directive-words.ts";
import { splitFlow } from "./flow-splitter.ts";
import { jsonExtent } from "./json-extent.ts";
import { collapsedRules } from "./rules.ts";
import { positionAt } from "../../model/position.ts";

export interface DirectiveRead {
  name: string;
  head: WordSpan;
  options: WordSpan[];
  content: DirectiveContent;
  /** Index of the first word after the directive. */
  end: number;
}

export function readDirective(
  text: string,
  words: readonly Word[],
  i: number,
  file: string,
  sink: DiagnosticSink,
): DirectiveRead {
  const name = (words[i + 1]?.text ?? "").replace(/::$/, "");
  const known = directiveRegistry.get(name);
  if (!known) {
    const w = words[i + 1];
    sink.report(
      collapsedRules["collapsed/unknown-directive"],
      `unknown directive "${name}": its content is taken to run until the next construct`,
      positionAt(file, 1, (w?.start ?? 0) + 1),
    );
  }
  // An unknown directive: no argument, options of one word, content to the next construct.
  let k = Math.min(i + 2 + (known ? argumentWords(known) : 0), words.length);
  const head = { from: i, to: k };
  const options: WordSpan[] = [];
  while (/^:[\w-]+:$/.test(words[k]?.text ?? "")) {
    const option = (words[k]?.text ?? "").slice(1, -1);
    const following = words.slice(k + 1, k + 12).map((w) => w.text);
    const length = optionValueLength(known?.options[option], following);
    options.push({ from: k, to: k + 1 + length });
    k += 1 + length;
  }
  const content = readContent(text, words, k, known ? contentKind(known) : "text", file, sink);
  return { name, head, options, content: content.content, end: content.end };
}

function readContent(
  text: string,
  words: readonly Word[],
  k: number,
  kind: ContentKind,
  file: string,
  sink: DiagnosticSink,
): { content: DirectiveContent; end: number } {
  if (kind === "none" || k >= words.length) return { content: { kind: "none" }, end: k };
  if (kind === "code" && /^[{[]/.test(words[k]?.text ?? "")) return readJson(text, words, k, file, sink);
  let end = nextBoundary(words, k, { stopAtLabels: true }).at;
  if (kind === "table" && words[k]?.text === "*" && words[k + 1]?.text === "-") {
    end = proseAfterTable(words, k, end);
    return { content: readTable(words, k, end), end };
  }
  if (kind === "code") {
    const first = words[k];
    const last = words[end - 1];
    if (!first || !last || end <= k) return { content: { kind: "none" }, end: k };
    return { content: { kind: "code", start: first.start, end: last.end, closed: true }, end };
  }
  return { content: { kind: "text", blocks: splitFlow(words, { from: k, to: end }) }, end };
}

function readJson(
  text: string,
  words: readonly Word[],
  k: number,
  file: string,
  sink: DiagnosticSink,
): { content: DirectiveContent; end: number } {
  const start = words[k]?.start ?? 0;
  const extent = jsonExtent(text, start);
  if (!extent.closed) {
    sink.report(
      collapsedRules["collapsed/unclosed-code-block"],
      "a JSON code block never closes its braces; its content runs to the end of the text",
      positionAt(file, 1, start + 1),
    );
  }
  // A word that straddles the closing brace ("},") stays whole inside the code.
  let end = k;
  while (end < words.length && (words[end]?.start ?? 0) < extent.end) end++;
  const codeEnd = Math.max(extent.end, words[end - 1]?.end ?? extent.end);
  return { content: { kind: "code", start, end: codeEnd, closed: extent.closed }, end };
}

/** "The ``x`` event also includes the following …": a paragraph about the event's fields, never a cell's words. */
const FIELDS_PROSE =
  /^The\s+``[^`]+``\s+events?\s+(?:type\s+)?(?:also\s+)?includes?\s+(?:the\s+following|the\s+same|many\s+of\s+the\s+same)\b/;

/**
 * Where a list-table's last row ends: the collapsed text has no indentation to say so, so a
 * sentence after a full stop that speaks of the event's fields ("The ``x`` event also includes
 * the following ``event`` member fields …") starts the prose after the table.
 */
function proseAfterTable(words: readonly Word[], from: number, to: number): number {
  let lastRow = from;
  for (let k = from; k < to; k++) if (words[k]?.text === "*" && words[k + 1]?.text === "-") lastRow = k;
  for (let k = lastRow + 2; k < to; k++) {
    if (words[k]?.text !== "The" || !/[.:]$/.test(words[k - 1]?.text ?? "")) continue;
    const sentence = words
      .slice(k, k + 12)
      .map((w) => w.text)
      .join(" ");
    if (FIELDS_PROSE.test(sentence)) return k;
  }
  return to;
}

/** Rows start at `* -`; within a row the first columns-1 lone `-` words separate the cells. */
function readTable(words: readonly Word[], from: number, to: number): DirectiveContent {
  const starts: number[] = [];
  for (let k = from; k < to; k++) {
    if (words[k]?.text === "*" && words[k + 1]?.text === "-") starts.push(k);
  }
  const columns = countColumns(words, starts[0] ?? from, starts[1] ?? to);
  const rows: TableRow[] = starts.map((start, n) => {
    const rowEnd = starts[n + 1] ?? to;
    const markers = [start];
    for (let k = start + 2; k < rowEnd && markers.length < columns; k++) {
      if (words[k]?.text === "-") markers.push(k);
    }
    return {
      marker: start,
      cells: markers.map((marker, c) => {
        const contentFrom = c === 0 ? marker + 2 : marker + 1;
        const contentTo = markers[c + 1] ?? rowEnd;
        return { marker, blocks: splitFlow(words, { from: contentFrom, to: contentTo }) };
      }),
    };
  });
  return { kind: "table", columns, rows };
}

/** Columns of a list-table: the lone `-` markers of its first (header) row. */
function countColumns(words: readonly Word[], start: number, end: number): number {
  let columns = 0;
  for (let k = start + 1; k < end; k++) if (words[k]?.text === "-") columns++;
  return Math.max(1, columns);
}
