import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { analyzeExample } from "../../src/extract/example-analysis.ts";
import { jsonFailure } from "../../src/extract/json-parse-error.ts";
import { defineFixtureTests } from "../support/fixture-cases.ts";
import { lineSpan } from "../../src/model/position.ts";

const FIXTURES = join(import.meta.dirname, "fixtures", "examples");
const PROVENANCE = lineSpan("example.json", 1, 1);

function optionsOf(dir: string): { language: string; pageBreakLines?: number[] } {
  const path = join(dir, "options.json");
  if (!existsSync(path)) return { language: "json" };
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
  const record = parsed as { language?: unknown; pageBreakLines?: unknown };
  const out: { language: string; pageBreakLines?: number[] } = {
    language: typeof record.language === "string" ? record.language : "json",
  };
  if (Array.isArray(record.pageBreakLines))
    out.pageBreakLines = record.pageBreakLines.filter((n): n is number => typeof n === "number");
  return out;
}

describe("analyzeExample fixtures", () => {
  defineFixtureTests(FIXTURES, (c) => {
    const example = analyzeExample({ code: c.input.replace(/\n$/, ""), provenance: PROVENANCE, ...optionsOf(c.dir) });
    if (example.repaired) expect(() => JSON.parse(example.repaired?.code ?? "")).not.toThrow();
    // The code itself is the input file; the expectation holds only what the analysis adds.
    const { code: _code, ...rest } = example;
    const output = example.repaired ? { ...rest, repaired: { repairs: example.repaired.repairs } } : rest;
    return { output, messages: [] };
  });
});

describe("analyzeExample", () => {
  test("valid JSON is valid, with no error and no repair", () => {
    const example = analyzeExample({
      code: '{"a": [1, 2.5e3, true, null, "x\\u00e9"]}',
      language: "json",
      provenance: PROVENANCE,
    });
    expect(example).toEqual({
      language: "json",
      code: '{"a": [1, 2.5e3, true, null, "x\\u00e9"]}',
      valid: true,
      provenance: PROVENANCE,
    });
  });

  test("error place is 1-based line and column of the offending character", () => {
    const example = analyzeExample({ code: '{\n  "a": 1\n  "b": 2\n}', language: "JSON", provenance: PROVENANCE });
    expect(example.error).toEqual({
      message: "Expected ',' or '}' after property value, found '\"'",
      line: 3,
      column: 3,
    });
    expect(example.repaired).toEqual({
      code: '{\n  "a": 1,\n  "b": 2\n}',
      repairs: [{ kind: "missing-comma", line: 2, column: 9 }],
    });
  });

  test("trailing comma before ] is removed", () => {
    const example = analyzeExample({ code: '["a", "b",\n]', language: "json", provenance: PROVENANCE });
    expect(example.repaired?.repairs).toEqual([{ kind: "trailing-comma", line: 1, column: 10 }]);
  });

  test("no repair is offered when the repairs do not make it parse", () => {
    const example = analyzeExample({ code: '{"a": }', language: "json", provenance: PROVENANCE });
    expect(example.valid).toBe(false);
    expect(example.error).toEqual({ message: "Expected a value, found '}'", line: 1, column: 7 });
    expect(example).not.toHaveProperty("repaired");
  });

  test("other languages are valid without a check", () => {
    expect(analyzeExample({ code: "{oops", language: "text", provenance: PROVENANCE, title: "T" })).toEqual({
      title: "T",
      language: "text",
      code: "{oops",
      valid: true,
      provenance: PROVENANCE,
    });
  });
});

describe("jsonFailure agrees with JSON.parse", () => {
  test("on any JSON value", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(jsonFailure(text)).toBeUndefined();
      }),
    );
  });

  test("on arbitrary text that is a single value or not", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constant(" 0"),
          fc.json().map((j) => ` ${j.slice(0, -1)}`),
        ),
        (text) => {
          let parses = true;
          try {
            JSON.parse(text);
          } catch {
            parses = false;
          }
          if (parses) expect(jsonFailure(text)).toBeUndefined();
          else if (!/^\s*[[{]/.test(text)) expect(jsonFailure(text)).toBeDefined();
        },
      ),
      { numRuns: 2000 },
    );
  });
});
