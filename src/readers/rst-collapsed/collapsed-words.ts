// The collapsed text as a list of words with their offsets, and the word shapes that start RST
// constructs. Every later step works on word indices, so each restored line maps back to a
// verbatim slice of the original line.

export interface Word {
  text: string;
  /** Offset (0-based) of the first character in the collapsed text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** A run of one punctuation character, three or more long: a section title's over- or underline. */
export function isAdornment(text: string): boolean {
  return /^([=*#~^"+`'_-])\1{2,}$/.test(text);
}

/** The labels that open the labelled paragraphs of an event description. */
export type LabelKind = "history" | "event-source" | "component" | "member-fields";

/** Which label starts at word `i`, and how many words the label itself spans. */
export function labelAt(words: readonly Word[], i: number): { kind: LabelKind; length: number } | undefined {
  const w = words[i]?.text;
  if (w === undefined) return undefined;
  if (/^\*\*History(\*\*:?|:\*\*)$/.test(w)) return { kind: "history", length: 1 };
  if (w === "**Component**:") return { kind: "component", length: 1 };
  const next = words[i + 1]?.text;
  if (w === "**Event" && next === "Source**:") return { kind: "event-source", length: 2 };
  if (w === "**Member" && next?.startsWith("Fields**")) return { kind: "member-fields", length: 2 };
  if (/^``(event|context)``$/.test(w) && next === "**Member" && words[i + 2]?.text.startsWith("Fields**")) {
    return { kind: "member-fields", length: 3 };
  }
  return undefined;
}

export type ExplicitKind = "label" | "directive" | "comment";

/** What explicit markup (`.. `) starts at word `i`, if any. */
export function explicitAt(words: readonly Word[], i: number): ExplicitKind | undefined {
  if (words[i]?.text !== "..") return undefined;
  const next = words[i + 1]?.text;
  if (next === undefined) return "comment";
  if (/^[A-Za-z][\w-]*::$/.test(next)) return "directive";
  if (next.startsWith("_") && labelTargetEnd(words, i) !== undefined) return "label";
  return "comment";
}

/** Index just past a `.. _name:` target; names may hold spaces (`.. _Drag and Drop Events:`). */
export function labelTargetEnd(words: readonly Word[], i: number): number | undefined {
  for (let k = i + 1; k < Math.min(words.length, i + 9); k++) {
    const text = words[k]?.text ?? "";
    if (text.endsWith(":") && !text.endsWith("::")) return k + 1;
  }
  return undefined;
}

/** A word that ends a sentence, judged with the word after it. */
export function endsSentence(word: string, next: string | undefined): boolean {
  return /[.!?]["')]*$/.test(word) && next !== undefined && /^[A-Z]/.test(next);
}

/** A lone inline literal such as ``user_id``: an item of a list of names. */
export function isLoneLiteral(text: string): boolean {
  return /^``[^`]+``[.,;]?$/.test(text);
}
