// The directives the collapsed text uses, with what each takes: an argument, options (and the shape
// of their values) and content. Without line breaks, only this knowledge says where an option's
// value ends and where the content starts.

export type OptionValue = "flag" | "number" | "numbers" | "word";
export type ContentKind = "none" | "code" | "table" | "text";

export interface DirectiveSpec {
  /** Words of argument on the directive line. */
  argumentWords: number;
  options: Readonly<Record<string, OptionValue>>;
  content: ContentKind;
}

export const directiveRegistry: Readonly<Record<string, DirectiveSpec>> = {
  contents: {
    argumentWords: 0,
    options: { local: "flag", depth: "number", backlinks: "word", class: "word" },
    content: "none",
  },
  "list-table": {
    argumentWords: 0,
    options: { widths: "numbers", "header-rows": "number", "stub-columns": "number", class: "word", align: "word" },
    content: "table",
  },
  "code-block": {
    argumentWords: 1,
    options: { linenos: "flag", emphasize_lines: "word", caption: "word" },
    content: "code",
  },
  code: { argumentWords: 1, options: {}, content: "code" },
  note: { argumentWords: 0, options: {}, content: "text" },
  warning: { argumentWords: 0, options: {}, content: "text" },
  important: { argumentWords: 0, options: {}, content: "text" },
};

/** How many words the value of option `name` takes, given the words that follow its name. */
export function optionValueLength(kind: OptionValue | undefined, following: readonly string[]): number {
  if (kind === "flag") return 0;
  if (kind === "numbers") {
    let n = 0;
    while (n < following.length && /^\d+%?,?$/.test(following[n] ?? "")) n++;
    return n;
  }
  const first = following[0];
  if (first === undefined || /^:[\w-]+:$/.test(first)) return 0;
  if (kind === "number") return /^\d+$/.test(first) ? 1 : 0;
  return 1;
}
