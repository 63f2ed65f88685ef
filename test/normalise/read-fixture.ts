// The readers' result on a small real source, before any normalise pass: the input of the passes'
// tests. The fixture is cut from the 2014-05 chapter (content/sources/2014-05-tracking-logs.rst,
// lines 303-400): the enrollment events, their field tables and their JSON example, which lacks a
// comma after `"mode": "honor"` (line 93 of the fixture) and leaves a value unquoted.
import { readFileSync } from "node:fs";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import type { SourcesRead } from "../../src/normalise/release-read.ts";
import { rstReader } from "../../src/readers/rst/rst-reader.ts";

export const enrollmentText = readFileSync(
  new URL("../readers/rst/fixtures/enrollment-example/input.rst", import.meta.url),
  "utf8",
);

export function readEnrollment(): SourcesRead {
  const path = "sources/2014-05-tracking-logs.rst";
  const library = new Map([[path, enrollmentText]]);
  const result = rstReader.read({ files: [{ path, text: enrollmentText }], library }, createDiagnosticSink());
  return {
    files: [{ path, text: enrollmentText, format: "rst", formatDetected: false, sha256: "0".repeat(64), bytes: 4096 }],
    library,
    result,
    sources: [],
  };
}
