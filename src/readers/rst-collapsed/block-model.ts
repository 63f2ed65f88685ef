// The blocks recognised in the collapsed text, by word index ranges ([from, to)) into the word list.
// A tree of these is what gets rendered back into lines; it never copies text, only points into it.

export interface WordSpan {
  from: number;
  to: number;
}

/** Paragraphs and bullet lists: what a body, a table cell or a comment holds. */
export type FlowBlock = { kind: "paragraph"; span: WordSpan } | { kind: "bullets"; items: WordSpan[] };

export interface TableCell {
  /** Index of the cell's `-` marker (or the row's `*` `-` pair for the first cell). */
  marker: number;
  blocks: FlowBlock[];
}

export interface TableRow {
  /** Index of the row's `*` word. */
  marker: number;
  cells: TableCell[];
}

export type DirectiveContent =
  | { kind: "none" }
  /** Code by character offsets: JSON ends where its braces close, not at a word boundary. */
  | { kind: "code"; start: number; end: number; closed: boolean }
  | { kind: "table"; columns: number; rows: TableRow[] }
  | { kind: "text"; blocks: FlowBlock[] };

export type Block =
  | FlowBlock
  | { kind: "target"; span: WordSpan }
  | { kind: "title"; over?: number; title: WordSpan; under: number }
  | { kind: "comment"; span: WordSpan; children: Block[] }
  | { kind: "directive"; name: string; head: WordSpan; options: WordSpan[]; content: DirectiveContent };
