// One shape for a place in a source file (src/model/position.ts) and a sink that takes the file
// from it. This fails when a file-bound sink (`forFile`, comparisons with `sink.file`) or another
// place type of its own comes back.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";

const SRC = join(import.meta.dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name));
}

const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, "utf8") }));

test("no sink is bound to a file", () => {
  const found = files.filter((f) => /\bforFile\b|\bsink\.file\b/.test(f.text)).map((f) => f.path);
  expect(found).toEqual([]);
});

const ALLOWED = new Set([
  // A line of a tracking log, in check's published report format: not a place in a source file.
  "check/report-schema.ts: LogPlace",
  // A chapter of the converted guide: its number, title and lines, found before any block is read.
  "readers/pdf-text/guide-outline.ts: ChapterRange",
  // Ranges of indexes (words of a collapsed text, cells of a wiki row), not places in a file.
  "readers/rst-collapsed/block-model.ts: WordSpan",
  "readers/wiki-text/table-layout.ts: ColumnSpan",
]);

test("no place or position interface besides model/position.ts", () => {
  const declaration =
    /^export (?:interface|type) (\w*(?:Place|Position|Point|Span|Range))\b(?! = Source(?:Position|Span)\b)/gm;
  const found = files
    .filter((f) => f.path !== join("model", "position.ts"))
    .flatMap((f) => [...f.text.matchAll(declaration)].map((m) => `${f.path}: ${m[1] ?? ""}`))
    .filter((d) => !ALLOWED.has(d));
  expect(found).toEqual([]);
});
