// A comment that says it comments out a section ("badging events section is commented out") lost
// the indentation that made the section part of it. This puts the blocks back inside the comment:
// from the comment to the next title of the same adornment style as the section's own title (with
// that title's target), so the section's events are not read as live ones.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { Block } from "./block-model.ts";
import { blockEndOffset } from "./block-extent.ts";
import type { Word } from "./collapsed-words.ts";
import { collapsedRules } from "./rules.ts";
import { positionAt } from "../../model/position.ts";

const COMMENTED_OUT = /\bcommented out\b/i;

export function foldCommentedSections(
  blocks: readonly Block[],
  words: readonly Word[],
  file: string,
  sink: DiagnosticSink,
): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i];
    if (!block) break;
    const end = block.kind === "comment" ? commentedSectionEnd(blocks, i, words) : undefined;
    if (block.kind !== "comment" || end === undefined) {
      out.push(block);
      i++;
      continue;
    }
    const children = blocks.slice(i + 1, end);
    out.push({ ...block, children });
    report(block.span.from, children, words, file, sink);
    i = end;
  }
  return out;
}

/** Index of the first block after the commented-out section, when the comment comments one out. */
function commentedSectionEnd(blocks: readonly Block[], i: number, words: readonly Word[]): number | undefined {
  const comment = blocks[i];
  if (comment?.kind !== "comment") return undefined;
  const text = words
    .slice(comment.span.from, comment.span.to)
    .map((w) => w.text)
    .join(" ");
  if (!COMMENTED_OUT.test(text)) return undefined;
  let t = i + 1;
  while (blocks[t]?.kind === "target") t++;
  const style = titleStyle(blocks[t], words);
  if (style === undefined) return undefined;
  for (let u = t + 1; u < blocks.length; u++) {
    if (titleStyle(blocks[u], words) !== style) continue;
    let end = u;
    while (end > t + 1 && blocks[end - 1]?.kind === "target") end--;
    return end;
  }
  return undefined;
}

function titleStyle(block: Block | undefined, words: readonly Word[]): string | undefined {
  if (block?.kind !== "title") return undefined;
  const char = words[block.under]?.text[0] ?? "";
  return block.over === undefined ? `under ${char}` : `over ${char}`;
}

function report(
  at: number,
  children: readonly Block[],
  words: readonly Word[],
  file: string,
  sink: DiagnosticSink,
): void {
  const titles = children.flatMap((b) =>
    b.kind === "title"
      ? [
          words
            .slice(b.title.from, b.title.to)
            .map((w) => w.text)
            .join(" "),
        ]
      : [],
  );
  const [section, ...rest] = titles;
  const last = children[children.length - 1];
  sink.report(
    collapsedRules["collapsed/commented-out-section"],
    `the comment comments out the section "${section ?? ""}"${rest.length > 0 ? ` with ${rest.length} titles (${rest.join(", ")})` : ""}; it is not read`,
    positionAt(file, 1, (words[at]?.start ?? 0) + 1, { line: 1, column: last ? blockEndOffset(last, words) : 1 }),
  );
}
