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

const lineSpan = (line: number, endLine: number): string =>
  line === endLine ? `line ${line}` : `lines ${line}–${endLine}`;

function runs(lines: readonly number[]): { line: number; endLine: number }[] {
  const out: { line: number; endLine: number }[] = [];
  for (const l of [...lines].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last.endLine === l - 1) last.endLine = l;
    else out.push({ line: l, endLine: l });
  }
  return out;
}

export function reportUnnamedGroup(ctx: WikiContext, group: EventGroup, nested: readonly NestedTable[]): void {
  const names = group.fields.map((f) => f.name);
  const hint = "; the event is inferred from neighbouring releases where their field sets allow";
  const [first, ...rest] = runs(group.lines);
  if (!first) return;
  skipBlock(
    ctx,
    wikiRules["wiki/lost-event-type"],
    names.length === 1
      ? `field ${names.join(", ")} (${lineSpan(group.line, group.endLine)}) lost its event_type cell and the text names no event for it${hint}`
      : `fields ${names.join(", ")} (${lineSpan(group.line, group.endLine)}) lost their event_type cell and the text names no event for them${hint}`,
    first,
  );
  for (const run of rest) {
    skipBlock(
      ctx,
      wikiRules["wiki/lost-event-type"],
      `${lineSpan(run.line, run.endLine)} continue the unnamed fields of line ${group.line}`,
      run,
    );
  }
  for (const table of nested) {
    const fields = table.fields.map((f) => f.name).join(", ");
    skipBlock(
      ctx,
      wikiRules["wiki/lost-event-type"],
      `the ${table.of} fields table (${fields}) describes the ${table.of} of the unnamed fields of line ${group.line}`,
      { line: table.line, endLine: table.endLine },
    );
  }
}
