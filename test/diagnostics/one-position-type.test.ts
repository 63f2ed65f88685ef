// One shape for a place in a source file (src/model/position.ts) and a sink that takes the file
// from it. This fails when a file-bound sink (`forFile`, comparisons with `sink.file`) or another
// place type of its own comes back: by name (a `*Place`, `*Position`, `*Span` type) or by shape
// (members `line` with `column`, `endLine` or `endColumn`, read off every interface and object
// type of src/ with TypeScript's parser).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { expect, test } from "vitest";

const SRC = join(import.meta.dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name));
}

const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, "utf8") }));
const POSITION_MODULE = join("model", "position.ts");

test("no sink is bound to a file", () => {
  const found = files.filter((f) => /\bforFile\b|\bsink\.file\b/.test(f.text)).map((f) => f.path);
  expect(found).toEqual([]);
});

const ALLOWED_NAMES = new Set([
  // A line of a tracking log, in check's published report format: not a place in a source file.
  "check/report-schema.ts: LogPlace",
  // Ranges of indexes (words of a collapsed text, cells of a wiki row), not places in a file.
  "readers/rst-collapsed/block-model.ts: WordSpan",
  "readers/wiki-text/table-layout.ts: ColumnSpan",
]);

test("no place or position type by name besides model/position.ts", () => {
  const declaration =
    /^export (?:interface|type) (\w*(?:Place|Position|Point|Span|Range))\b(?! = Source(?:Position|Span)\b)/gm;
  const found = files
    .filter((f) => f.path !== POSITION_MODULE)
    .flatMap((f) => [...f.text.matchAll(declaration)].map((m) => `${f.path}: ${m[1] ?? ""}`))
    .filter((d) => !ALLOWED_NAMES.has(d));
  expect(found).toEqual([]);
});

/** Members that, beside `line`, make a type a place of its own. */
const PLACE_MEMBERS = new Set(["column", "endLine", "endColumn"]);

/** Types with that shape that are not places in a source file, each with its reason. */
const ALLOWED_SHAPES = new Map([
  [
    "check/log-checker.ts: InvalidLine",
    "a line of a tracking log that is not JSON, as check's published report states it (file, line, column)",
  ],
]);

/** Every interface and object type of a module whose members include `line` and a column or end line. */
function placeShapes(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const members = ts.isInterfaceDeclaration(node) || ts.isTypeLiteralNode(node) ? node.members : undefined;
    if (members) {
      const names = members.filter(ts.isPropertySignature).map((m) => m.name.getText(source));
      if (names.includes("line") && names.some((n) => PLACE_MEMBERS.has(n))) {
        const name = ts.isInterfaceDeclaration(node)
          ? node.name.text
          : `{ ${names.join(", ")} } at line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        found.push(`${path}: ${name}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test("no interface or object type has the members of a place besides model/position.ts", () => {
  const shapes = files.filter((f) => f.path !== POSITION_MODULE).flatMap((f) => placeShapes(f.path, f.text));
  expect(shapes.filter((d) => !ALLOWED_SHAPES.has(d))).toEqual([]);
  // Each exception is still there (a stale entry would let its name come back unnoticed).
  expect(shapes.filter((d) => ALLOWED_SHAPES.has(d))).toEqual([...ALLOWED_SHAPES.keys()]);
});

test("the shape check finds a place spelled out, as an interface or inline", () => {
  const text = [
    "export interface Cell { text: string; line: number; endLine: number }",
    "function at(): { line: number; column: number } { return { line: 1, column: 1 }; }",
    "interface Section { title: string; line: number }",
  ].join("\n");
  expect(placeShapes("x.ts", text)).toEqual(["x.ts: Cell", "x.ts: { line, column } at line 2"]);
});
