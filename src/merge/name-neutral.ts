// An event's text names the event ("The browser emits textbook.pdf.page.scrolled events …", the
// `name` field whose description is the name). When only the name changes, that text is no
// change of its own: comparisons set the event's names aside first.
import type { Field } from "../model/field-schema.ts";
import type { Snapshot } from "../model/event-schema.ts";

const PLACEHOLDER = "\u0000";

/** Text with white space collapsed and the given names (with an article "a"/"an" before them) set aside. */
export function nameNeutralText(text: string, names: readonly string[]): string {
  let out = text.replace(/\s+/g, " ").trim();
  for (const name of [...names].sort((p, q) => q.length - p.length)) {
    if (name !== "") out = out.split(name).join(PLACEHOLDER);
  }
  return out.replace(/\b(?:a|an) \u0000/gi, PLACEHOLDER);
}

function neutralField(f: Field, names: readonly string[]): Field {
  const text = nameNeutralText(f.description.text, names);
  return { ...f, description: { ...f.description, text }, fields: f.fields.map((g) => neutralField(g, names)) };
}

/** The snapshots with the names of `names` set aside in their descriptions and field descriptions. */
export function nameNeutralSnapshots(snapshots: readonly Snapshot[], names: readonly string[]): Snapshot[] {
  return snapshots.map((s) => ({
    ...s,
    description: { ...s.description, text: nameNeutralText(s.description.text, names) },
    contextFields: s.contextFields.map((f) => neutralField(f, names)),
    eventFields: s.eventFields.map((f) => neutralField(f, names)),
  }));
}
