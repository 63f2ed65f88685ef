// The document tree the block parser builds and extraction walks. Like a docutils doctree it
// keeps inline markup as text; unlike it, every node carries the place of its text (file, line,
// column, last line), so that every catalog value can say where it was read from, and an
// included file keeps its own name.
import { spanAt, type SourceLine, type SourcePosition, type SourceSpan } from "../../model/position.ts";

/**
 * One line of a document as the parser reads it: `start` is the place of `text[0]`, whose column
 * grows when a nested block is dedented.
 */
export interface RstLine extends SourceLine {
  /** Files being included when this line was read, outermost first (cycle detection). */
  includeChain: readonly string[];
}

interface NodeBase {
  /** Where the node's text starts, and its last line (in the same file). */
  position: SourceSpan;
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
  titlePosition: SourceSpan;
  children: BlockNode[];
}

export interface ParagraphNode extends NodeBase {
  type: "paragraph";
  text: string;
  /**
   * Where each line of `text` starts (`text` is its lines joined with "\n", in order), so that an
   * offset in it finds its exact place.
   */
  lines: SourcePosition[];
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
  lines?: SourcePosition[];
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
  contentPosition?: SourceSpan;
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
export function spanOf(lines: readonly RstLine[]): SourceSpan {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) throw new Error("spanOf: no lines");
  const sameFile = lines.filter((l) => l.file === first.file);
  const end = sameFile[sameFile.length - 1] ?? last;
  return spanAt(first.file, first.start.line, first.start.column, end.start.line);
}
