// The first step of reading a release: files grouped by their stated or detected format, in
// manifest order, and a file of no detectable format reported and left out.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import { groupByFormat } from "../../src/pipeline/format-groups.ts";
import type { LoadedSource } from "../../src/io/load-sources.ts";

// Cut from the 2014-05 chapter (content/sources/2014-05-tracking-logs.rst, lines 303-400).
const rst = readFileSync(new URL("../readers/rst/fixtures/enrollment-example/input.rst", import.meta.url), "utf8");

function source(path: string, text: string, format?: LoadedSource["manifest"]["format"]): LoadedSource {
  return {
    manifest: format ? { path, format } : { path },
    files: [{ path, text, sha256: path, bytes: text.length }],
  };
}

describe("groupByFormat", () => {
  test("files of one stated format form one group, in manifest order", () => {
    const sink = createDiagnosticSink();
    const groups = groupByFormat([source("a.rst", rst, "rst"), source("b.rst", rst, "rst")], sink);
    expect(groups.map((g) => [g.format, g.detected, g.files.map((f) => f.path)])).toEqual([
      ["rst", false, ["a.rst", "b.rst"]],
    ]);
    expect(sink.diagnostics).toEqual([]);
  });

  test("a detected format is its own group, reported as detected", () => {
    const sink = createDiagnosticSink();
    const groups = groupByFormat([source("a.rst", rst, "rst"), source("b.rst", rst)], sink);
    expect(groups.map((g) => [g.format, g.detected, g.files.map((f) => f.path)])).toEqual([
      ["rst", false, ["a.rst"]],
      ["rst", true, ["b.rst"]],
    ]);
    expect(sink.diagnostics.map((d) => [d.file, d.rule])).toEqual([["b.rst", "source/format-detected"]]);
  });

  test("a file of no detectable format is reported and left out", () => {
    const sink = createDiagnosticSink();
    const groups = groupByFormat([source("notes.txt", "Enrollment Events\n"), source("a.rst", rst, "rst")], sink);
    expect(groups.map((g) => g.files.map((f) => f.path))).toEqual([["a.rst"]]);
    expect(sink.diagnostics.map((d) => [d.file, d.line, d.rule, d.severity])).toEqual([
      ["notes.txt", 1, "source/format-undetected", "error"],
    ]);
  });
});
