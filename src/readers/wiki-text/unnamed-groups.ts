// What happens to fields whose event the print lost. The server table of the wiki lost its
// event_type column: rows 28–36 list problem_id, then problem_id, success, attempts, correct_map,
// state and answers, and nothing in the text says which event they belong to. That field set is
// the server problem_check (save_problem_check at the time) of later releases, but this page
// never names a server event for it (its only problem_check is the browser row), and an event
// name the text does not state would be an invention that the merge across releases would then
// trust. So these fields are not attached to any event: each group is reported with its fields
// and its lines are recorded as skipped, and the message names the later event as a hint only.
import { wikiRules } from "./rules.ts";
import { skipBlock, type WikiContext } from "./wiki-context.ts";
import type { EventGroup } from "./events-table.ts";
import type { NestedTable } from "./correct-map-table.ts";

/** Field sets that later releases document under a name, for the hint in the message. */
const LATER_NAMES: ReadonlyArray<{ fields: readonly string[]; event: string }> = [
  { fields: ["problem_id", "success", "attempts", "correct_map"], event: "the server problem_check (save_problem_check)" },
];

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
  const later = LATER_NAMES.find((s) => s.fields.every((f) => names.includes(f)));
  const hint = later ? `; later releases document these fields for ${later.event}, which this page does not name` : "";
  const [first, ...rest] = runs(group.lines);
  if (!first) return;
  skipBlock(
    ctx,
    wikiRules["wiki/lost-event-type"],
    names.length === 1
      ? `field ${names.join(", ")} (${lineSpan(group.line, group.endLine)}) lost its event_type cell and the text names no event for it; left out of the catalog${hint}`
      : `fields ${names.join(", ")} (${lineSpan(group.line, group.endLine)}) lost their event_type cell and the text names no event for them; left out of the catalog${hint}`,
    first,
  );
  for (const run of rest) {
    skipBlock(ctx, wikiRules["wiki/lost-event-type"], `${lineSpan(run.line, run.endLine)} continue the unnamed fields of line ${group.line} and are left out with them`, run);
  }
  for (const table of nested) {
    const fields = table.fields.map((f) => f.name).join(", ");
    skipBlock(
      ctx,
      wikiRules["wiki/lost-event-type"],
      `the ${table.of} fields table (${fields}) describes the ${table.of} of the unnamed fields of line ${group.line} and is left out with them`,
      { line: table.line, endLine: table.endLine },
    );
  }
}
