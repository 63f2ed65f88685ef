// The directives the reader knows, each declaring what it takes (an argument, options) and what
// its content is: document blocks, literal code, a table, or nothing the catalog needs. As in
// docutils, a directive's handling comes from this table, not from the parser's code paths.

export type DirectiveBody =
  | "blocks" // content is document text: note, warning, only, figure caption…
  | "code" // content is literal code: code-block, code, sourcecode
  | "list-table"
  | "csv-table"
  | "table" // content is a table (grid or simple); the argument is its title
  | "include"
  | "none"; // content, if any, is not document text: contents, toctree, image, highlight…

export interface DirectiveSpec {
  /** "text": the first-line text is the start of the content (admonitions). */
  argument: "none" | "optional" | "required" | "text";
  body: DirectiveBody;
  /** The directive means nothing without content (docutils: "Content block expected"). */
  needsContent?: true;
}

const ADMONITION: DirectiveSpec = { argument: "text", body: "blocks", needsContent: true };

export const directiveRegistry: ReadonlyMap<string, DirectiveSpec> = new Map<string, DirectiveSpec>([
  ["code-block", { argument: "optional", body: "code", needsContent: true }],
  ["code", { argument: "optional", body: "code", needsContent: true }],
  ["sourcecode", { argument: "optional", body: "code", needsContent: true }],
  ["list-table", { argument: "optional", body: "list-table", needsContent: true }],
  // A csv-table may take its rows from a :file: or :url: option instead (explicit-markup.ts).
  ["csv-table", { argument: "optional", body: "csv-table", needsContent: true }],
  ["table", { argument: "optional", body: "table", needsContent: true }],
  ["include", { argument: "required", body: "include" }],
  ["note", ADMONITION],
  ["warning", ADMONITION],
  ["important", ADMONITION],
  ["tip", ADMONITION],
  ["caution", ADMONITION],
  ["seealso", ADMONITION],
  ["admonition", { argument: "required", body: "blocks", needsContent: true }],
  ["only", { argument: "required", body: "blocks", needsContent: true }],
  ["figure", { argument: "required", body: "blocks" }],
  ["contents", { argument: "optional", body: "none" }],
  ["toctree", { argument: "none", body: "none" }],
  ["image", { argument: "required", body: "none" }],
  ["highlight", { argument: "required", body: "none" }],
]);
