// The well-known damage of documentation examples and how to undo it: a missing comma between
// lines, a trailing comma, an unquoted value, a block split by a PDF page break, single quotes,
// comments. Each repair proposes one edit near the parse error; the caller keeps it only when
// the parser gets further.
import type { RepairKind } from "../model/example-schema.ts";

export interface Edit {
  kind: RepairKind;
  /** 0-based offset the repair is reported at. */
  at: number;
  text: string;
}

const VALUE_END = /["\d}\]el]$/;

function lastNonSpace(text: string, before: number): number {
  let i = before - 1;
  while (i >= 0 && /\s/.test(text[i] ?? "")) i--;
  return i;
}

function nextNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? "")) i++;
  return i;
}

function missingComma(text: string, error: number): Edit | undefined {
  const prev = lastNonSpace(text, error);
  if (prev < 0 || !VALUE_END.test(text.slice(0, prev + 1))) return undefined;
  // Values run together without a separator ("a": "x" "b": …), on one line or across two.
  if (!/\s/.test(text.slice(prev + 1, nextNonSpace(text, error)))) return undefined;
  const next = text[nextNonSpace(text, error)] ?? "";
  if (!/["{[\d\-tfn]/.test(next)) return undefined;
  return { kind: "missing-comma", at: prev + 1, text: `${text.slice(0, prev + 1)},${text.slice(prev + 1)}` };
}

function trailingComma(text: string, error: number): Edit | undefined {
  const at = nextNonSpace(text, error);
  const close = text[at];
  if (close !== "}" && close !== "]") return undefined;
  const prev = lastNonSpace(text, at);
  if (text[prev] !== ",") return undefined;
  return { kind: "trailing-comma", at: prev, text: text.slice(0, prev) + text.slice(prev + 1) };
}

function unquotedValue(text: string, error: number): Edit | undefined {
  const start = nextNonSpace(text, error);
  if (text[lastNonSpace(text, start)] !== ":" && text[lastNonSpace(text, start)] !== "[") return undefined;
  const m = /^[^\s",{}[\]:][^",{}[\]\n]*/.exec(text.slice(start));
  if (!m) return undefined;
  const word = m[0].trimEnd();
  if (/^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)$/.test(word)) return undefined;
  if (word.startsWith("'") || word.startsWith("/")) return undefined;
  const quoted = JSON.stringify(word);
  return { kind: "unquoted-value", at: start, text: text.slice(0, start) + quoted + text.slice(start + word.length) };
}

function singleQuotes(text: string, error: number): Edit | undefined {
  const start = nextNonSpace(text, error);
  if (text[start] !== "'") return undefined;
  const end = text.indexOf("'", start + 1);
  if (end < 0 || text.slice(start, end).includes("\n")) return undefined;
  const quoted = JSON.stringify(text.slice(start + 1, end));
  return { kind: "single-quotes", at: start, text: text.slice(0, start) + quoted + text.slice(end + 1) };
}

function comment(text: string, error: number): Edit | undefined {
  const start = nextNonSpace(text, error);
  if (text.startsWith("//", start) || text.startsWith("#", start)) {
    const end = text.indexOf("\n", start);
    return { kind: "comment", at: start, text: text.slice(0, start) + (end < 0 ? "" : text.slice(end)) };
  }
  if (text.startsWith("/*", start)) {
    const end = text.indexOf("*/", start + 2);
    if (end < 0) return undefined;
    return { kind: "comment", at: start, text: text.slice(0, start) + text.slice(end + 2) };
  }
  return undefined;
}

/** Offsets at which the lines given (1-based) start. */
function lineOffsets(text: string, lines: readonly number[]): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return lines.flatMap((l) => (starts[l - 1] !== undefined ? [starts[l - 1] as number] : []));
}

/**
 * A block split by a page break: the first part was closed early (`}` before the break), or a
 * line was cut in two. Joins the parts at the break nearest before the error.
 */
function pageBreakJoin(text: string, error: number, breaks: readonly number[]): Edit | undefined {
  const at = lineOffsets(text, breaks)
    .filter((o) => o <= error + 1)
    .pop();
  if (at === undefined) return undefined;
  const close = lastNonSpace(text, at);
  const next = text[nextNonSpace(text, at)] ?? "";
  if ((text[close] === "}" || text[close] === "]") && !/[}\],]/.test(next)) {
    const before = lastNonSpace(text, close);
    const comma = /[,{[]/.test(text[before] ?? "") ? "" : ",";
    const joined = text.slice(0, before + 1) + comma + text.slice(before + 1, close) + text.slice(close + 1);
    return { kind: "page-break-join", at: close, text: joined };
  }
  const lineBreak = text.lastIndexOf("\n", at - 1);
  if (lineBreak < 0) return undefined;
  const cut = text.slice(0, lineBreak).replace(/[ \t]+$/, "");
  return { kind: "page-break-join", at: lineBreak, text: `${cut} ${text.slice(at).replace(/^\s+/, "")}` };
}

/** Candidate edits for the error at `error`, in the order they are tried. */
export function candidateRepairs(text: string, error: number, pageBreakLines: readonly number[]): Edit[] {
  const found = [
    missingComma(text, error),
    trailingComma(text, error),
    unquotedValue(text, error),
    pageBreakJoin(text, error, pageBreakLines),
    singleQuotes(text, error),
    comment(text, error),
  ];
  return found.filter((e): e is Edit => e !== undefined);
}
