// Block parsing of chapter text: the typographic forms of event headings, labelled paragraphs,
// tables joined over page breaks and row continuations, and code blocks split by a page break.
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { parseBlocks } from "../../../src/readers/pdf-text/block-parser.ts";
import type { Block } from "../../../src/readers/pdf-text/block-types.ts";

function parse(text: string, known: string[] = []): { blocks: Block[]; rules: string[] } {
  const lines = text.split("\n").map((t, i) => ({ file: "t.txt", start: { line: i + 1, column: 1 }, text: t }));
  const sink = createDiagnosticSink();
  const blocks = parseBlocks(lines, { knownNames: new Set(known), pageBreaks: [] }, sink);
  return { blocks, rules: sink.diagnostics.map((d) => d.rule) };
}

function headingNames(text: string, known: string[] = []) {
  const block = parse(text, known).blocks[0];
  return block?.kind === "event-heading" ? block.names : block?.kind;
}

describe("event headings", () => {
  test.each([
    ["`page_close`", ["page_close"], true, undefined],
    ["problem_check_fail", ["problem_check_fail"], true, undefined],
    [
      "`edx.course.enrollment.activated` and `edx.course.enrollment.deactivated`",
      ["edx.course.enrollment.activated", "edx.course.enrollment.deactivated"],
      false,
      undefined,
    ],
    ["`seq_goto, seq_next, and seq_prev`", ["seq_goto", "seq_next", "seq_prev"], false, undefined],
    ["`problem_check` (Browser)", ["problem_check"], true, "browser"],
    [
      "`hide_transcript/edx.video.transcript.hidden`",
      ["hide_transcript", "edx.video.transcript.hidden"],
      true,
      undefined,
    ],
    [
      "edx.special_exam.proctored.attempt.download_software_clicked and **edx.special_exam.practice.attempt.download_software_clicked**",
      [
        "edx.special_exam.proctored.attempt.download_software_clicked",
        "edx.special_exam.practice.attempt.download_software_clicked",
      ],
      false,
      undefined,
    ],
    [
      "**edx.special_exam.proctored.created, edx.special_exam.practice.created, and\nedx.special_exam.timed.created**",
      ["edx.special_exam.proctored.created", "edx.special_exam.practice.created", "edx.special_exam.timed.created"],
      false,
      undefined,
    ],
  ])("%s", (text, names, oneEvent, variant) => {
    const found = headingNames(text);
    expect(found).toMatchObject({ names, oneEvent, deprecated: false });
    if (typeof found === "object") expect(found.variant).toBe(variant);
  });

  test("a one-word heading is an event only when the event list knows it", () => {
    expect(headingNames("book", ["book"])).toMatchObject({ names: ["book"] });
    expect(headingNames("book")).toBe("paragraph");
  });

  test("section-like titles and example captions are not event headings", () => {
    expect(parse("Google Component Events").blocks[0]?.kind).toBe("subheading");
    expect(parse("Example: edx.video.bumper.played Event").blocks[0]?.kind).toBe("example-title");
    expect(parse("12.3.20 Teams-Related Events").blocks[0]?.kind).toBe("heading");
  });
});

describe("labelled paragraphs", () => {
  test("member-field labels in their bold, backticked and plain forms", () => {
    const { blocks } = parse(
      "event **Member Fields:**\n\n`context` **Member Fields:**\n\n`event` **Member Fields:** None.\n\ncontext Member Fields:\n\nevent Member Fields: For browser-emitted `problem_check` events, the values.",
    );
    expect(blocks.map((b) => (b.kind === "member-fields" ? [b.target, b.none, b.rest] : b.kind))).toEqual([
      ["event", false, ""],
      ["context", false, ""],
      ["event", true, "None."],
      ["context", false, ""],
      ["event", false, "For browser-emitted `problem_check` events, the values."],
    ]);
  });

  test("Event Source, Component and History, with or without the colon after History", () => {
    const { blocks } = parse("Event Source: Server\n\nComponent: Discussion\n\nHistory Added 18 Mar 2015.\n\nHistory:");
    expect(blocks.map((b) => (b.kind === "labelled" ? [b.label, b.value] : b.kind))).toEqual([
      ["Event Source", "Server"],
      ["Component", "Discussion"],
      ["History", "Added 18 Mar 2015."],
      ["History", ""],
    ]);
  });
});

describe("tables", () => {
  test("rows after blank lines without a header continue the table; a new header starts another", () => {
    const { blocks } = parse("Field\tType\tDetails\na\tstring\tA.\n\nb\tnumber\tB.\n\nField\tType\nc\tstring");
    const tables = blocks.filter((b) => b.kind === "table");
    expect(tables.map((t) => (t.kind === "table" ? [t.rows.map((r) => r.cells[0]), t.continued] : []))).toEqual([
      [["a", "b"], 1],
      [["c"], 0],
    ]);
  });

  test("a row with an empty first cell continues the previous row", () => {
    const { blocks } = parse("Field\tType\tDetails\nnew\tnumber\tThe index\n\t\tof the unit.");
    const table = blocks[0];
    expect(table?.kind === "table" ? table.rows.map((r) => r.cells) : []).toEqual([
      ["new", "number", "The index of the unit."],
    ]);
  });

  test("rows without a header are read with a warning", () => {
    const { blocks, rules } = parse("a\tstring\tA.");
    expect(blocks[0]?.kind).toBe("table");
    expect(rules).toEqual(["pdf-text/table-without-header"]);
  });
});

describe("code blocks", () => {
  test("a fence reopened after blank lines joins the block and marks the page break line", () => {
    const { blocks, rules } = parse('```\n{\n  "a": 1\n}\n```\n\n```\n\n"b": 2\n}\n\n```');
    const code = blocks[0];
    expect(blocks).toHaveLength(1);
    expect(code?.kind === "code" ? [code.code, code.parts, code.pageBreakLines] : []).toEqual([
      '{\n  "a": 1\n}\n"b": 2\n}',
      2,
      [4],
    ]);
    expect(rules).toEqual(["pdf-text/split-code-block"]);
  });

  test("an unclosed fence runs to the end with an error", () => {
    const { blocks, rules } = parse('```\n{ "a": 1');
    expect(blocks[0]?.kind).toBe("code");
    expect(rules).toEqual(["pdf-text/unclosed-code-block"]);
  });
});
