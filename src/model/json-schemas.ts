// The published JSON Schemas, generated from the zod model so the schema can never drift from the types.
import { z } from "zod/v4";
import { catalogSchema } from "./catalog-schema.ts";
import { manifestSchema } from "./manifest-schema.ts";

export function catalogJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(catalogSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
}

export function manifestJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(manifestSchema, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
}
