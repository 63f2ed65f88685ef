// Member fields that an event of the 2016 guide shares with another event of the same guide, as
// a sharing sentence says (see shared-sentence.ts): either a bare list of names ("- `bookmark_id`")
// whose type, description, values and nested fields are those of the named event, or no list at
// all ("The event fields for this event are the same as …"), when every field of that event is
// meant. The reader keeps the listed fields among the event's own and records the statement on
// the draft; the normalise pass `normalise/shared-fields.ts` completes them once the release is read.
import type { Field } from "../../model/field-schema.ts";
import type { SharedFieldsStatement } from "../reader.ts";
import type { MemberFieldsTarget } from "./block-types.ts";
import type { SourceSpan } from "../../model/position.ts";
import { positionAt } from "../../model/position.ts";

export interface SharedFieldsRef {
  /** Event names as the sentence writes them, in order. */
  sources: string[];
  target: MemberFieldsTarget;
  /** The fields a list under (or over) the sentence names, as read from it, or every field of the source. */
  fields: Field[] | "all";
  sentence: string;
  span: SourceSpan;
}

/** The refs of one event description as the statements the normalise pass resolves. */
export function toStatements(refs: readonly SharedFieldsRef[], file: string): SharedFieldsStatement[] {
  return refs.map((ref) => ({
    sources: ref.sources,
    kind: ref.target,
    fields: ref.fields === "all" ? "all" : ref.fields.map((f) => ({ name: f.name, provenance: f.provenance })),
    sentence: ref.sentence,
    position: positionAt(file, ref.span.start.line, ref.span.start.column, { line: ref.span.end.line }),
  }));
}
