// Targeted checks of the block parser: title levels by first appearance, positions of nested
// blocks (columns move when a block is dedented), list-table cells, and included text keeping
// its own file name.
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { parseRstDocument } from "../../../src/readers/rst/parse-document.ts";
import type { BlockNode, SectionNode } from "../../../src/readers/rst/rst-tree.ts";
import { lineSpan, spanAt } from "../../../src/model/position.ts";

function parse(text: string, library = new Map<string, string>()) {
  const sink = createDiagnosticSink();
  const { document, skipped } = parseRstDocument("doc.rst", text, library, sink);
  return { nodes: document.children, skipped, messages: sink.diagnostics };
}

const sections = (nodes: readonly BlockNode[]): SectionNode[] =>
  nodes.filter((n): n is SectionNode => n.type === "section");

describe("block parser", () => {
  test("levels follow the order styles first appear, whatever the characters", () => {
    const { nodes } = parse("~~~~\nTop\n~~~~\n\nA\n===\n\nB\n---\n\nC\n===\n");
    const top = sections(nodes)[0];
    expect(top?.level).toBe(1);
    expect(sections(top?.children ?? []).map((s) => [s.title, s.level])).toEqual([
      ["A", 2],
      ["C", 2],
    ]);
    const a = sections(top?.children ?? [])[0];
    expect(sections(a?.children ?? []).map((s) => s.title)).toEqual(["B"]);
  });

  test("a list-table cell keeps its text and its true line and column", () => {
    const text =
      ".. list-table::\n   :header-rows: 1\n\n   * - Field\n     - Details\n   * - ``old``\n     - For ``seq_goto``, the index\n       of the unit.\n";
    const { nodes } = parse(text);
    const directive = nodes[0];
    expect(directive?.type).toBe("directive");
    const table = directive?.type === "directive" ? directive.table : undefined;
    expect(table?.headerRows).toBe(1);
    const cell = table?.rows[1]?.[1];
    expect(cell?.text).toBe("For ``seq_goto``, the index\nof the unit.");
    expect(cell?.position).toEqual(spanAt("doc.rst", 7, 8, 8));
  });

  test("a comment without a blank line ends at the next unindented line", () => {
    const { nodes, messages } = parse(".. tracked_command.py\nThe server emits these events.\n");
    expect(nodes.map((n) => n.type)).toEqual(["comment", "paragraph"]);
    expect(messages.map((m) => m.rule)).toEqual(["rst/missing-blank-line"]);
  });

  test("included lines keep their own file and line numbers", () => {
    const library = new Map([["part.rst", "Included paragraph.\n"]]);
    const { nodes } = parse("Before.\n\n.. include:: part.rst\n\nAfter.\n", library);
    const paragraphs = nodes.filter((n) => n.type === "paragraph").map((n) => [n.position.file, n.position.start.line]);
    expect(paragraphs).toEqual([
      ["doc.rst", 1],
      ["part.rst", 1],
      ["doc.rst", 5],
    ]);
  });

  test("an unknown directive is skipped with a diagnostic, its lines recorded", () => {
    const { skipped, messages } = parse(".. mermaid::\n\n   graph TD;\n\nText.\n");
    expect(skipped).toEqual([
      { position: lineSpan("doc.rst", 1, 3), rule: "rst/unknown-directive", reason: 'unknown directive "mermaid"' },
    ]);
    expect(messages[0]?.rule).toBe("rst/unknown-directive");
  });

  test("a literal block follows a paragraph ending in ::", () => {
    const { nodes } = parse('Example::\n\n  {"a": 1}\n');
    expect(nodes.map((n) => n.type)).toEqual(["paragraph", "literal"]);
    expect(nodes[0]?.type === "paragraph" && nodes[0].text).toBe("Example:");
    expect(nodes[1]?.position).toEqual(spanAt("doc.rst", 3, 3, 3));
  });
});
