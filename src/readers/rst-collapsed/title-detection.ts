// Section titles in collapsed text. An over- and underlined title is a run of words between two
// identical adornments no shorter than the words; an underline alone takes the words just before
// it that fit within its length, since RST asks an underline to be at least as long as its title.
import { explicitAt, isAdornment, type Word } from "./collapsed-words.ts";

/** When the adornment at `j` is an overline: index of its underline. */
export function underlineOf(words: readonly Word[], j: number): number | undefined {
  const adornment = words[j];
  if (!adornment || !isAdornment(adornment.text)) return undefined;
  const first = words[j + 1];
  if (!first) return undefined;
  for (let k = j + 1; k < words.length; k++) {
    const w = words[k];
    if (!w) break;
    if (k > j + 1 && w.text === adornment.text) return k;
    if (isAdornment(w.text) || explicitAt(words, k)) return undefined;
    if (w.end - first.start > adornment.text.length) return undefined;
  }
  return undefined;
}

/**
 * Start of the title underlined by the adornment at `j`, not before `from`: the longest run of
 * whole words ending at `j` that fits within the underline. Stops at a list marker or after a
 * word that ends a sentence. Undefined when no word precedes the underline.
 */
export function underlinedTitleStart(words: readonly Word[], from: number, j: number): number | undefined {
  const underline = words[j];
  const lastWord = words[j - 1];
  if (!underline || !lastWord || j - 1 < from) return undefined;
  let start = j - 1;
  for (let k = j - 2; k >= from; k--) {
    const w = words[k];
    if (!w || w.text === "*" || w.text === "-" || /[.!?}\]]["')]*$/.test(w.text)) break;
    if (lastWord.end - w.start > underline.text.length) break;
    start = k;
  }
  return start;
}
