// Splits a run of prose with no block constructs (a body stretch between titles and directives, or
// a table cell) into paragraphs, labelled paragraphs (**History**:, **Event Source**:, …) and
// bullet lists. The paragraph breaks of plain prose are lost for good; these are the ones that
// leave a trace in the words themselves.
import type { FlowBlock, WordSpan } from "./block-model.ts";
import { endsSentence, isLoneLiteral, labelAt, type Word } from "./collapsed-words.ts";

/** Words that may continue an event source after its first word ("Browser and Server"). */
const SOURCE_WORDS = new Set(["and", "or", "Browser", "Server", "Mobile", "app", "apps", "Both", "both"]);

export function splitFlow(words: readonly Word[], span: WordSpan): FlowBlock[] {
  const blocks: FlowBlock[] = [];
  let i = span.from;
  while (i < span.to) {
    if (words[i]?.text === "*") {
      const list = readBullets(words, i, span.to);
      blocks.push({ kind: "bullets", items: list.items });
      i = list.end;
      continue;
    }
    const end = paragraphEnd(words, i, span.to);
    blocks.push({ kind: "paragraph", span: { from: i, to: end } });
    i = end;
  }
  return blocks;
}

/** Where the paragraph starting at `i` ends: at a bullet, at the next label, or where its label's value ends. */
function paragraphEnd(words: readonly Word[], i: number, to: number): number {
  const label = labelAt(words, i);
  let k = i + (label?.length ?? 1);
  if (label?.kind === "member-fields") {
    // "``event`` **Member Fields**: None" keeps its value; otherwise a table or prose follows.
    return k < to && /^None\.?$/.test(words[k]?.text ?? "") ? k + 1 : k;
  }
  if (label?.kind === "event-source") {
    k = Math.min(k + 1, to);
    while (k < to && !labelAt(words, k) && words[k]?.text !== "*" && continuesSource(words[k]?.text ?? "")) k++;
    return k;
  }
  while (k < to && words[k]?.text !== "*" && !labelAt(words, k)) k++;
  return k;
}

function continuesSource(word: string): boolean {
  return SOURCE_WORDS.has(word.replace(/[,.;]$/, "")) || /^[a-z(]/.test(word);
}

/**
 * A bullet list from the `*` at `i`. An item runs to the next `*` or label, unless the prose after
 * the list plainly begins inside it: after a lone name (``user_id`` The following …), or after its
 * first sentence when every earlier item was one sentence. Then the list ends there.
 */
function readBullets(words: readonly Word[], i: number, to: number): { items: WordSpan[]; end: number } {
  const items: WordSpan[] = [];
  let k = i;
  while (k < to && words[k]?.text === "*") {
    let end = k + 1;
    while (end < to && words[end]?.text !== "*" && !labelAt(words, end)) end++;
    const item = { from: k, to: end };
    const cut = itemCut(words, items, item);
    item.to = cut;
    items.push(item);
    k = cut;
    if (cut < end) break;
  }
  return { items, end: k };
}

function itemCut(words: readonly Word[], earlier: readonly WordSpan[], item: WordSpan): number {
  const first = words[item.from + 1]?.text ?? "";
  if (isLoneLiteral(first) && item.to > item.from + 2 && /^[A-Z]/.test(words[item.from + 2]?.text ?? "")) {
    return item.from + 2;
  }
  // Items that define fields (``name``: type; text) often hold several sentences: no cut there.
  if (/^``[^`]+``:?$/.test(first)) return item.to;
  if (earlier.length === 0 || !earlier.every((e) => isOneSentence(words, e))) return item.to;
  for (let k = item.from + 1; k < item.to - 1; k++) {
    if (endsSentence(words[k]?.text ?? "", words[k + 1]?.text)) return k + 1;
  }
  return item.to;
}

function isOneSentence(words: readonly Word[], item: WordSpan): boolean {
  const lastWord = words[item.to - 1]?.text ?? "";
  if (!/[.!?]["')]*$/.test(lastWord)) return false;
  for (let k = item.from + 1; k < item.to - 1; k++) {
    if (endsSentence(words[k]?.text ?? "", words[k + 1]?.text)) return false;
  }
  return true;
}
