import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { readers } from "../../../src/pipeline/reader-registry.ts";
import { SOURCE_SPECS, cutWindow, readSource } from "../support/source-windows.ts";
for (const spec of SOURCE_SPECS) {
  const text = cutWindow(spec, readSource(spec), { start: spec.baselineStart ?? 0, length: spec.max });
  const path = "p"; const sink = createDiagnosticSink(path);
  const r = readers[spec.format].read({ files: [{ path, text }], library: new Map([[path, text]]) }, sink);
  console.log(spec.format, "events", r.events.length, "fields", r.events.reduce((n, e) => n + e.eventFields.length, 0), "diags", sink.diagnostics.length);
}
