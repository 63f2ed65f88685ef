// What the one directive registry (rst/directive-registry.ts) means for text whose line breaks were
// lost: how many words of argument follow the marker, how many words each option's value takes, and
// how far the content runs. Only an argument without spaces can be counted in words (a code-block's
// language, an include's path); a title that may hold spaces is left to the text after it.
import type { DirectiveSpec, OptionKind } from "../rst/directive-registry.ts";

/** How far a directive's content runs: none, JSON or code, a list-table, or text to the next construct. */
export type ContentKind = "none" | "code" | "table" | "text";

/** Words of argument on the directive line. */
export function argumentWords(spec: DirectiveSpec): number {
  const { required, optional, finalWhitespace } = spec.arguments;
  return finalWhitespace ? required : required + optional;
}

/** How the collapsed text's content of a directive is delimited. */
export function contentKind(spec: DirectiveSpec): ContentKind {
  switch (spec.content) {
    case "code":
      return "code";
    case "list-table":
      return "table";
    case "include":
    case "none":
      return "none";
    default:
      return "text";
  }
}

/** How many words the value of an option of this kind takes, given the words that follow its name. */
export function optionValueLength(kind: OptionKind | undefined, following: readonly string[]): number {
  if (kind === "flag") return 0;
  if (kind === "integer-list") {
    let n = 0;
    while (n < following.length && /^\d+%?,?$/.test(following[n] ?? "")) n++;
    return n;
  }
  const first = following[0];
  if (first === undefined || /^:[\w-]+:$/.test(first)) return 0;
  if (kind === "integer") return /^\d+$/.test(first) ? 1 : 0;
  return 1;
}
