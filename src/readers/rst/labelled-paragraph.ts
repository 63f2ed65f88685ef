// Recognises the labelled paragraphs the chapter uses instead of field lists: "**History**: …",
// "**Event Source**: Server", "``event`` **Member Fields**: None", "**Type:** string". The colon
// may sit inside or outside the bold, or be missing ("**History** Added 2 September 2015.").

export type LabelKind = "history" | "event-source" | "component" | "member-fields" | "description" | "type" | "details";

export interface LabelledParagraph {
  kind: LabelKind;
  /** "event" or "context" for member-field labels. */
  target?: "event" | "context";
  /** The text after the label, trimmed. */
  rest: string;
}

const LABEL = /^(?:``(event|context)``\s+)?\*\*([A-Za-z][A-Za-z ]*?)\s*(:?)\*\*\s*:?\s*([\s\S]*)$/;

const KINDS: ReadonlyArray<readonly [RegExp, LabelKind]> = [
  [/^history$/i, "history"],
  [/^event sources?$/i, "event-source"],
  [/^components?$/i, "component"],
  [/^(?:member )?fields?$/i, "member-fields"],
  [/^description$/i, "description"],
  [/^type$/i, "type"],
  [/^details$/i, "details"],
];

export function readLabel(text: string): LabelledParagraph | undefined {
  const m = LABEL.exec(text.trim());
  if (!m?.[2]) return undefined;
  const name = m[2].trim();
  const found = KINDS.find(([pattern]) => pattern.test(name));
  if (!found) return undefined;
  const target = m[1] === "event" || m[1] === "context" ? m[1] : undefined;
  // "``event`` **Fields**" is a member-field label; a bare "**Fields**" is one too.
  const out: LabelledParagraph = { kind: found[1], rest: (m[4] ?? "").trim() };
  if (target) out.target = target;
  return out;
}

/** "None", "None." — the label states there are no member fields. */
export function statesNone(rest: string): boolean {
  return /^none\.?$/i.test(rest.trim());
}
