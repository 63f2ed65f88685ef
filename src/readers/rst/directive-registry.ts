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
}

const ADMONITION: DirectiveSpec = { argument: "text", body: "blocks" };

export const directiveRegistry: ReadonlyMap<string, DirectiveSpec> = new Map<string, DirectiveSpec>([
  ["code-block", { argument: "optional", body: "code" }],
  ["code", { argument: "optional", body: "code" }],
  ["sourcecode", { argument: "optional", body: "code" }],
  ["list-table", { argument: "optional", body: "list-table" }],
  ["csv-table", { argument: "optional", body: "csv-table" }],
  ["table", { argument: "optional", body: "table" }],
  ["include", { argument: "required", body: "include" }],
  ["note", ADMONITION],
  ["warning", ADMONITION],
  ["important", ADMONITION],
  ["tip", ADMONITION],
  ["caution", ADMONITION],
  ["seealso", ADMONITION],
  ["admonition", { argument: "required", body: "blocks" }],
  ["only", { argument: "required", body: "blocks" }],
  ["figure", { argument: "required", body: "blocks" }],
  ["contents", { argument: "optional", body: "none" }],
  ["toctree", { argument: "none", body: "none" }],
  ["image", { argument: "required", body: "none" }],
  ["highlight", { argument: "required", body: "none" }],
]);
