// The one directive registry: its option spec as the RST reader applies it (known options kept,
// unknown options and values that do not fit their kind reported and left out), and the same
// directive read alike from RST and from collapsed RST, whose reader restores line breaks by the
// same registry before the RST reader reads the text. Inputs are cut from the upstream chapters and
// the 2023 page.
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { restoreLineBreaks } from "../../../src/readers/rst-collapsed/restore-line-breaks.ts";
import {
  checkDirectiveOption,
  contentOnFirstLine,
  directiveRegistry,
  optionValueFits,
} from "../../../src/readers/rst/directive-registry.ts";
import { parseRstDocument } from "../../../src/readers/rst/parse-document.ts";
import type { BlockNode, DirectiveNode } from "../../../src/readers/rst/rst-tree.ts";

function parse(text: string) {
  const sink = createDiagnosticSink();
  const { document } = parseRstDocument("doc.rst", text, new Map(), sink);
  return { nodes: document.children, messages: sink.diagnostics };
}

function directives(nodes: readonly BlockNode[]): DirectiveNode[] {
  return nodes.flatMap((n): DirectiveNode[] =>
    n.type === "directive" ? [n] : n.type === "section" ? directives(n.children) : [],
  );
}

/** What a reader makes of a directive, without its places (which differ between the two readers). */
function shape(d: DirectiveNode | undefined) {
  return {
    name: d?.name,
    argument: d?.argument,
    options: d?.options,
    known: d?.known,
    rows: d?.table?.rows.map((row) => row.map((cell) => cell.text)),
    code: d?.name === "code-block" ? d.content : undefined,
  };
}

/** The collapsed text read as the collapsed-RST reader reads it: line breaks restored, then the RST parser. */
function parseCollapsed(text: string) {
  const sink = createDiagnosticSink();
  const restored = restoreLineBreaks(text, "doc.rst", sink);
  const parsed = parse(restored.text);
  return { nodes: parsed.nodes, messages: [...sink.diagnostics, ...parsed.messages] };
}

// Upstream sumac/tracking_log_event_list.rst and the 2023 page, as written.
const LIST_TABLE = [
  ".. list-table::",
  "   :widths: 15 15 60",
  "   :header-rows: 1",
  "",
  "   * - Field",
  "     - Type",
  "     - Details",
  "   * - ``assertion_id``",
  "     - number",
  "     - The unique ID of the BadgeAssertion object.",
  "",
].join("\n");
const LIST_TABLE_COLLAPSED =
  ".. list-table:: :widths: 15 15 60 :header-rows: 1 * - Field - Type - Details * - ``assertion_id`` - number - The unique ID of the BadgeAssertion object.";

describe("the directive registry", () => {
  test("declares arguments, options and content as docutils does", () => {
    const listTable = directiveRegistry.get("list-table");
    expect(listTable?.arguments).toEqual({ required: 0, optional: 1, finalWhitespace: true });
    expect(listTable?.options["header-rows"]).toBe("integer");
    expect(listTable?.options["widths"]).toBe("integer-list");
    expect(listTable?.content).toBe("list-table");
    expect(directiveRegistry.get("contents")?.options["local"]).toBe("flag");
    const note = directiveRegistry.get("note");
    const codeBlock = directiveRegistry.get("code-block");
    if (!note || !codeBlock) throw new Error("note and code-block are registered");
    expect(contentOnFirstLine(note)).toBe(true);
    expect(contentOnFirstLine(codeBlock)).toBe(false);
  });

  test("checks option values by their kind", () => {
    expect(optionValueFits("integer-list", "15 15 60")).toBe(true);
    expect(optionValueFits("integer-list", "40, 60")).toBe(true);
    expect(optionValueFits("integer-list", "wide")).toBe(false);
    expect(optionValueFits("flag", "")).toBe(true);
    expect(optionValueFits("flag", "yes")).toBe(false);
    expect(optionValueFits("length", "500")).toBe(true);
    expect(optionValueFits("length", "80%")).toBe(true);
    expect(optionValueFits("length", "big")).toBe(false);
    expect(optionValueFits({ choice: ["entry", "top", "none"] }, "Top")).toBe(true);
    expect(optionValueFits({ choice: ["entry", "top", "none"] }, "bottom")).toBe(false);
    const contents = directiveRegistry.get("contents");
    if (!contents) throw new Error("contents is registered");
    expect(checkDirectiveOption(contents, "depth", "1")).toBeUndefined();
    expect(checkDirectiveOption(contents, "depth", "one")).toEqual({ kind: "invalid", expected: "a whole number" });
    expect(checkDirectiveOption(contents, "maxdepth", "1")).toEqual({ kind: "unknown" });
  });
});

describe("the RST reader applies the option spec", () => {
  test("a known directive keeps its options and reports nothing", () => {
    const { nodes, messages } = parse(LIST_TABLE);
    const table = directives(nodes)[0];
    expect(table?.options).toEqual({ widths: "15 15 60", "header-rows": "1" });
    expect(table?.table?.headerRows).toBe(1);
    expect(messages).toEqual([]);
  });

  test("an unknown option is reported at its line and left out", () => {
    // Sphinx spells it emphasize-lines; the underscore form is not an option of code-block.
    const text = '.. code-block:: json\n   :emphasize_lines: 2\n\n   {\n     "username": "AAAAAAAAAA"\n   }\n';
    const { nodes, messages } = parse(text);
    const code = directives(nodes)[0];
    expect(code?.options).toEqual({});
    expect(code?.content).toContain('"username"');
    expect(messages.map((m) => [m.rule, m.line, m.column])).toEqual([["rst/unknown-directive-option", 2, 4]]);
    expect(messages[0]?.message).toBe('the "code-block" directive has no option "emphasize_lines"; it is left out');
  });

  test("a value that does not fit is reported and left out; the rest of the directive is read", () => {
    const text = [".. contents::", "   :local: yes", "   :depth: 1", ""].join("\n");
    const { nodes, messages } = parse(text);
    expect(directives(nodes)[0]?.options).toEqual({ depth: "1" });
    expect(messages.map((m) => [m.rule, m.line])).toEqual([["rst/invalid-directive-option", 2]]);
    expect(messages[0]?.message).toBe(
      'option "local" of the "contents" directive takes no value, not "yes"; it is left out',
    );
  });

  test("an unknown directive is still reported", () => {
    const { messages } = parse(".. youtube:: dQw4w9WgXcQ\n");
    expect(messages.map((m) => m.rule)).toEqual(["rst/unknown-directive"]);
  });
});

describe("the same directive read from RST and from collapsed RST", () => {
  test("a list-table with its options gives the same directive", () => {
    const rst = parse(LIST_TABLE);
    const collapsed = parseCollapsed(LIST_TABLE_COLLAPSED);
    expect(shape(directives(collapsed.nodes)[0])).toEqual(shape(directives(rst.nodes)[0]));
    expect(shape(directives(rst.nodes)[0]).rows).toEqual([
      ["Field", "Type", "Details"],
      ["``assertion_id``", "number", "The unique ID of the BadgeAssertion object."],
    ]);
    expect(collapsed.messages).toEqual([]);
  });

  test("contents with a flag and a number gives the same directive", () => {
    const rst = parse(".. contents::\n   :local:\n   :depth: 1\n");
    const collapsed = parseCollapsed(".. contents:: :local: :depth: 1");
    expect(shape(directives(collapsed.nodes)[0])).toEqual(shape(directives(rst.nodes)[0]));
    expect(directives(rst.nodes)[0]?.options).toEqual({ local: "", depth: "1" });
  });

  test("an unknown option is reported by both with the same rule and left out by both", () => {
    const rst = parse(LIST_TABLE.replace("   :header-rows: 1", "   :header-rows: 1\n   :stripes: odd"));
    const collapsed = parseCollapsed(LIST_TABLE_COLLAPSED.replace(":header-rows: 1", ":header-rows: 1 :stripes: odd"));
    expect(shape(directives(collapsed.nodes)[0])).toEqual(shape(directives(rst.nodes)[0]));
    expect(rst.messages.map((m) => m.rule)).toEqual(["rst/unknown-directive-option"]);
    expect(collapsed.messages.map((m) => m.rule)).toEqual(["rst/unknown-directive-option"]);
  });

  test("a code-block takes its language as argument in both", () => {
    const rst = parse('.. code-block:: json\n\n   { "name": "edx.badge.assertion.created" }\n');
    const collapsed = parseCollapsed('.. code-block:: json { "name": "edx.badge.assertion.created" }');
    expect(shape(directives(collapsed.nodes)[0])).toEqual(shape(directives(rst.nodes)[0]));
    expect(directives(rst.nodes)[0]?.argument).toBe("json");
  });
});
