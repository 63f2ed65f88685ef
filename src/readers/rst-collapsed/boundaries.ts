// Where a stretch of body text ends: at the next explicit markup (`.. `) or section title. A title
// with only an underline starts before its adornment, so the boundary moves back to its first word.
import { explicitAt, isAdornment, labelAt, type Word } from "./collapsed-words.ts";
import { underlinedTitleStart, underlineOf } from "./title-detection.ts";

export interface Boundary {
  /** Index of the first word of the next construct (words.length at the end). */
  at: number;
  /** For a title with only an underline: index of that underline. */
  underline?: number;
}

export function nextBoundary(words: readonly Word[], from: number, options: { stopAtLabels?: boolean } = {}): Boundary {
  for (let k = from; k < words.length; k++) {
    if (explicitAt(words, k)) return { at: k };
    if (options.stopAtLabels && k > from && labelAt(words, k)) return { at: k };
    const text = words[k]?.text ?? "";
    if (!isAdornment(text)) continue;
    if (underlineOf(words, k) !== undefined) return { at: k };
    const start = underlinedTitleStart(words, from, k);
    if (start !== undefined) return { at: start, underline: k };
  }
  return { at: words.length };
}
