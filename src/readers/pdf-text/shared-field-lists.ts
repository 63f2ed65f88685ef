// Ties the sharing sentences of one event description (shared-sentence.ts) to the field lists
// they govern, while the description is read block by block. The guide puts the sentence before
// its list ("These fields serve the same purpose … as for `a`." / "- `code`"), sometimes with a
// paragraph between, or after it ("- `team_id`" / "This field serves the same purpose …"), and
// a list may go on after a blank line ("- `bumper_id`" / "- code"). A sentence with no list of
// its own shares every field of its source.
import type { Field } from "../../model/field-schema.ts";
import type { Block, MemberFieldsTarget } from "./block-types.ts";
import type { SourceSpan } from "../../model/position.ts";
import type { SharedFieldsRef } from "./shared-fields.ts";
import { readSharedSentence, type SharedSentence } from "./shared-sentence.ts";

interface WaitingSentence {
  sentence: SharedSentence;
  target: MemberFieldsTarget;
  span: SourceSpan;
}

interface FieldList {
  index: number;
  fields: Field[];
  target: MemberFieldsTarget;
  refs: SharedFieldsRef[];
}

/**
 * A sentence waits for the next field list of its event; one not taken by a list before the next
 * table, member-fields label or the end of the event shares every field (`close`).
 */
export function createSharedCollector(blocks: readonly Block[], shared: SharedFieldsRef[]) {
  let waiting: WaitingSentence[] = [];
  let last: FieldList | undefined;
  const ref = (
    items: readonly WaitingSentence[],
    target: MemberFieldsTarget,
    fields: Field[] | "all",
  ): SharedFieldsRef => {
    const first = items[0] as WaitingSentence;
    const sources = [...new Set(items.flatMap((w) => w.sentence.sources))];
    const sentence = items.map((w) => w.sentence.sentence).join(" ");
    const span = { ...first.span, end: { line: Math.max(...items.map((w) => w.span.end.line)) } };
    return { sources, target, fields, sentence, span };
  };
  return {
    sentence(text: string, span: SourceSpan, k: number, target: MemberFieldsTarget): void {
      const sentence = readSharedSentence(text);
      if (!sentence) return;
      const item = { sentence, target, span };
      if (
        last &&
        last.index === k - 1 &&
        last.refs.length === 0 &&
        waiting.length === 0 &&
        blocks[k + 1]?.kind !== "list"
      ) {
        last.refs = [ref([item], last.target, [...last.fields])];
        shared.push(...last.refs);
        return;
      }
      waiting.push(item);
    },
    list(fields: Field[], k: number, target: MemberFieldsTarget): void {
      let refs: SharedFieldsRef[] = [];
      if (waiting.length > 0) {
        refs = [ref(waiting, target, [...fields])];
        shared.push(...refs);
        waiting = [];
      } else if (last && last.index === k - 1 && last.target === target) {
        refs = last.refs;
        for (const r of refs) if (r.fields !== "all") r.fields.push(...fields);
      }
      last = { index: k, fields, target, refs };
    },
    /** Sentences still waiting for a list share every field of their source. */
    close(): void {
      for (const w of waiting) {
        const kinds = w.sentence.kinds.length > 0 ? w.sentence.kinds : [w.target];
        for (const kind of kinds) shared.push(ref([w], kind, "all"));
      }
      waiting = [];
    },
  };
}
