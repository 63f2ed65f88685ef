// In memory a value's provenance is a SourceSpan; catalog.json, the event and release documents and
// the compare slices keep the published form. publishedJson writes it, readProvenances reads it
// back, and both rely on `provenance` naming that value and nothing else in the model.
import { describe, expect, test } from "vitest";
import { catalogJsonSchema } from "../../src/model/json-schemas.ts";
import { lineSpan, positionAt, publishedProvenance, textSpan } from "../../src/model/position.ts";
import { serializeCatalog } from "../../src/pipeline/serialize-catalog.ts";
import { expandCatalogJson } from "../../src/publish/expand-catalog.ts";
import { publishedJson, readProvenances } from "../../src/publish/published-json.ts";
import { sampleCatalog } from "../diff/make-catalog.ts";

type Json = Record<string, unknown>;

/** Every schema reached under a property of the given name, $refs followed. */
function schemasUnder(root: Json, name: string): Json[] {
  const defs = (root["$defs"] ?? {}) as Record<string, Json>;
  const resolve = (s: Json): Json => {
    const ref = s["$ref"];
    return typeof ref === "string" && ref.startsWith("#/$defs/") ? (defs[ref.slice(8)] ?? s) : s;
  };
  const found: Json[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== "object" || value === null) return;
    const record = value as Json;
    const properties = record["properties"];
    if (typeof properties === "object" && properties !== null) {
      const member = (properties as Record<string, Json>)[name];
      if (member) found.push(resolve(member));
    }
    for (const child of Object.values(record)) walk(child);
  };
  walk(root);
  return found;
}

describe("the published form of provenance", () => {
  const schema = catalogJsonSchema();

  test("every `provenance` of the catalog schema is the published form: file, lines, columns where given", () => {
    const found = schemasUnder(schema, "provenance");
    expect(found.length).toBeGreaterThan(8);
    for (const s of found) {
      expect(Object.keys(s["properties"] as Json)).toEqual(["file", "line", "endLine", "column", "endColumn"]);
      expect(s["required"]).toEqual(["file", "line", "endLine"]);
      expect(s["additionalProperties"]).toBe(false);
    }
  });

  test("no other member of the catalog has the published provenance's shape", () => {
    const text = JSON.stringify(schema);
    const shapes = [...text.matchAll(/"properties":\{"file":\{[^}]*\},"line":/g)].length;
    expect(shapes).toBe(schemasUnder(schema, "provenance").length + 1); // + a release's truncation point (file, line, column)
  });

  test("lines alone are written without columns, and read back to the same span", () => {
    const value = { provenance: lineSpan("a.rst", 3, 7), note: "x" };
    const text = publishedJson(value);
    expect(text).toBe('{"provenance":{"file":"a.rst","line":3,"endLine":7},"note":"x"}');
    const read: unknown = JSON.parse(text);
    readProvenances(read);
    expect(read).toEqual(value);
  });

  test("a span of columns is written with them; offsets are not published", () => {
    const span = textSpan("b.rst", { line: 1, column: 40, offset: 39 }, { line: 1, column: 75 });
    expect(publishedProvenance(span)).toEqual({ file: "b.rst", line: 1, endLine: 1, column: 40, endColumn: 75 });
    const read: unknown = JSON.parse(publishedJson([{ provenance: span }]));
    readProvenances(read);
    expect(read).toEqual([{ provenance: textSpan("b.rst", { line: 1, column: 40 }, { line: 1, column: 75 }) }]);
  });

  test("only `provenance` members are converted: a diagnostic keeps its flat place", () => {
    const diagnostic = { file: "c.rst", line: 2, column: 5, rule: "r", message: "m" };
    const value = { diagnostics: [diagnostic], position: positionAt("c.rst", 2, 5) };
    const read: unknown = JSON.parse(publishedJson(value));
    readProvenances(read);
    expect(read).toEqual(value);
  });

  test("reading provenance back twice changes nothing the second time", () => {
    const read: unknown = JSON.parse(publishedJson({ provenance: lineSpan("d.rst", 4, 4) }));
    readProvenances(read);
    readProvenances(read);
    expect(read).toEqual({ provenance: lineSpan("d.rst", 4, 4) });
  });

  test("a parsed catalog.json expands to the catalog that was serialized (as the Check a log page reads it)", () => {
    const catalog = sampleCatalog();
    const expanded = expandCatalogJson(JSON.parse(serializeCatalog(catalog)));
    expect(expanded).toEqual(catalog);
    expect(expanded.events[0]?.snapshots[0]?.provenance.start.line).toBeGreaterThan(0);
  });
});
