import { spanAt, type SourceSpan } from "../../model/position.ts";
// The document tree the block parser builds and extraction walks. Like a docutils doctree it
// keeps inline markup as text; unlike it, every node carries the place of its text (file, line,
// column, last line), so that every catalog value can say where it was read from, and an
// included file keeps its own name.

export interface SourceLine {
  text: string;
  file: string;
  /** 1-based line in `file`. */
  line: number;
  /** 1-based column of `text[0]` in the file (grows when a nested block is dedented). */
  column: number;
  /** Files being included when this line was read, outermost first (cycle detection). */
  includeChain: readonly string[];
}

/** A node's place: where its text starts, and its last line (in the same file). */
export type NodePosition = SourceSpan;

/** A node's position: from `line`:`column` of `file` to the end of line `endLine`. */
export const nodePosition = spanAt;

interface NodeBase {
  position: NodePosition;
}

export interface SectionNode extends NodeBase {
  type: "section";
  title: string;
  /** 1 for the document title; styles get levels in order of first appearance. */
  level: number;
  /** Adornment style, e.g. "=/=" (over and under) or "-" (under only). */
  style: string;
  /** Labels of the `.. _label:` targets just before the title. */
  labels: string[];
  titlePosition: NodePosition;
  children: BlockNode[];
}

/** Where one line of a node's text starts: `text` is its lines joined with "\n", in order. */
export interface TextLine {
  file: string;
  line: number;
  /** 1-based column of the line's first character. */
  column: number;
}

export interface ParagraphNode extends NodeBase {
  type: "paragraph";
  text: string;
  /** The place of each line of `text`, so that an offset in it finds its exact place. */
  lines: TextLine[];
}

export interface ListItemNode extends NodeBase {
  type: "listItem";
  children: BlockNode[];
}

export interface ListNode extends NodeBase {
  type: "list";
  ordered: boolean;
  items: ListItemNode[];
}

export interface LiteralNode extends NodeBase {
  type: "literal";
  text: string;
}

export interface BlockQuoteNode extends NodeBase {
  type: "blockQuote";
  children: BlockNode[];
}

export interface CommentNode extends NodeBase {
  type: "comment";
  text: string;
}

export interface TargetNode extends NodeBase {
  type: "target";
  label: string;
}

export interface TableCell extends NodeBase {
  /** The cell's text, dedented, inline markup kept. */
  text: string;
  /** The place of each line of `text`, where the table reader knows them. */
  lines?: TextLine[];
}

export interface TableNode extends NodeBase {
  type: "table";
  kind: "list" | "grid" | "simple" | "csv";
  headerRows: number;
  rows: TableCell[][];
}

export interface DirectiveNode extends NodeBase {
  type: "directive";
  name: string;
  argument: string;
  options: Readonly<Record<string, string>>;
  /** The content block, dedented (code, csv text, raw lines of an unknown directive). */
  content: string;
  contentPosition?: NodePosition;
  /** Body parsed as blocks, for directives whose content is document text (note, only, figure…). */
  children: BlockNode[];
  /** The table a list-table, csv-table or table directive holds. */
  table?: TableNode;
  known: boolean;
}

export type BlockNode =
  | SectionNode
  | ParagraphNode
  | ListNode
  | ListItemNode
  | LiteralNode
  | BlockQuoteNode
  | CommentNode
  | TargetNode
  | TableNode
  | DirectiveNode;

export interface RstDocument {
  file: string;
  children: BlockNode[];
}

/** The position spanning from the first to the last of a run of lines (all in one file). */
export function spanOf(lines: readonly SourceLine[]): NodePosition {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) throw new Error("spanOf: no lines");
  const sameFile = lines.filter((l) => l.file === first.file);
  const end = sameFile[sameFile.length - 1] ?? last;
  return nodePosition(first.file, first.line, first.column, end.line);
}

export function textLinesOf(lines: readonly SourceLine[]): TextLine[] {
  return lines.map((l) => ({ file: l.file, line: l.line, column: l.column }));
}
