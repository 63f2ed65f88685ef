// Turns the lines of one chapter (page furniture removed) into blocks: numbered headings, event
// headings, labelled paragraphs ("Event Source: Server", "event **Member Fields:**"), paragraphs,
// "- " lists, tab-separated tables and fenced code. A line-based scanner: each line is looked at
// a bounded number of times, so the parse is linear in the size of the chapter.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { Block, LabelName, ListItem, TableRow } from "./block-types.ts";
import { spanAt, startOf, type SourceLine, type SourceSpan } from "../../model/position.ts";
import { eventHeadingNames } from "./event-heading.ts";
import { pdfTextRules } from "./rules.ts";
import { addRow, fitRow, isHeaderRow, isTableLine, splitCells } from "./tab-table.ts";

export interface ParseOptions {
  /** Names of the alphabetical event list: lets one-word headings ("book") be recognised. */
  knownNames: ReadonlySet<string>;
  /** Source lines where page furniture was removed. */
  pageBreaks: readonly number[];
}

const FENCE_OPEN = /^```(\S*)\s*$/;
const FENCE_CLOSE = /^```\s*$/;
const LIST_ITEM = /^( *)[-•] (.*)$/;
const NUMBERED_HEADING = /^(\d+(?:\.\d+)+)\s+(\S.*)$/;
const LABEL = /^(Event Source|Component|Type|Details|Note):\s*(.*)$/;
const HISTORY = /^History(?::\s*|\s+(?=Added|Updated|Prior|Changed))(.*)$/;
const MEMBER_FIELDS = /^(`?)(event|context)\1\s+(?:\*\*)?Member Fields:(?:\*\*)?\s*(.*)$/;
const EXAMPLE_TITLE = /^Example\b/;

/** From where `first` starts to the end of `last`'s line. */
function spanOf(first: SourceLine, last: SourceLine): SourceSpan {
  return spanAt(first.file, first.start.line, first.start.column, last.start.line);
}

function isBlank(line: SourceLine | undefined): boolean {
  return line !== undefined && line.text.trim() === "";
}

/** Classifies a paragraph by its text: labelled, member fields, a heading of some kind, or prose. */
function classifyParagraph(text: string, span: SourceSpan, options: ParseOptions): Block {
  const numbered = NUMBERED_HEADING.exec(text);
  if (numbered?.[1] && numbered[2] && !text.includes("\n")) {
    return {
      kind: "heading",
      number: numbered[1],
      depth: numbered[1].split(".").length,
      title: numbered[2].trim(),
      span,
    };
  }
  const member = MEMBER_FIELDS.exec(text);
  if (member?.[2]) {
    const rest = (member[3] ?? "").trim();
    const target = member[2] === "event" ? "event" : "context";
    return { kind: "member-fields", target, none: /^None\.?$/.test(rest), rest, span };
  }
  const label = LABEL.exec(text);
  if (label?.[1]) return { kind: "labelled", label: label[1] as LabelName, value: (label[2] ?? "").trim(), span };
  const history = HISTORY.exec(text);
  if (history) return { kind: "labelled", label: "History", value: (history[1] ?? "").trim(), span };
  if (EXAMPLE_TITLE.test(text) && text.length <= 120 && !text.endsWith(".")) {
    return { kind: "example-title", title: text, span };
  }
  const names = eventHeadingNames(text, options.knownNames);
  if (names) return { kind: "event-heading", title: text.replace(/\s*\n\s*/g, " "), names, span };
  if (!text.includes("\n") && text.length <= 80 && !/[.:?!,]$/.test(text) && /^[`*A-Z]/.test(text)) {
    return { kind: "subheading", title: text, span };
  }
  return { kind: "paragraph", text, span };
}

interface Cursor {
  lines: readonly SourceLine[];
  i: number;
  /** The page breaks as a set, built once per chapter (not once per code block). */
  breaks: ReadonlySet<number>;
}

function readList(c: Cursor): Block {
  const items: ListItem[] = [];
  const first = c.lines[c.i];
  let last = first;
  for (let line = c.lines[c.i]; line; line = c.lines[c.i]) {
    const m = LIST_ITEM.exec(line.text);
    if (!m) break;
    const depth = (m[1] ?? "").length > 0 ? 2 : 1;
    items.push({
      text: (m[2] ?? "").trim(),
      depth,
      span: spanOf(line, line),
    });
    last = line;
    c.i++;
  }
  if (!first || !last) throw new Error("readList called off a list item");
  return { kind: "list", items, span: spanOf(first, last) };
}

/** Index of the next non-blank line from `from`, or the length. */
function skipBlank(lines: readonly SourceLine[], from: number): number {
  let j = from;
  while (isBlank(lines[j])) j++;
  return j;
}

function readTable(c: Cursor, sink: DiagnosticSink): Block {
  const first = c.lines[c.i];
  if (!first) throw new Error("readTable called at the end");
  let header = splitCells(first.text);
  const rows: TableRow[] = [];
  if (isHeaderRow(header)) {
    c.i++;
  } else {
    sink.report(pdfTextRules["pdf-text/table-without-header"], "table rows without a header row", startOf(first));
    header = ["Field", "Type", "Details"];
  }
  let last = first;
  let continued = 0;
  for (;;) {
    for (let line = c.lines[c.i]; line && isTableLine(line); line = c.lines[c.i]) {
      addRow(rows, fitRow(splitCells(line.text), header.length, line, sink), line);
      last = line;
      c.i++;
    }
    // Rows after blank lines, without a header of their own, continue this table over a page break.
    const j = skipBlank(c.lines, c.i);
    const next = c.lines[j];
    if (!next || !isTableLine(next) || isHeaderRow(splitCells(next.text))) break;
    continued++;
    c.i = j;
  }
  return { kind: "table", header, rows, continued, span: spanOf(first, last) };
}

/** Trims blank lines at both ends of one part of a code block. */
function trimBlankEnds(part: SourceLine[]): SourceLine[] {
  let a = 0;
  let b = part.length;
  while (a < b && isBlank(part[a])) a++;
  while (b > a && isBlank(part[b - 1])) b--;
  return part.slice(a, b);
}

function readCode(c: Cursor, sink: DiagnosticSink): Block {
  const open = c.lines[c.i];
  if (!open) throw new Error("readCode called at the end");
  const language = FENCE_OPEN.exec(open.text)?.[1] ?? "";
  const code: SourceLine[] = [];
  const pageBreakLines: number[] = [];
  let parts = 0;
  let last = open;
  for (;;) {
    c.i++;
    const part: SourceLine[] = [];
    let closed = false;
    for (let line = c.lines[c.i]; line; line = c.lines[c.i]) {
      if (FENCE_CLOSE.test(line.text)) {
        closed = true;
        last = line;
        break;
      }
      part.push(line);
      last = line;
      c.i++;
    }
    const kept = trimBlankEnds(part);
    if (parts > 0 && kept.length > 0) pageBreakLines.push(code.length + 1);
    for (const line of kept) {
      const previous = code[code.length - 1];
      if (
        previous &&
        line.start.line - previous.start.line > 1 &&
        hasBreakBetween(c.breaks, previous.start.line, line.start.line)
      ) {
        if (pageBreakLines[pageBreakLines.length - 1] !== code.length + 1) pageBreakLines.push(code.length + 1);
      }
      code.push(line);
    }
    parts++;
    if (!closed) {
      sink.report(pdfTextRules["pdf-text/unclosed-code-block"], "code block is never closed", startOf(open));
      break;
    }
    c.i++;
    // A fence that reopens after blank lines only is the same block, split by a page break.
    const j = skipBlank(c.lines, c.i);
    const next = c.lines[j];
    if (!next || !FENCE_CLOSE.test(next.text)) break;
    sink.report(
      pdfTextRules["pdf-text/split-code-block"],
      `code block continues after a page break at line ${next.start.line}`,
      startOf(next),
    );
    c.i = j;
  }
  const text = code.map((l) => l.text).join("\n");
  return { kind: "code", language, code: text, parts, pageBreakLines, span: spanOf(open, last) };
}

function hasBreakBetween(breaks: ReadonlySet<number>, from: number, to: number): boolean {
  for (let n = from + 1; n < to; n++) if (breaks.has(n)) return true;
  return false;
}

function readParagraph(c: Cursor, options: ParseOptions): Block {
  const first = c.lines[c.i];
  if (!first) throw new Error("readParagraph called at the end");
  const texts: string[] = [];
  let last = first;
  for (let line = c.lines[c.i]; line; line = c.lines[c.i]) {
    if (isBlank(line) || isTableLine(line) || FENCE_OPEN.test(line.text) || LIST_ITEM.test(line.text)) break;
    if (texts.length > 0 && NUMBERED_HEADING.test(line.text)) break;
    texts.push(line.text.trim());
    last = line;
    c.i++;
  }
  return classifyParagraph(texts.join("\n"), spanOf(first, last), options);
}

/** Parses the lines of a chapter into blocks, in order. */
export function parseBlocks(lines: readonly SourceLine[], options: ParseOptions, sink: DiagnosticSink): Block[] {
  const blocks: Block[] = [];
  const c: Cursor = { lines, i: 0, breaks: new Set(options.pageBreaks) };
  while (c.i < lines.length) {
    const line = lines[c.i];
    if (!line) break;
    if (isBlank(line)) c.i++;
    else if (FENCE_OPEN.test(line.text)) blocks.push(readCode(c, sink));
    else if (isTableLine(line)) blocks.push(readTable(c, sink));
    else if (LIST_ITEM.test(line.text)) blocks.push(readList(c));
    else blocks.push(readParagraph(c, options));
  }
  return blocks;
}
