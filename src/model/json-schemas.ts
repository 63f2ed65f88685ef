// The published JSON Schemas, generated from the zod model so the schema can never drift from the types.
import { z } from "zod/v4";
import { catalogSchema } from "./catalog-schema.ts";
import { manifestSchema } from "./manifest-schema.ts";

type JsonSchema = Record<string, unknown>;

/**
 * zod copies a schema's registry id into the output as an `id` keyword, which draft 2020-12 does not
 * have (validators reject it); the definitions are already named by `$defs`, so the keyword is dropped.
 * Only string-valued `id` keys are keywords: a property named "id" maps to an object.
 */
function withoutIdKeywords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIdKeywords);
  if (typeof value !== "object" || value === null) return value;
  const out: JsonSchema = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === "id" && typeof child === "string") continue;
    out[key] = withoutIdKeywords(child);
  }
  return out;
}

export function toPublishedJsonSchema(schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  return withoutIdKeywords(z.toJSONSchema(schema, { target: "draft-2020-12", io })) as JsonSchema;
}

export function catalogJsonSchema(): JsonSchema {
  return toPublishedJsonSchema(catalogSchema);
}

export function manifestJsonSchema(): JsonSchema {
  return toPublishedJsonSchema(manifestSchema, "input");
}
