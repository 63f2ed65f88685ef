import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../../../src/diagnostics/diagnostic-sink.ts";
import type { SourceLine } from "../../../../src/model/position.ts";
import { parseGridTable } from "../../../../src/readers/rst/grid-table.ts";
import { sliceGridLines } from "../../../../src/readers/rst-inventory/slice-lines.ts";
import { defineFixtureTests } from "../../../support/fixture-cases.ts";

function linesOf(text: string, firstLine = 1): SourceLine[] {
  return text
    .replace(/\n$/, "")
    .split("\n")
    .map((t, k) => ({ text: t, file: "table.rst", start: { line: firstLine + k, column: 1 } }));
}

function parse(text: string) {
  const sink = createDiagnosticSink();
  return { table: parseGridTable(linesOf(text), "table.rst", sink), diagnostics: sink.diagnostics };
}

describe("parseGridTable fixtures", () => {
  defineFixtureTests(join(import.meta.dirname, "fixtures"), (c) => {
    const { table, diagnostics } = parse(c.input);
    return { output: table ?? null, messages: diagnostics };
  });
});

describe("parseGridTable", () => {
  test("a row span and a column span give one cell each", () => {
    const { table, diagnostics } = parse(
      ["+----+----+", "| a  | b  |", "+----+    |", "| c  |    |", "+----+----+", "| wide    |", "+---------+"].join(
        "\n",
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(table?.columns).toBe(2);
    const cells = table?.rows.flatMap((r) => r.cells) ?? [];
    expect(cells.map((c) => [c.row, c.column, c.rowSpan, c.colSpan, c.lines.map((l) => l.text).join("/")])).toEqual([
      [0, 0, 1, 1, "a"],
      [0, 1, 2, 1, "b"],
      [1, 0, 1, 1, "c"],
      [2, 0, 1, 2, "wide"],
    ]);
  });

  test("cell lines keep their true line and column", () => {
    const lines = linesOf(["  +-----+", "  | x   |", "  |  y  |", "  +-----+"].join("\n"), 40);
    const table = parseGridTable(lines, "table.rst", createDiagnosticSink());
    expect(table?.rows[0]?.cells[0]?.lines).toEqual([
      { text: "x", file: "table.rst", start: { line: 41, column: 5 } },
      { text: " y", file: "table.rst", start: { line: 42, column: 5 } },
    ]);
    expect(table?.columnBorders).toEqual([3, 9]);
    expect(table?.rowBorders).toEqual([40, 43]);
  });

  test("a nested table inside a cell parses again from the cell's lines", () => {
    const { table } = parse(
      ["+---------------+", "| +----+----+  |", "| | p  | q  |  |", "| +----+----+  |", "+---------------+"].join("\n"),
    );
    const cell = table?.rows[0]?.cells[0];
    expect(cell?.lines.map((l) => l.text)).toEqual(["+----+----+", "| p  | q  |", "+----+----+"]);
    const sink = createDiagnosticSink();
    const inner = parseGridTable(cell?.lines ?? [], "table.rst", sink);
    expect(sink.diagnostics).toEqual([]);
    expect(inner?.rows[0]?.cells.map((c) => c.lines[0])).toEqual([
      { text: "p", file: "table.rst", start: { line: 3, column: 5 } },
      { text: "q", file: "table.rst", start: { line: 3, column: 10 } },
    ]);
  });

  test("a flush sub-table is cut out by its borders and parses on its own", () => {
    const text = [
      "+-----+-------------+",
      "| f   | text        |",
      "+-----+------+------+",
      "| g   | x    | y    |",
      "|     +------+------+",
      "|     | z    | w    |",
      "+-----+------+------+",
    ].join("\n");
    const lines = linesOf(text);
    const table = parseGridTable(lines, "table.rst", createDiagnosticSink());
    expect(table?.columns).toBe(3);
    expect(table?.rows[0]?.cells[1]?.colSpan).toBe(2);
    const left = table?.columnBorders[1] ?? 0;
    const right = table?.columnBorders[3] ?? 0;
    const sub = parseGridTable(sliceGridLines(lines, 3, 7, left, right), "table.rst", createDiagnosticSink());
    expect(sub?.columns).toBe(2);
    expect(sub?.rows.map((r) => r.cells.map((c) => c.lines[0]?.text))).toEqual([
      ["x", "y"],
      ["z", "w"],
    ]);
    expect(sub?.rows[1]?.cells[0]?.lines[0]).toEqual({ text: "z", file: "table.rst", start: { line: 6, column: 9 } });
  });

  test("the correct_map sub-table cut from 001 has a header row and seven member rows", () => {
    const input = readFileSync(join(import.meta.dirname, "fixtures/correct-map-subtable/input.txt"), "utf8");
    const { table, diagnostics } = parse(input);
    expect(diagnostics).toEqual([]);
    expect(table?.columns).toBe(4);
    expect(table?.headerRows).toBe(0);
    expect(table?.rows.slice(1).map((r) => r.cells[0]?.lines[0]?.text)).toEqual(
      ["answer_id", "correctness", "npoints", "msg", "hint", "hintmode", "queuestate"].map((n) => `\`\`${n}\`\``),
    );
    expect(table?.rows[7]?.cells[2]?.lines).toHaveLength(10);
  });

  test("never throws on arbitrary input", () => {
    const inputs = [
      "",
      "+",
      "+-",
      "+--+\n",
      "+--+\n|",
      "+--+\n+--+",
      "|||\n+++",
      "+-+-+\n| | |\n+-+",
      "+==+\n|a |\n+==+",
    ];
    for (const input of inputs) expect(() => parse(input)).not.toThrow();
    expect(parse("+--+\n+--+").table).toBeUndefined();
    expect(parse("").diagnostics[0]?.rule).toBe("rst/grid-table-malformed");
  });
});
