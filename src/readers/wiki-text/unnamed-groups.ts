// What happens to fields whose event the print lost. The server table of the wiki lost its
// event_type column: rows 28–36 list problem_id, then problem_id, success, attempts, correct_map,
// state and answers, and nothing in the text says which event they belong to. The page alone
// cannot name them: the reader hands each group on as an unnamed event (with its nested
// correct_map table) and the merge, which sees the neighbouring releases, infers the event from
// the field sets there or reports the group as left out (src/merge/lost-names.ts). Here each
// group is reported with its fields, and its lines are recorded as not placed by the reader.
import { wikiRules } from "./rules.ts";
import { skipBlock, type WikiContext } from "./wiki-context.ts";
import type { EventGroup } from "./events-table.ts";
import type { NestedTable } from "./correct-map-table.ts";
import { lineSpan, type SourceSpan } from "../../model/position.ts";

const linesText = ({ start, end }: SourceSpan): string =>
  start.line === end.line ? `line ${start.line}` : `lines ${start.line}–${end.line}`;

/** Runs of consecutive lines, each a span of whole lines. */
function runs(file: string, lines: readonly number[]): SourceSpan[] {
  const out: SourceSpan[] = [];
  for (const l of [...lines].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last.end.line === l - 1) last.end = { line: l };
    else out.push(lineSpan(file, l, l));
  }
  return out;
}

export function reportUnnamedGroup(ctx: WikiContext, group: EventGroup, nested: readonly NestedTable[]): void {
  const names = group.fields.map((f) => f.name);
  const hint = "; the event is inferred from neighbouring releases where their field sets allow";
  const [first, ...rest] = runs(ctx.file, group.lines);
  if (!first) return;
  skipBlock(
    ctx,
    wikiRules["wiki/lost-event-type"],
    names.length === 1
      ? `field ${names.join(", ")} (${linesText(group.position)}) lost its event_type cell and the text names no event for it${hint}`
      : `fields ${names.join(", ")} (${linesText(group.position)}) lost their event_type cell and the text names no event for them${hint}`,
    first,
  );
  for (const run of rest) {
    skipBlock(
      ctx,
      wikiRules["wiki/lost-event-type"],
      `${linesText(run)} continue the unnamed fields of line ${group.position.start.line}`,
      run,
    );
  }
  for (const table of nested) {
    const fields = table.fields.map((f) => f.name).join(", ");
    skipBlock(
      ctx,
      wikiRules["wiki/lost-event-type"],
      `the ${table.of} fields table (${fields}) describes the ${table.of} of the unnamed fields of line ${group.position.start.line}`,
      table.position,
    );
  }
}
