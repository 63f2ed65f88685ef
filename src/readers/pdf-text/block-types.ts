// The block tree of the pdf-text reader: what one chapter of the converted guide is made of once
// page furniture is gone. Every node carries the lines it was read from, so extraction can give
// provenance and coverage without looking at the text again.

export interface Span {
  line: number;
  endLine: number;
  /** Column of the first character on `line` (a glued page header shifts it). */
  column: number;
}

export interface ListItem {
  text: string;
  /** 1 for "- item", 2 for " - item" (nested). */
  depth: number;
  span: Span;
}

export interface TableRow {
  cells: string[];
  span: Span;
}

/** The names an event heading gives, and how its drafts are formed. */
export interface EventHeadingNames {
  names: string[];
  /** "browser" / "server" for "`problem_check` (Browser)". */
  variant?: string;
  /** The heading says "(Deprecated)". */
  deprecated: boolean;
  /** "old/new" names one event (one draft); "a and b" names several (one draft each). */
  oneEvent: boolean;
}

export type MemberFieldsTarget = "event" | "context";

export type LabelName = "Event Source" | "History" | "Component" | "Type" | "Details" | "Note";

export type Block =
  | { kind: "heading"; number: string; depth: number; title: string; span: Span }
  | { kind: "event-heading"; title: string; names: EventHeadingNames; span: Span }
  | { kind: "example-title"; title: string; span: Span }
  | { kind: "subheading"; title: string; span: Span }
  | { kind: "paragraph"; text: string; span: Span }
  | { kind: "list"; items: ListItem[]; span: Span }
  | { kind: "labelled"; label: LabelName; value: string; span: Span }
  | { kind: "member-fields"; target: MemberFieldsTarget; none: boolean; rest: string; span: Span }
  | { kind: "table"; header: string[]; rows: TableRow[]; continued: number; span: Span }
  | { kind: "code"; language: string; code: string; parts: number; pageBreakLines: number[]; span: Span };
