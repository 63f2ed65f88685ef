import { readFileSync } from "node:fs";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { readers } from "../../../src/pipeline/reader-registry.ts";
const base = readFileSync("test/hardening/fixtures/enrollment-events.rst", "utf8");
for (const text of [base + "\nAn Overlong Title\n======\n\nText.\n", "Intro.\n\nAn Overlong Title\n======\n\nText.\n", "Intro.\n\n======\nAn Overlong Title\n======\n\nText.\n"]) {
  const path = "sources/x.rst";
  const sink = createDiagnosticSink(path);
  readers.rst.read({ files: [{ path, text }], library: new Map([[path, text]]) }, sink);
  const lines = text.split("\n");
  for (const d of sink.diagnostics.filter((d) => d.rule.includes("title"))) console.log(d.line, JSON.stringify(lines[d.line - 1]), d.message);
}
