// Validates a catalog against the published JSON Schema (not the zod model), as a user's tool would.
import Ajv2020 from "ajv/dist/2020.js";
import { catalogJsonSchema } from "../../src/model/json-schemas.ts";

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(catalogJsonSchema());

export function schemaErrors(catalog: unknown): string[] {
  if (validate(catalog)) return [];
  return (validate.errors ?? []).slice(0, 20).map((e) => `${e.instancePath} ${e.message ?? ""}`);
}
