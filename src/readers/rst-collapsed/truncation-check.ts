// Whether the collapsed text stops before its end: inside a JSON example, inside a list-table row
// with cells missing, inside an inline literal, or simply without final punctuation.
import type { Block } from "./block-model.ts";
import type { Word } from "./collapsed-words.ts";

export interface TruncationFinding {
  /** 1-based column of the last character. */
  column: number;
  lastText: string;
  /** Why the text looks cut off, in words for the diagnostic. */
  reasons: string[];
}

const LAST_TEXT_LENGTH = 60;

export function checkTruncation(
  text: string,
  words: readonly Word[],
  blocks: readonly Block[],
): TruncationFinding | undefined {
  const lastWord = words[words.length - 1];
  if (!lastWord) return undefined;
  const reasons: string[] = [];
  const last = innermostLast(blocks);
  const content = last?.kind === "directive" ? last.content : undefined;
  if (content?.kind === "code" && !content.closed) reasons.push("inside an unclosed code block");
  const row = content?.kind === "table" ? content.rows[content.rows.length - 1] : undefined;
  if (content?.kind === "table" && row && row.cells.length < content.columns) {
    reasons.push(`inside a list-table row with ${row.cells.length} of ${content.columns} cells`);
  }
  if (content?.kind !== "code") {
    const literalMarks = (text.slice(lastProseStart(words, blocks), lastWord.end).match(/``/g) ?? []).length;
    if (literalMarks % 2 === 1) reasons.push("inside an inline literal");
    // A lower-case last word ends the text mid-sentence unless it carries the sentence's stop.
    const stopped = /[.!?:]["')]*$/.test(lastWord.text);
    if (/,$/.test(lastWord.text) || FUNCTION_WORDS.has(lastWord.text) || (/^[a-z]/.test(lastWord.text) && !stopped)) {
      reasons.push("mid-sentence");
    }
  }
  if (reasons.length === 0) return undefined;
  if (content?.kind === "table" && row && row.cells.length === content.columns) {
    reasons.push(`in cell ${row.cells.length} of row ${content.rows.length} of a list-table`);
  }
  const start = Math.max(0, lastWord.end - LAST_TEXT_LENGTH);
  return { column: lastWord.end, lastText: text.slice(start, lastWord.end), reasons };
}

/** Words after which no sentence ends. */
const FUNCTION_WORDS = new Set([
  "``",
  "the",
  "a",
  "an",
  "of",
  "to",
  "from",
  "and",
  "or",
  "with",
  "in",
  "for",
  "that",
  "is",
  "are",
  "by",
  "on",
  "as",
]);

/** Offset where the last top-level block starts: inline literals are counted from there. */
function lastProseStart(words: readonly Word[], blocks: readonly Block[]): number {
  const last = blocks[blocks.length - 1];
  if (!last) return 0;
  const first =
    last.kind === "bullets"
      ? last.items[0]?.from
      : last.kind === "title"
        ? last.title.from
        : last.kind === "directive"
          ? last.head.from
          : last.span.from;
  return words[first ?? 0]?.start ?? 0;
}

/** The last block, looking inside a comment's folded section. */
function innermostLast(blocks: readonly Block[]): Block | undefined {
  const last = blocks[blocks.length - 1];
  if (last?.kind === "comment" && last.children.length > 0) return innermostLast(last.children);
  return last;
}
