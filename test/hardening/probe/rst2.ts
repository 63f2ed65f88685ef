import { readFileSync } from "node:fs";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { readers } from "../../../src/pipeline/reader-registry.ts";
const base = readFileSync("test/hardening/fixtures/enrollment-events.rst", "utf8");
const cases: Record<string, [string, string]> = {
  "merge": ["**Event Source**: Server\n", "<<<<<<< HEAD\n**Event Source**: Server\n=======\n**Event Source**: Browser\n>>>>>>> feature\n"],
  "semptember": ["were added on 03 Dec 2013.", "were added on Semptember 20 2021."],
  "fall": ["**History**: The enrollment Events were added on 03 Dec 2013.", "**History**: Added in the Fall."],
  "indented": ["``event`` **Member Fields**: ", "Stray\n=====\n\n Indented Title\n================\n\n``event`` **Member Fields**: "],
  "none": ["x", "x"],
};
for (const [name, [from, to]] of Object.entries(cases)) {
  const path = "sources/x.rst";
  const text = base.replace(from, to);
  const sink = createDiagnosticSink(path);
  const r = readers.rst.read({ files: [{ path, text }], library: new Map([[path, text]]) }, sink);
  console.log(`== ${name} events=${r.events.map((e: any) => e.names[0]+"@"+e.category).join(",")}`);
  const e = r.events[0];
  console.log("   source", e?.sourcesAsWritten, e?.sources, "history", JSON.stringify(e?.history), "fields", e?.eventFields.map((f: any)=>f.name).join(","));
  if (name === "none") console.log(JSON.stringify(e?.examples.map((x: any) => ({ valid: x.valid, error: x.error, prov: x.provenance, rep: x.repaired?.repairs })), null, 0));
  for (const d of sink.diagnostics) console.log("  ", d.line + ":" + d.column, d.severity, d.rule, d.message.slice(0, 120));
}
