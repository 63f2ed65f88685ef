import { readFileSync } from "node:fs";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { readers } from "../../../src/pipeline/reader-registry.ts";
const base = readFileSync("test/hardening/fixtures/enrollment-events.rst", "utf8");
const cases = JSON.parse(readFileSync("/tmp/hx/cases2.json", "utf8"));
cases["indented3"] = "\nSome text.\n\n Indented Title\n================\n\nText.\n";
for (const name of ["nested-in-event", "unknown-role2", "indented3"]) {
  const path = "sources/x.rst"; const text = base + cases[name];
  const sink = createDiagnosticSink(path);
  const r = readers.rst.read({ files: [{ path, text }], library: new Map([[path, text]]) }, sink);
  const e = r.events.find((e) => e.names[0] === "seq_goto");
  console.log(name, JSON.stringify(e?.eventFields.map((f) => [f.name, f.type, f.typeAsWritten, f.description.text, f.fields.map((g) => g.name)])), e?.description.html);
  console.log(JSON.stringify(r.used.filter((u) => u.endLine > 129)));
  for (const d of sink.diagnostics.filter((d) => d.line > 129)) console.log("  ", d.line + ":" + d.column, d.severity, d.rule, d.message.slice(0, 120));
}
