// Places inside an example's source span: the line of its code that a JSON error or a field name
// sits on, found as written among the lines the example was read from.
import type { Example } from "../model/example-schema.ts";
import { positionAt, startOf, type SourcePosition } from "../model/position.ts";

/** The lines of the files of a library, split once per file when first asked for. */
export function libraryLines(library: ReadonlyMap<string, string>): (file: string) => string[] | undefined {
  const linesOf = new Map<string, string[] | undefined>();
  return (file) => {
    if (!linesOf.has(file)) linesOf.set(file, library.get(file)?.split("\n"));
    return linesOf.get(file);
  };
}

/**
 * The source place of a JSON error: the error's line of code is looked up, as written, among the
 * lines of the example's source span (code blocks are indented, page furniture may sit in between);
 * where it cannot be found (one-line sources), the start of the example.
 */
export function placeOfExampleError(example: Example, lines: readonly string[] | undefined): SourcePosition {
  const { provenance, error } = example;
  const fallback = startOf(provenance);
  if (!error || lines === undefined || provenance.end.column !== undefined) return fallback;
  const codeLine = example.code.split("\n")[error.line - 1];
  const wanted = codeLine?.trim();
  if (!codeLine || !wanted) return fallback;
  for (let n = provenance.start.line; n <= Math.min(provenance.end.line, lines.length); n++) {
    const at = (lines[n - 1] ?? "").indexOf(wanted);
    if (at === -1) continue;
    const indent = codeLine.length - codeLine.trimStart().length;
    return positionAt(provenance.file, n, Math.max(1, at + 1 + error.column - 1 - indent));
  }
  return fallback;
}

/** The source place of the first line of an example's code that holds `"key"`; the example's start when none does. */
export function placeOfExampleKey(
  example: Example,
  code: string,
  key: string,
  lines: readonly string[] | undefined,
): SourcePosition {
  const quoted = JSON.stringify(key);
  const codeLines = code.split("\n");
  const index = codeLines.findIndex((l) => l.includes(`${quoted}:`) || l.includes(`${quoted} :`));
  const { provenance } = example;
  if (index === -1) return startOf(provenance);
  const column = (codeLines[index] ?? "").indexOf(quoted) + 1;
  return placeOfExampleError({ ...example, code, error: { message: "", line: index + 1, column } }, lines);
}
