import { readFileSync } from "node:fs";
const root = process.argv[2];
const { readGuideText } = await import(`${root}/src/readers/pdf-text/pdf-text-reader.ts`);
const { createDiagnosticSink } = await import(`${root}/src/diagnostics/diagnostic-sink.ts`);
const path = "content/sources/2016-04-26-edx-research-guide.txt";
const text = readFileSync(`${root}/${path}`, "utf8");
let best = Infinity;
for (let i = 0; i < 12; i++) { const t = performance.now(); readGuideText({ path, text }, createDiagnosticSink(path)); best = Math.min(best, performance.now() - t); }
console.log(root, best.toFixed(1), "ms");
