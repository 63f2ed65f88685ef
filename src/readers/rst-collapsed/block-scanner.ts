// Turns the words of the collapsed text into a flat list of blocks: targets, section titles,
// directives, comments, and the prose between them. The order of the checks matters: explicit
// markup first, then titles, then prose up to the next construct.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { Block } from "./block-model.ts";
import { nextBoundary } from "./boundaries.ts";
import { explicitAt, labelTargetEnd, type Word } from "./collapsed-words.ts";
import { readDirective } from "./directive-scanner.ts";
import { splitFlow } from "./flow-splitter.ts";
import { collapsedRules } from "./rules.ts";
import { underlineOf } from "./title-detection.ts";
import { positionAt } from "../../model/position.ts";

export function scanBlocks(text: string, words: readonly Word[], file: string, sink: DiagnosticSink): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < words.length) {
    const explicit = explicitAt(words, i);
    if (explicit === "label") {
      const end = labelTargetEnd(words, i) ?? i + 2;
      blocks.push({ kind: "target", span: { from: i, to: end } });
      i = end;
      continue;
    }
    if (explicit === "directive") {
      const d = readDirective(text, words, i, file, sink);
      blocks.push({ kind: "directive", name: d.name, head: d.head, options: d.options, content: d.content });
      i = d.end;
      continue;
    }
    if (explicit === "comment") {
      const end = nextBoundary(words, i + 1, { stopAtLabels: true }).at;
      blocks.push({ kind: "comment", span: { from: i, to: end }, children: [] });
      i = end;
      continue;
    }
    const under = underlineOf(words, i);
    if (under !== undefined) {
      blocks.push({ kind: "title", over: i, title: { from: i + 1, to: under }, under });
      i = under + 1;
      continue;
    }
    const boundary = nextBoundary(words, i);
    if (boundary.at === i && boundary.underline !== undefined) {
      reportUnderlineOnly(words, i, boundary.underline, file, sink);
      blocks.push({ kind: "title", title: { from: i, to: boundary.underline }, under: boundary.underline });
      i = boundary.underline + 1;
      continue;
    }
    const end = Math.max(boundary.at, i + 1);
    blocks.push(...splitFlow(words, { from: i, to: end }));
    i = end;
  }
  return blocks;
}

function reportUnderlineOnly(
  words: readonly Word[],
  from: number,
  under: number,
  file: string,
  sink: DiagnosticSink,
): void {
  const first = words[from];
  const last = words[under - 1];
  const underline = words[under];
  if (!first || !last || !underline) return;
  const title = words
    .slice(from, under)
    .map((w) => w.text)
    .join(" ");
  sink.report(
    collapsedRules["collapsed/underline-only-title"],
    `section title "${title}" has an underline of ${underline.text.length} "${underline.text[0] ?? ""}" but no overline; the title is taken as the ${last.end - first.start} characters before it`,
    positionAt(file, 1, first.start + 1, { line: 1, column: underline.end }),
  );
}
