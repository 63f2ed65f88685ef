import { describe, expect, test } from "vitest";
import { normaliseType } from "../../src/extract/field-type.ts";

describe("normaliseType", () => {
  test.each([
    // Types as the five sources write them.
    ["string", { type: "string" }],
    ["integer", { type: "integer" }],
    ["float", { type: "number" }],
    ["number", { type: "number" }],
    ["Boolean", { type: "boolean" }],
    ["dict", { type: "object" }],
    ["dictionary", { type: "object" }],
    ["array", { type: "array" }],
    ["array of strings", { type: "array" }],
    ["date-time", { type: "datetime" }],
    ["string/JSON", { type: "string", alternatives: ["string", "object"] }],
    ["string/ json", { type: "string", alternatives: ["string", "object"] }],
    ["", { type: "unknown" }],
    ["subject", { type: "unknown" }],
  ])("%j", (asWritten, expected) => {
    expect(normaliseType(asWritten)).toEqual(expected);
  });
});
