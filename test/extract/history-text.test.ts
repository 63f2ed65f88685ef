import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import { parseHistory } from "../../src/extract/history-text.ts";
import type { MarkupSyntax } from "../../src/extract/rich-text.ts";
import { defineFixtureTests } from "../support/fixture-cases.ts";
import { lineSpan, positionAt } from "../../src/model/position.ts";

const FIXTURES = join(import.meta.dirname, "fixtures", "history");

function syntaxOf(caseName: string): MarkupSyntax {
  const prefix = caseName.split("-")[0];
  if (prefix === "rst" || prefix === "pdf" || prefix === "plain") return prefix;
  throw new Error(`fixture case ${caseName} does not start with a syntax`);
}

function run(text: string, syntax: MarkupSyntax) {
  const sink = createDiagnosticSink();
  const lines = text.replace(/\n$/, "").split("\n").length;
  const entries = parseHistory(
    text.replace(/\n$/, ""),
    syntax,
    lineSpan("history.txt", 10, 9 + lines),
    sink,
    positionAt("history.txt", 10, 1),
  );
  return { entries, diagnostics: sink.diagnostics };
}

describe("parseHistory fixtures", () => {
  defineFixtureTests(FIXTURES, (c) => {
    const { entries, diagnostics } = run(c.input, syntaxOf(c.name));
    return { output: entries, messages: diagnostics };
  });
});

describe("parseHistory", () => {
  test("a former-name statement is a rename naming the former event", () => {
    const [entry] = run(
      "Prior to 15 Oct 2013, this server-emitted event was named ``save_problem_check``.",
      "rst",
    ).entries;
    expect(entry).toMatchObject({
      kind: "renamed",
      date: "2013-10-15",
      dateAsWritten: "15 Oct 2013",
      events: ["save_problem_check"],
      fields: [],
    });
  });

  test("field names in backticks are fields, with their own dated entries", () => {
    const { entries } = run("Added 23 Oct 2013; ``user_id`` added 6 Nov 2013.", "rst");
    expect(entries.map((e) => [e.kind, e.date, e.fields])).toEqual([
      ["added", "2013-10-23", []],
      ["added", "2013-11-06", ["user_id"]],
    ]);
  });

  test("a sentence without date or verb continues the entry before it", () => {
    const { entries } = run("Added 23 Oct 2013. Other event fields may duplicate this data.", "rst");
    expect(entries).toHaveLength(1);
    expect(entries[0]?.text).toBe("Added 23 Oct 2013. Other event fields may duplicate this data.");
  });

  test("kinds follow the wording", () => {
    const kind = (t: string) => run(t, "plain").entries[0]?.kind;
    expect(kind("Added 1 Dec 2015.")).toBe("added");
    expect(kind("Updated 16 Oct 2014 to identify events emitted from mobile devices.")).toBe("updated");
    expect(kind("This event changed on 16 Apr 2014.")).toBe("updated");
    expect(kind("Renamed on 16 Oct 2014.")).toBe("renamed");
    expect(kind("Deprecated 1 Dec 2015.")).toBe("deprecated");
    expect(kind("This module_type is no longer in use.")).toBe("removed");
    expect(kind("Intended to be a list of user definable tags.")).toBe("note");
  });

  test("a misspelled month is read, with a warning placed on the date", () => {
    const { entries, diagnostics } = run("**History**: Added Semptember 20 2021.", "rst");
    expect(entries[0]).toMatchObject({ date: "2021-09-20", dateAsWritten: "Semptember 20 2021", kind: "added" });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        rule: "history/misspelled-month",
        severity: "warning",
        line: 10,
        column: 20,
        endColumn: 37,
      }),
    ]);
  });

  test("a vague time and an impossible day get no date and a diagnostic each", () => {
    const { entries, diagnostics } = run("Added in the Fall. Updated 31 Feb 2015.", "plain");
    expect(entries.map((e) => e.date)).toEqual([undefined, undefined]);
    expect(entries.map((e) => e.dateAsWritten)).toEqual(["in the Fall", "31 Feb 2015"]);
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([
      ["history/vague-date", 10, 7],
      ["history/invalid-date", 10, 28],
    ]);
  });

  test("entries carry the lines they were read from", () => {
    const text =
      "**History**:\n\n* On 5 Mar 2014, the ``submission`` dictionary was added.\n\n* Prior to 15 Oct 2013, this event was named ``x_y``.";
    const { entries } = run(text, "rst");
    expect(entries.map((e) => [e.provenance?.start.line, e.provenance?.end.line])).toEqual([
      [12, 12],
      [14, 14],
    ]);
  });

  test("no sink: still parses, reports nothing", () => {
    expect(parseHistory("Added Semptember 20 2021.", "rst")[0]?.date).toBe("2021-09-20");
  });

  test("empty history gives no entries", () => {
    expect(parseHistory("**History**: ", "rst")).toEqual([]);
  });
});
