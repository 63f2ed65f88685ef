import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import { buildField } from "../../src/extract/field-builder.ts";
import type { MarkupSyntax } from "../../src/extract/rich-text.ts";
import type { Field } from "../../src/model/field-schema.ts";
import { fieldSchema } from "../../src/model/field-schema.ts";
import { type FixtureCase, defineFixtureTests } from "../support/fixture-cases.ts";
import { lineSpan, positionAt } from "../../src/model/position.ts";
import { publishedForm } from "../support/published-form.ts";

const FIXTURES = join(import.meta.dirname, "fixtures", "fields");
const PROVENANCE = lineSpan("fields.rst", 1, 1);

interface Row {
  name: string;
  type: string;
  details: string;
  syntax: MarkupSyntax;
}

/** Cuts name, type and details out of the verbatim source lines, as a reader would. */
function rowOf(c: FixtureCase): Row {
  const text = c.input.replace(/\n$/, "");
  if (c.inputPath.endsWith(".txt")) {
    const [name = "", type = "", ...rest] = text.split("\t");
    return { name, type, details: rest.join("\t"), syntax: "pdf" };
  }
  const section = /``(\w+)`` Field\n=+\n\n\*\*Type:\*\* (\S+)\n\n\*\*Details:\*\* ([\s\S]*)$/.exec(text);
  if (section) return { name: section[1] ?? "", type: section[2] ?? "", details: section[3] ?? "", syntax: "rst" };
  if (!text.includes("\n")) {
    const m = /^\* - (\S+) - (\S+) - (.*)$/.exec(text);
    return { name: m?.[1] ?? "", type: m?.[2] ?? "", details: m?.[3] ?? "", syntax: "rst" };
  }
  const lines = text.split("\n");
  const name = (lines[0] ?? "").replace(/^\s*\* - /, "");
  const type = (lines[1] ?? "").replace(/^\s*- /, "");
  const details = [(lines[2] ?? "").replace(/^\s*- /, ""), ...lines.slice(3).map((l) => l.replace(/^ {7}/, ""))].join(
    "\n",
  );
  return { name, type, details, syntax: "rst" };
}

function withoutProvenance(field: Field): unknown {
  const { provenance: _p, fields, history, ...rest } = field;
  return { ...rest, history: history.map(({ provenance: _h, ...h }) => h), fields: fields.map(withoutProvenance) };
}

describe("buildField fixtures", () => {
  defineFixtureTests(FIXTURES, (c) => {
    const row = rowOf(c);
    const sink = createDiagnosticSink();
    const field = buildField({
      name: row.name,
      typeAsWritten: row.type,
      details: row.details,
      syntax: row.syntax,
      provenance: PROVENANCE,
      sink,
      place: positionAt("fields.rst", 1, 1),
    });
    expect(fieldSchema.safeParse(publishedForm(field)).success).toBe(true);
    return { output: withoutProvenance(field), messages: sink.diagnostics };
  });
});

describe("buildField", () => {
  const build = (details: string, extra: Partial<Parameters<typeof buildField>[0]> = {}) =>
    buildField({ name: "``f``", typeAsWritten: "string", details, syntax: "rst", provenance: PROVENANCE, ...extra });

  test("name loses its backticks; type is normalised and kept as written", () => {
    const field = build("Text.", { typeAsWritten: "string/JSON" });
    expect(field).toMatchObject({
      name: "f",
      type: "string",
      typeAlternatives: ["string", "object"],
      typeAsWritten: "string/JSON",
    });
  });

  test("no type given: unknown, and no typeAsWritten property", () => {
    const field = buildField({ name: "x", details: "", syntax: "plain", provenance: PROVENANCE });
    expect(field.type).toBe("unknown");
    expect(field).not.toHaveProperty("typeAsWritten");
    expect(field).not.toHaveProperty("values");
    expect(field).not.toHaveProperty("nullable");
  });

  test("quoted words that are examples or formats are not values", () => {
    expect(build("Examples include 'checkboxgroup', 'radiogroup', and 'textline'.").values).toBeUndefined();
    expect(build("A DateTime in the form '%Y%m%d%H%M%S'.").values).toBeUndefined();
    expect(build("The user's name and the student's id.").values).toBeUndefined();
  });

  test("value lists in several wordings", () => {
    expect(build("Possible values are 'per_course' or 'all_courses'.").values).toEqual(["per_course", "all_courses"]);
    expect(build("Set to 'verified'.").values).toEqual(["verified"]);
    expect(build("Valid values are 'always', 'answered', or 'never'.").values).toEqual(["always", "answered", "never"]);
    expect(build("Possible values are ``per_course`` or ``all_courses``.").values).toEqual([
      "per_course",
      "all_courses",
    ]);
  });

  test("nullability", () => {
    expect(build("Gives optional hint. Nulls allowed.").nullable).toBe(true);
    expect(build("The course ID, or null if the event is not in a course.").nullable).toBe(true);
    expect(build("Nulls not allowed.").nullable).toBe(false);
  });

  test("fields passed in win over members of the same name in the details, and are kept first", () => {
    const given = build("Given.", { name: "hint" });
    const field = build("Provides: * ``hint``: string; Other. * ``msg``: string; Message.", { fields: [given] });
    expect(field.fields.map((f) => [f.name, f.description.text])).toEqual([
      ["hint", "Given."],
      ["msg", "Message."],
    ]);
  });

  test("a member listed twice is reported once, the first one kept", () => {
    const sink = createDiagnosticSink();
    const field = build("Provides: * ``a``: string; One. * ``a``: number; Two.", {
      sink,
      place: positionAt("x.rst", 5, 10),
    });
    expect(field.fields.map((f) => f.type)).toEqual(["string"]);
    expect(sink.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([["field/duplicate-member", 5, 42]]);
  });
});
