// The directives the RST readers know, each declaring what it takes and what its content is, as
// docutils' directive classes do: how many arguments (required, optional, whether the last may hold
// spaces), its options and the kind of each option's value (docutils' `option_spec`), and what the
// readers make of its content (document blocks, literal code, a table, an included file, nothing
// the catalog needs). One table for both readers: the RST reader parses and checks directives with
// it (explicit-markup.ts, directive-options.ts), and the reader for collapsed RST finds where a
// directive's argument, options and content end in text without line breaks from it
// (rst-collapsed/directive-words.ts). Options and their kinds follow docutils and Sphinx.

/** What the readers do with a directive's content. */
export type DirectiveContent =
  | "blocks" // document text: note, warning, only, figure caption…
  | "code" // literal code: code-block, code, sourcecode
  | "list-table"
  | "csv-table"
  | "table" // a table (grid or simple); the argument is its title
  | "include" // the named file's lines, spliced in
  | "none"; // nothing the catalog needs: contents, toctree, image, highlight…

/**
 * The kind of an option's value, after docutils' conversion functions: `flag` (no value),
 * `integer` (non-negative), `integer-list` (column widths: integers, or `auto` / `grid`), `length`
 * (a number with an optional unit or `%`), `class-names` (space-separated names), `text` (any value,
 * `unchanged`), or one word of a `choice`.
 */
export type OptionKind =
  "flag" | "integer" | "integer-list" | "length" | "class-names" | "text" | { choice: readonly string[] };

export interface DirectiveSpec {
  /** As docutils counts them; `finalWhitespace`: the last argument runs to the end (a title, a path). */
  arguments: { required: number; optional: number; finalWhitespace: boolean };
  options: Readonly<Record<string, OptionKind>>;
  content: DirectiveContent;
  /** The directive means nothing without content (docutils: "Content block expected"). */
  needsContent?: true;
}

const COMMON: Readonly<Record<string, OptionKind>> = { class: "class-names", name: "text" };
const ALIGN: OptionKind = { choice: ["left", "center", "right"] };
const NO_ARGUMENTS = { required: 0, optional: 0, finalWhitespace: false };
const TITLE = { required: 0, optional: 1, finalWhitespace: true };
const ONE_REQUIRED = { required: 1, optional: 0, finalWhitespace: true };

const CODE: DirectiveSpec = {
  arguments: { required: 0, optional: 1, finalWhitespace: false },
  options: {
    ...COMMON,
    force: "flag",
    linenos: "flag",
    "lineno-start": "integer",
    "emphasize-lines": "text",
    caption: "text",
    dedent: "text",
    "number-lines": "text",
  },
  content: "code",
  needsContent: true,
};

const TABLE_OPTIONS: Readonly<Record<string, OptionKind>> = {
  ...COMMON,
  align: ALIGN,
  width: "length",
  widths: "integer-list",
};

const IMAGE_OPTIONS: Readonly<Record<string, OptionKind>> = {
  ...COMMON,
  alt: "text",
  height: "length",
  width: "length",
  scale: "length",
  align: { choice: ["left", "center", "right", "top", "middle", "bottom"] },
  target: "text",
};

/** Admonitions take no argument: text on the directive line is the start of their content. */
const ADMONITION: DirectiveSpec = { arguments: NO_ARGUMENTS, options: COMMON, content: "blocks", needsContent: true };

export const directiveRegistry: ReadonlyMap<string, DirectiveSpec> = new Map<string, DirectiveSpec>([
  ["code-block", CODE],
  ["code", CODE],
  ["sourcecode", CODE],
  [
    "list-table",
    {
      arguments: TITLE,
      options: { ...TABLE_OPTIONS, "header-rows": "integer", "stub-columns": "integer" },
      content: "list-table",
      needsContent: true,
    },
  ],
  // A csv-table may take its rows from a :file: or :url: option instead (explicit-markup.ts).
  [
    "csv-table",
    {
      arguments: TITLE,
      options: {
        ...TABLE_OPTIONS,
        "header-rows": "integer",
        "stub-columns": "integer",
        header: "text",
        file: "text",
        url: "text",
        encoding: "text",
        delim: "text",
        quote: "text",
        keepspace: "flag",
        escape: "text",
      },
      content: "csv-table",
      needsContent: true,
    },
  ],
  ["table", { arguments: TITLE, options: TABLE_OPTIONS, content: "table", needsContent: true }],
  [
    "include",
    {
      arguments: ONE_REQUIRED,
      options: {
        ...COMMON,
        literal: "flag",
        code: "text",
        encoding: "text",
        "tab-width": "integer",
        "start-line": "integer",
        "end-line": "integer",
        "start-after": "text",
        "end-before": "text",
        parser: "text",
        "number-lines": "text",
      },
      content: "include",
    },
  ],
  ["note", ADMONITION],
  ["warning", ADMONITION],
  ["important", ADMONITION],
  ["tip", ADMONITION],
  ["caution", ADMONITION],
  ["seealso", ADMONITION],
  ["admonition", { arguments: ONE_REQUIRED, options: COMMON, content: "blocks", needsContent: true }],
  ["only", { arguments: ONE_REQUIRED, options: {}, content: "blocks", needsContent: true }],
  [
    "figure",
    {
      arguments: ONE_REQUIRED,
      options: { ...IMAGE_OPTIONS, figwidth: "text", figclass: "class-names" },
      content: "blocks",
    },
  ],
  [
    "contents",
    {
      arguments: TITLE,
      options: {
        class: "class-names",
        depth: "integer",
        local: "flag",
        backlinks: { choice: ["entry", "top", "none"] },
      },
      content: "none",
    },
  ],
  [
    "toctree",
    {
      arguments: NO_ARGUMENTS,
      options: {
        name: "text",
        caption: "text",
        maxdepth: "integer",
        numbered: "text",
        glob: "flag",
        hidden: "flag",
        includehidden: "flag",
        titlesonly: "flag",
        reversed: "flag",
      },
      content: "none",
    },
  ],
  ["image", { arguments: ONE_REQUIRED, options: IMAGE_OPTIONS, content: "none" }],
  ["highlight", { arguments: ONE_REQUIRED, options: { linenothreshold: "integer", force: "flag" }, content: "none" }],
]);

/** Whether the directive takes no argument, so that text on its first line begins its content. */
export function contentOnFirstLine(spec: DirectiveSpec): boolean {
  return spec.arguments.required + spec.arguments.optional === 0;
}

const LENGTH = /^\d+(?:\.\d+)?\s*(?:em|ex|px|in|cm|mm|pt|pc|%)?$/;
const INTEGER_LIST = /^\d+(?:\s*[,\s]\s*\d+)*$/;

/** The kind of value an option takes, as a message names it. */
function describeOptionKind(kind: OptionKind): string {
  if (typeof kind === "object") return `one of ${kind.choice.join(", ")}`;
  switch (kind) {
    case "flag":
      return "no value";
    case "integer":
      return "a whole number";
    case "integer-list":
      return "whole numbers (or auto, grid)";
    case "length":
      return "a length (a number with an optional unit or %)";
    case "class-names":
      return "class names";
    case "text":
      return "any text";
  }
}

/** Whether a value (white space trimmed, continuation lines joined) is one an option of this kind takes. */
export function optionValueFits(kind: OptionKind, value: string): boolean {
  if (typeof kind === "object") return kind.choice.includes(value.toLowerCase());
  switch (kind) {
    case "flag":
      return value === "";
    case "integer":
      return /^\d+$/.test(value);
    case "integer-list":
      return value === "auto" || value === "grid" || INTEGER_LIST.test(value);
    case "length":
      return LENGTH.test(value);
    case "class-names":
      return value !== "";
    case "text":
      return true;
  }
}

export type OptionProblem = { kind: "unknown" } | { kind: "invalid"; expected: string };

/** What is wrong with one option of a directive, if anything: a name it does not take, or a value that does not fit. */
export function checkDirectiveOption(spec: DirectiveSpec, name: string, value: string): OptionProblem | undefined {
  const kind = spec.options[name];
  if (kind === undefined) return { kind: "unknown" };
  return optionValueFits(kind, value) ? undefined : { kind: "invalid", expected: describeOptionKind(kind) };
}
