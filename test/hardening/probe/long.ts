import { readFileSync } from "node:fs";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { readers } from "../../../src/pipeline/reader-registry.ts";
const src = (f: string) => readFileSync("content/sources/" + f, "utf8");
const two = (p: string) => p.repeat(Math.ceil(2 * 1024 * 1024 / p.length));
const cases: [string, string, string][] = [
  ["rst-collapsed", "20x collapsed", src("2023-openedx-student-event-types.rst").repeat(20)],
  ["rst-collapsed", "2MB of '=' ", two("=")],
  ["rst-collapsed", "2MB of '``a`` '", two("``a`` ")],
  ["pdf-text", "guide + 2MB line", src("2016-04-26-edx-research-guide.txt").replace("Events in the Tracking Logs\n", "Events in the Tracking Logs\n" + two("word\tword ") + "\n")],
  ["wiki-text", "wiki + 2MB line", src("2013-wiki-tracking-logs.txt") + "\n" + two("a\tb ") + "\n"],
  ["rst-inventory", "inv + 2MB line", src("2013-inventory-tracking-logs.rst") + "\n" + two("| x ") + "\n"],
  ["rst", "rst + 2MB of '* '", src("2014-05-tracking-logs.rst") + "\n" + two("* ") + "\n"],
  ["rst", "rst + 2MB of '`'", src("2014-05-tracking-logs.rst") + "\n" + two("`") + "\n"],
  ["rst", "2MB of ':ref:`'", two(":ref:`x ")],
];
for (const [fmt, label, text] of cases) {
  const sink = createDiagnosticSink("p"); const t = performance.now();
  try { const r = (readers as any)[fmt].read({ files: [{ path: "p", text }], library: new Map([["p", text]]) }, sink); console.log(fmt, label, (performance.now() - t).toFixed(0), "ms events", r.events.length); }
  catch (e) { console.log(fmt, label, "THROW", (e as Error).message.slice(0, 200)); }
}
