// exploratory: collect distinct failure kinds per reader
import fc from "fast-check";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { readers } from "../../../src/pipeline/reader-registry.ts";
import { readRelease } from "../../../src/pipeline/read-release.ts";
import { assembleCatalog } from "../../../src/pipeline/assemble-catalog.ts";
import { serializeCatalog } from "../../../src/pipeline/serialize-catalog.ts";
import { diagnosticProblems, resultProblems } from "../support/position-checks.ts";
import { schemaErrors } from "../../support/catalog-validator.ts";
import { SOURCE_SPECS, cutWindow, readSource, windowArbitrary } from "../support/source-windows.ts";
import { applyMutations, mutationArbitrary } from "../support/text-mutations.ts";
import { writeFileSync } from "node:fs";

const N = Number(process.env.N ?? 300);
const only = process.env.ONLY;
const out: Record<string, unknown> = {};
for (const spec of SOURCE_SPECS) {
  if (only && spec.format !== only) continue;
  const source = readSource(spec);
  const path = `sources/${spec.file}`;
  const samples = fc.sample(fc.tuple(windowArbitrary(spec), fc.array(mutationArbitrary, { minLength: 1, maxLength: 8 })), { numRuns: N, seed: Number(process.env.SEED ?? 7) });
  const kinds = new Map<string, { count: number; smallest: string; example: unknown }>();
  const add = (k: string, text: string, ex: unknown) => { const e = kinds.get(k); if (!e) kinds.set(k, { count: 1, smallest: text, example: ex }); else { e.count++; if (text.length < e.smallest.length) { e.smallest = text; e.example = ex; } } };
  let ms = 0;
  for (const [w, muts] of samples) {
    const text0 = applyMutations(cutWindow(spec, source, w), muts);
    const text = process.env.NO_NL ? text0.replace(/\n/g, " ") : text0;
    const t = performance.now();
    const sink = createDiagnosticSink(path);
    let probs: string[] = [];
    try {
      const r = readers[spec.format].read({ files: [{ path, text }], library: new Map([[path, text]]) }, sink);
      probs = [...diagnosticProblems(sink.diagnostics, path, text), ...resultProblems(r, path, text)];
    } catch (e) { probs = ["THROW " + (e as Error).message + " " + ((e as Error).stack ?? "").split("\n")[1]]; }
    const rs = createDiagnosticSink(path);
    const read = readRelease({ id: "x", label: "x", date: "2014-01-01", datePrecision: "day", dateEstimated: false, sources: [{ path, format: spec.format }], upstream: {} }, [{ manifest: { path, format: spec.format }, files: [{ path, text, sha256: "0".repeat(64), bytes: 1 }] }], rs);
    const cat = JSON.parse(serializeCatalog(assembleCatalog([read], [])));
    const strip = (o: any) => { for (const e of o.events) delete e.timeline; for (const c of o.commonFields) delete c.timeline; return o; };
    probs.push(...schemaErrors(strip(cat)).map((e) => "schema " + e));
    ms += performance.now() - t;
    for (const p of new Set(probs.map((p) => p.replace(/\d+/g, "N").replace(/"[^"]*"/g, '"…"')))) add(p, text, { w, muts });
  }
  out[spec.format] = { avgMs: ms / N, kinds: Object.fromEntries(kinds) };
  console.log(spec.format, "avg ms", (ms / N).toFixed(1), "kinds", kinds.size);
  for (const [k, e] of kinds) console.log("  ", e.count, k.slice(0, 200), "| smallest", e.smallest.length);
}
writeFileSync(process.env.OUT ?? "/tmp/hx/collect.json", JSON.stringify(out, null, 1));
