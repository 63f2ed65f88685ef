// Checks each code example: whether its JSON parses, where it fails, and whether well-known
// damage (missing comma, trailing comma, unquoted value, page break, single quotes) explains
// the failure, so the catalog can show a repaired version next to the original.
import { pointInText, type SourceSpan } from "../model/position.ts";
import type { Example } from "../model/example-schema.ts";
import { jsonFailure } from "./json-parse-error.ts";
import { candidateRepairs } from "./json-repairs.ts";

export interface ExampleInput {
  code: string;
  language: string;
  title?: string;
  provenance: SourceSpan;
  /** 1-based lines of `code` that begin a new page (the block continued after a page break). */
  pageBreakLines?: number[];
}

type Repair = NonNullable<Example["repaired"]>["repairs"][number];

const MAX_REPAIRS = 40;

export function isJsonLanguage(language: string): boolean {
  return /^(?:json|jsonc|json5)$/i.test(language.trim());
}

/** Applies repairs while each one lets the parser get further; the result when it parses. */
function repair(code: string, pageBreakLines: readonly number[]): Example["repaired"] {
  let text = code;
  let breaks = [...pageBreakLines];
  // Original line of each current line, so repairs are reported where the reader sees them.
  let lineMap = code.split("\n").map((_, i) => i + 1);
  const repairs: Repair[] = [];
  for (let step = 0; step < MAX_REPAIRS; step++) {
    const failure = jsonFailure(text);
    if (!failure) return { code: text, repairs };
    const accepted = candidateRepairs(text, failure.offset, breaks).find((edit) => {
      const after = jsonFailure(edit.text);
      return after === undefined || after.offset > failure.offset;
    });
    if (!accepted) return undefined;
    const place = pointInText(text, accepted.at);
    repairs.push({ kind: accepted.kind, line: lineMap[place.line - 1] ?? place.line, column: place.column });
    const removedLines = text.split("\n").length - accepted.text.split("\n").length;
    if (removedLines > 0) {
      const joinLine = pointInText(accepted.text, accepted.at).line;
      lineMap = [...lineMap.slice(0, joinLine), ...lineMap.slice(joinLine + removedLines)];
      breaks = breaks
        .filter((b) => b <= joinLine)
        .concat(breaks.filter((b) => b > joinLine + removedLines).map((b) => b - removedLines));
    }
    text = accepted.text;
  }
  return undefined;
}

/** Validates an example (JSON only) and repairs it when well-known damage explains the error. */
export function analyzeExample(input: ExampleInput): Example {
  const example: Example = {
    language: input.language,
    code: input.code,
    valid: true,
    provenance: input.provenance,
  };
  if (input.title !== undefined) example.title = input.title;
  if (!isJsonLanguage(input.language)) return example;
  const failure = jsonFailure(input.code);
  if (!failure) return example;
  example.valid = false;
  example.error = { message: failure.message, line: failure.point.line, column: failure.point.column };
  const repaired = repair(input.code, input.pageBreakLines ?? []);
  if (repaired) example.repaired = repaired;
  return example;
}
