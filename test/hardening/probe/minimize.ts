// exploratory: line-level then char-level delta minimizer
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { readers } from "../../../src/pipeline/reader-registry.ts";
import { diagnosticProblems, resultProblems } from "../support/position-checks.ts";
export function problemsOf(fmt: string, text: string): string[] {
  const path = "sources/x";
  const sink = createDiagnosticSink(path);
  try {
    const r = (readers as any)[fmt].read({ files: [{ path, text }], library: new Map([[path, text]]) }, sink);
    return [...diagnosticProblems(sink.diagnostics, path, text), ...resultProblems(r, path, text)];
  } catch (e) { return ["THROW " + (e as Error).message]; }
}
export function minimize(fmt: string, text: string, re: RegExp): string {
  const bad = (t: string) => problemsOf(fmt, t).some((p) => re.test(p));
  if (!bad(text)) throw new Error("not failing");
  let lines = text.split("\n");
  for (let chunk = Math.ceil(lines.length / 2); chunk >= 1; chunk = chunk === 1 ? 0 : Math.ceil(chunk / 2)) {
    for (let i = 0; i < lines.length; ) {
      const cand = [...lines.slice(0, i), ...lines.slice(i + chunk)];
      if (cand.length && bad(cand.join("\n"))) lines = cand; else i += chunk;
    }
  }
  let t = lines.join("\n");
  for (let chunk = Math.ceil(t.length / 2); chunk >= 1; chunk = chunk === 1 ? 0 : Math.ceil(chunk / 2)) {
    for (let i = 0; i < t.length; ) {
      const cand = t.slice(0, i) + t.slice(i + chunk);
      if (cand.length && bad(cand)) t = cand; else i += chunk;
    }
  }
  return t;
}
