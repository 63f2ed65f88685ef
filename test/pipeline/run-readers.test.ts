// The second step of reading a release: each format group through its reader, the results as one,
// the files in the order they were read; a reader that throws is reported and the others go on.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import type { FormatGroup } from "../../src/pipeline/format-groups.ts";
import { readers } from "../../src/pipeline/reader-registry.ts";
import { runReaders } from "../../src/pipeline/run-readers.ts";

// Cut from the 2014-05 chapter (content/sources/2014-05-tracking-logs.rst, lines 303-400).
const rst = readFileSync(new URL("../readers/rst/fixtures/enrollment-example/input.rst", import.meta.url), "utf8");
const file = (path: string) => ({ path, text: rst, sha256: "0".repeat(64), bytes: rst.length });

describe("runReaders", () => {
  test("reads each group with its format's reader and records how each file was read", () => {
    const groups: FormatGroup[] = [{ format: "rst", detected: true, files: [file("a.rst")] }];
    const sink = createDiagnosticSink();
    const { result, files } = runReaders(groups, new Map([["a.rst", rst]]), sink);
    expect(result.events.map((e) => e.names[0])).toEqual([
      "edx.course.enrollment.activated",
      "edx.course.enrollment.deactivated",
    ]);
    expect(files.map((f) => [f.path, f.format, f.formatDetected, f.bytes])).toEqual([
      ["a.rst", "rst", true, rst.length],
    ]);
  });

  test("a reader that fails is reported at its group's first file; the other groups are read", () => {
    const failing = {
      ...readers,
      "wiki-text": {
        format: "wiki-text" as const,
        read: () => {
          throw new Error("no table header");
        },
      },
    };
    const groups: FormatGroup[] = [
      { format: "wiki-text", detected: false, files: [file("wiki.txt")] },
      { format: "rst", detected: false, files: [file("a.rst")] },
    ];
    const sink = createDiagnosticSink();
    const { result, files } = runReaders(groups, new Map(), sink, failing);
    expect(sink.diagnostics.filter((d) => d.rule === "reader/failed").map((d) => [d.file, d.message])).toEqual([
      ["wiki.txt", "the wiki-text reader failed: no table header"],
    ]);
    expect(result.events).toHaveLength(2);
    expect(files.map((f) => f.path)).toEqual(["wiki.txt", "a.rst"]);
  });
});
