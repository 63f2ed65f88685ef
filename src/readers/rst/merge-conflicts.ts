// Git merge-conflict markers left in a file. They are not RST: read as markup, `=======` becomes a
// title underline and ends the section around it. The marker lines are taken out before the block
// parser runs, each with an error at its line. Of the conflicting text, the first side (the
// branch the file was on, between `<<<<<<<` and `|||||||` or `=======`) is read, as if the merge
// had been resolved with "ours"; the common base and the other side are skipped blocks, so the
// catalog never holds both versions of one paragraph (two event sources, a field twice).
// Lines keep their own numbers, so every later place stays exact.
import type { RstLine } from "./rst-tree.ts";
import { type ParseContext, reportAt } from "./parse-context.ts";
import { rstRules } from "./rules.ts";
import { lineSpan } from "../../model/position.ts";

const OPEN = /^<{7}(?:\s|$)/;
const BASE = /^\|{7}(?:\s|$)/;
const SPLIT = /^={7}\s*$/;
const CLOSE = /^>{7}(?:\s|$)/;

interface Conflict {
  open: number;
  base?: number;
  split: number;
  close: number;
}

/** The conflict opened at `open`: its markers, or undefined when it is never closed. */
function conflictAt(lines: readonly RstLine[], open: number): Conflict | undefined {
  let base: number | undefined;
  let split: number | undefined;
  for (let i = open + 1; i < lines.length; i++) {
    const text = lines[i]?.text ?? "";
    if (OPEN.test(text)) return undefined;
    if (split === undefined && base === undefined && BASE.test(text)) base = i;
    else if (split === undefined && SPLIT.test(text)) split = i;
    else if (split !== undefined && CLOSE.test(text))
      return base === undefined ? { open, split, close: i } : { open, base, split, close: i };
  }
  return undefined;
}

function markerMessage(text: string): string {
  return `merge-conflict marker "${text.trim()}": the conflict was never resolved`;
}

/** `lines` without conflict markers, base and other side; each marker gets an error. */
export function dropMergeConflicts(lines: readonly RstLine[], ctx: ParseContext): RstLine[] {
  if (!lines.some((l) => OPEN.test(l.text) || BASE.test(l.text) || CLOSE.test(l.text))) return [...lines];
  const out: RstLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as RstLine;
    const conflict = OPEN.test(line.text) ? conflictAt(lines, i) : undefined;
    if (!conflict) {
      // A lone `=======` outside a conflict may be a title's adornment; the other markers never are.
      if (OPEN.test(line.text))
        reportAt(
          ctx,
          rstRules["rst/merge-conflict-marker"],
          `${markerMessage(line.text)} (no closing >>>>>>> follows)`,
          line,
        );
      else if (BASE.test(line.text) || CLOSE.test(line.text))
        reportAt(ctx, rstRules["rst/merge-conflict-marker"], `${markerMessage(line.text)} (outside a conflict)`, line);
      else out.push(line);
      i++;
      continue;
    }
    const ours = conflict.base ?? conflict.split;
    for (const at of [conflict.open, conflict.base, conflict.split, conflict.close]) {
      const marker = at === undefined ? undefined : lines[at];
      if (marker) reportAt(ctx, rstRules["rst/merge-conflict-marker"], markerMessage(marker.text), marker);
    }
    out.push(...lines.slice(conflict.open + 1, ours));
    // The base (diff3 style) and the other side: their text lines, the `=======` marker left out.
    const dropped = lines
      .slice(ours + 1, conflict.close)
      .filter((l, k) => ours + 1 + k !== conflict.split && l.text.trim() !== "");
    const first = dropped[0];
    const last = dropped[dropped.length - 1];
    if (first && last) {
      const reason = "the other side of a merge conflict; the first side is read";
      ctx.skipped.push({
        position: lineSpan(first.file, first.start.line, last.start.line),
        rule: rstRules["rst/merge-conflict-marker"].id,
        reason,
      });
    }
    i = conflict.close + 1;
  }
  return out;
}
