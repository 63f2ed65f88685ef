import { readFileSync } from "node:fs";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { readers } from "../../../src/pipeline/reader-registry.ts";
const base = readFileSync("test/hardening/fixtures/enrollment-events.rst", "utf8");
const cases: Record<string, string> = JSON.parse(readFileSync(process.argv[2]!, "utf8"));
for (const [name, extra] of Object.entries(cases)) {
  const path = "sources/x.rst";
  const text = base + extra;
  const lib = new Map([[path, text], ["sources/self.rst", ".. include:: self.rst\n"]]);
  const sink = createDiagnosticSink(path);
  const t = performance.now();
  let r: any;
  try { r = readers.rst.read({ files: [{ path, text }], library: lib }, sink); } catch (e) { console.log(name, "THROW", e); continue; }
  console.log(`== ${name} (${(performance.now()-t).toFixed(0)}ms) events=${r.events.map((e: any) => e.names[0]+"@"+e.category).join(",")}`);
  for (const d of sink.diagnostics) if (d.line > 129 || /unknown|include|title|merge|conflict|table|literal/.test(d.rule)) console.log("  ", d.line + ":" + d.column, d.severity, d.rule, d.message.slice(0, 120));
  if (r.skipped.length) console.log("   skipped", JSON.stringify(r.skipped.filter((s: any) => s.line > 129)));
}
