import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { readers } from "../../../src/pipeline/reader-registry.ts";
import { diagnosticProblems, resultProblems } from "../support/position-checks.ts";
import { readFileSync } from "node:fs";
const full = readFileSync("content/sources/2023-openedx-student-event-types.rst", "utf8");
const path = "sources/x.rst";
function check(label: string, text: string, fmt = "rst-collapsed") {
  const sink = createDiagnosticSink(path);
  const r = (readers as any)[fmt].read({ files: [{ path, text }], library: new Map([[path, text]]) }, sink);
  const p = [...diagnosticProblems(sink.diagnostics, path, text), ...resultProblems(r, path, text)];
  console.log(label, "events", r.events.length, "problems", p.length, p.slice(0, 4));
  return { r, sink };
}
check("full", full);
check("full+\\n", full + "\n");
check("first 2257", full.slice(0, 2257));
check("first 2257+\\n", full.slice(0, 2257) + "\n");
check("two lines", ".. _Student_Event_Types: ############## S\n.. _Student_Event_Types: ############## S");
const { sink } = check("one S", ".. _Student_Event_Types: ############## S");
console.log(sink.diagnostics);
check("x\\ny", "abc def ghi jkl\nabc");
const w = full.slice(0, 2257);
check("newline at 100", w.slice(0, 100) + "\n" + w.slice(100));
check("newline at 100, trailing", w.slice(0, 100) + "\n" + w.slice(100)+"\n");
check("CR+LF? no, \\t at 100", w.slice(0, 100) + "\t" + w.slice(100));
