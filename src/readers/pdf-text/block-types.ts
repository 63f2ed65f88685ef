// The block tree of the pdf-text reader: what one chapter of the converted guide is made of once
// page furniture is gone. Every node carries the lines it was read from, so extraction can give
// provenance and coverage without looking at the text again.
import type { SourceSpan } from "../../model/position.ts";

export interface ListItem {
  text: string;
  /** 1 for "- item", 2 for " - item" (nested). */
  depth: number;
  span: SourceSpan;
}

export interface TableRow {
  cells: string[];
  span: SourceSpan;
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
  | { kind: "heading"; number: string; depth: number; title: string; span: SourceSpan }
  | { kind: "event-heading"; title: string; names: EventHeadingNames; span: SourceSpan }
  | { kind: "example-title"; title: string; span: SourceSpan }
  | { kind: "subheading"; title: string; span: SourceSpan }
  | { kind: "paragraph"; text: string; span: SourceSpan }
  | { kind: "list"; items: ListItem[]; span: SourceSpan }
  | { kind: "labelled"; label: LabelName; value: string; span: SourceSpan }
  | { kind: "member-fields"; target: MemberFieldsTarget; none: boolean; rest: string; span: SourceSpan }
  | { kind: "table"; header: string[]; rows: TableRow[]; continued: number; span: SourceSpan }
  | { kind: "code"; language: string; code: string; parts: number; pageBreakLines: number[]; span: SourceSpan };
