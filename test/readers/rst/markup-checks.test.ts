// Targeted checks of the markup the reader reports rather than reads: merge-conflict markers, a
// `::` or a directive without its content, unknown interpreted-text roles; and the exact places
// of diagnostics raised inside history text cut out of a paragraph, a list item or a table cell.
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import type { Diagnostic } from "../../../src/model/diagnostic-schema.ts";
import { unknownRolesIn } from "../../../src/readers/rst/inline-roles.ts";
import { parseRstDocument } from "../../../src/readers/rst/parse-document.ts";
import { readRst } from "../../../src/readers/rst/rst-reader.ts";
import { lineSpan } from "../../../src/model/position.ts";

function parse(text: string) {
  const sink = createDiagnosticSink();
  const { document, skipped } = parseRstDocument("doc.rst", text, new Map(), sink);
  return { nodes: document.children, skipped, messages: sink.diagnostics };
}

function read(text: string) {
  const sink = createDiagnosticSink();
  const result = readRst({ files: [{ path: "doc.rst", text }], library: new Map([["doc.rst", text]]) }, sink);
  return { result, messages: sink.diagnostics };
}

const withRule = (messages: readonly Diagnostic[], rule: string) => messages.filter((m) => m.rule === rule);
const places = (messages: readonly Diagnostic[], rule: string) =>
  withRule(messages, rule).map((m) => [m.line, m.column]);

/** 1-based line and column of the first `needle` in `text`. */
function placeOf(text: string, needle: string): [number, number] {
  const lines = text.split("\n");
  const line = lines.findIndex((l) => l.includes(needle));
  return [line + 1, (lines[line] ?? "").indexOf(needle) + 1];
}

const EVENT = [
  "Navigation Events",
  "=================",
  "",
  "``seq_goto``",
  "------------",
  "",
  "The browser emits ``seq_goto`` events when a user jumps between units.",
  "",
];

describe("merge-conflict markers", () => {
  const text = [
    ...EVENT,
    "<<<<<<< HEAD",
    "**Event Source**: Browser",
    "||||||| base",
    "**Event Source**: Server",
    "=======",
    "**Event Source**: Mobile app",
    ">>>>>>> other",
    "",
    "After.",
    "",
  ].join("\n");

  test("each marker line is an error at its line; the `=======` is not a title underline", () => {
    const { messages } = read(text);
    expect(places(messages, "rst/merge-conflict-marker")).toEqual([
      [9, 1],
      [11, 1],
      [13, 1],
      [15, 1],
    ]);
    expect(withRule(messages, "rst/merge-conflict-marker").every((m) => m.severity === "error")).toBe(true);
    expect(withRule(messages, "rst/title-underline-short")).toEqual([]);
  });

  test("the first side is read, the base and the other side are one skipped block", () => {
    const { result } = read(text);
    expect(result.events.map((e) => [e.names, e.sources])).toEqual([[["seq_goto"], ["browser"]]]);
    expect(result.skipped).toEqual([
      {
        position: lineSpan("doc.rst", 12, 14),
        rule: "rst/merge-conflict-marker",
        reason: "the other side of a merge conflict; the first side is read",
      },
    ]);
  });

  test("an opening marker that is never closed is reported alone; the text around it is read", () => {
    const { nodes, messages } = parse("Before.\n\n<<<<<<< HEAD\nAfter.\n");
    expect(places(messages, "rst/merge-conflict-marker")).toEqual([[3, 1]]);
    expect(nodes.map((n) => (n.type === "paragraph" ? n.text : n.type))).toEqual(["Before.", "After."]);
  });

  test("a closing marker without its opening one is reported and left out", () => {
    const { nodes, messages } = parse("Before.\n>>>>>>> other\n");
    expect(places(messages, "rst/merge-conflict-marker")).toEqual([[2, 1]]);
    expect(nodes.map((n) => (n.type === "paragraph" ? n.text : n.type))).toEqual(["Before."]);
  });

  test("seven `=` under a seven-character title outside a conflict is still a title", () => {
    const { nodes, messages } = parse("Summary\n=======\n\nText.\n");
    expect(nodes[0]?.type).toBe("section");
    expect(messages).toEqual([]);
  });
});

describe("a `::` without its literal block", () => {
  test("is a warning at the `::`", () => {
    const text = "The example follows::\n\nNot indented, so no literal block.\n";
    const { messages } = parse(text);
    expect(places(messages, "rst/empty-literal-block")).toEqual([placeOf(text, "::")]);
    expect(withRule(messages, "rst/empty-literal-block")[0]?.severity).toBe("warning");
  });

  test("at the end of the file, on the paragraph's last line", () => {
    const { messages } = parse("The example\nfollows ::\n");
    expect(places(messages, "rst/empty-literal-block")).toEqual([[2, 9]]);
  });

  test("is not reported when the indented block follows", () => {
    const { nodes, messages } = parse('The example follows::\n\n   {"a": 1}\n');
    expect(nodes.map((n) => n.type)).toEqual(["paragraph", "literal"]);
    expect(messages).toEqual([]);
  });
});

describe("a directive without content", () => {
  test("a code-block with no content is a warning at the directive", () => {
    const { messages } = parse("Text.\n\n.. code-block:: json\n");
    expect(places(messages, "rst/empty-directive")).toEqual([[3, 1]]);
    expect(withRule(messages, "rst/empty-directive")[0]?.message).toContain("code-block");
  });

  test("a code-block followed by unindented text has no content either", () => {
    const { messages } = parse(".. code-block:: json\n\nText.\n");
    expect(places(messages, "rst/empty-directive")).toEqual([[1, 1]]);
  });

  test("a note with its text on the directive line, a csv-table from a file, a contents: no diagnostic", () => {
    const { messages } = parse(
      ".. note:: The text is here.\n\n.. csv-table:: T\n   :file: events.csv\n\n.. contents::\n",
    );
    expect(withRule(messages, "rst/empty-directive")).toEqual([]);
  });

  test("a code-block with content is not reported", () => {
    const { messages } = parse(".. code-block:: json\n\n   {}\n");
    expect(messages).toEqual([]);
  });
});

describe("unknown interpreted-text roles", () => {
  test("in a description: an info at the role's line and column; the event is read", () => {
    const lines = [...EVENT];
    lines[6] = "The browser emits ``seq_goto`` events when a user jumps between :frob:`units`.";
    const text = lines.join("\n");
    const { result, messages } = read(text);
    expect(places(messages, "rst/unknown-role")).toEqual([placeOf(text, ":frob:")]);
    expect(withRule(messages, "rst/unknown-role")[0]).toMatchObject({
      severity: "info",
      message: expect.stringContaining(":frob:"),
    });
    expect(result.events.map((e) => e.names[0])).toEqual(["seq_goto"]);
    expect(result.events[0]?.description.text).toContain("units");
  });

  test("in a list-table cell and in a grid-table row, at their own places", () => {
    const text = [
      ".. list-table::",
      "   :header-rows: 1",
      "",
      "   * - Field",
      "     - Details",
      "   * - ``old``",
      "     - The index, see",
      "       :unit:`old`.",
      "",
      "+-------+------------------+",
      "| Field | Details          |",
      "+=======+==================+",
      "| a     | see :frob:`x`    |",
      "+-------+------------------+",
      "",
    ].join("\n");
    const { messages } = parse(text);
    expect(places(messages, "rst/unknown-role")).toEqual([placeOf(text, ":unit:"), placeOf(text, ":frob:")]);
  });

  test("in a title", () => {
    const { messages } = parse("About :frob:`x`\n===============\n\nText.\n");
    expect(places(messages, "rst/unknown-role")).toEqual([[1, 7]]);
  });

  test("not inside inline literals, literal blocks, code blocks or comments", () => {
    const text = "Write ``:frob:`x``` as is::\n\n   :frob:`y`\n\n.. code-block:: rst\n\n   :frob:`z`\n\n.. :frob:`w`\n";
    const { messages } = parse(text);
    expect(withRule(messages, "rst/unknown-role")).toEqual([]);
  });

  test("the roles the documentation uses are known, with or without a domain", () => {
    const line =
      "See :ref:`a`, :doc:`b`, :term:`c`, :abbr:`d`, :code:`e`, :kbd:`f`, :guilabel:`g`, :menuselection:`h`, :py:class:`i`, :func:`j`, :math:`k`.";
    expect(unknownRolesIn(line)).toEqual([]);
    expect(unknownRolesIn("A :Ref:`x` and a :py:frob:`y` and a time 10:30:`z`.")).toEqual([
      { name: "py:frob", index: 17 },
    ]);
  });
});

describe("diagnostics from history text are placed at the date", () => {
  const misspelled = "Semptember 20 2021";

  test("after a **History**: label on the paragraph's first line", () => {
    const text = [...EVENT, `**History**: The events were added on ${misspelled}.`, ""].join("\n");
    const { messages } = read(text);
    const [d] = withRule(messages, "history/misspelled-month");
    const [line, column] = placeOf(text, misspelled);
    expect(d).toMatchObject({ line, column, endLine: line, endColumn: column + misspelled.length - 1 });
  });

  test("on a later line of a History paragraph", () => {
    const text = [
      ...EVENT,
      "**History**: The events were first added",
      `on ${misspelled}, and renamed later.`,
      "",
    ].join("\n");
    const { messages, result } = read(text);
    expect(places(messages, "history/misspelled-month")).toEqual([placeOf(text, misspelled)]);
    expect(result.events[0]?.history[0]?.date).toBe("2021-09-20");
  });

  test("a date split over two lines ends on the second", () => {
    const text = [...EVENT, "**History**: The events were added on Semptember", "20 2021.", ""].join("\n");
    const { messages } = read(text);
    expect(
      withRule(messages, "history/misspelled-month").map((m) => [m.line, m.column, m.endLine, m.endColumn]),
    ).toEqual([[9, 39, 10, 7]]);
  });

  test("in an item of a history list", () => {
    const text = [
      ...EVENT,
      "**History**:",
      "",
      `*   Added on ${misspelled}.`,
      "",
      `*   Updated on 31 Feb 2014 to`,
      "    add a field.",
      "",
    ].join("\n");
    const { messages } = read(text);
    expect(places(messages, "history/misspelled-month")).toEqual([placeOf(text, misspelled)]);
    expect(places(messages, "history/invalid-date")).toEqual([placeOf(text, "31 Feb 2014")]);
  });

  test("in the details cell of a field table", () => {
    const text = [
      ...EVENT,
      "``event`` **Member Fields**:",
      "",
      ".. list-table::",
      "   :header-rows: 1",
      "",
      "   * - Field",
      "     - Type",
      "     - Details",
      "   * - ``old``",
      "     - integer",
      "     - The index of the unit the user",
      `       leaves. **History**: Added ${misspelled}.`,
      "",
    ].join("\n");
    const { messages, result } = read(text);
    expect(places(messages, "history/misspelled-month")).toEqual([placeOf(text, misspelled)]);
    expect(result.events[0]?.eventFields[0]?.history[0]?.date).toBe("2021-09-20");
  });
});
