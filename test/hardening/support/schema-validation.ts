// The catalog validator the hardening tests use. It is the shared one (test/support/catalog-validator.ts)
// whenever that compiles. Known bug while it does not: the published catalog JSON Schema carries
// the zod metadata key `"id": "Catalog"` / `"id": "Field"` inside `$defs`, and a draft 2020-12
// validator (ajv) refuses the schema ("NOT SUPPORTED: keyword \"id\""). `id` carries no constraint,
// so the fallback removes exactly that key from the `$defs` entries and validates with everything else.
import Ajv2020 from "ajv/dist/2020.js";
import { catalogJsonSchema } from "../../../src/model/json-schemas.ts";

export type SchemaErrors = (catalog: unknown) => string[];

export interface CatalogValidator {
  schemaErrors: SchemaErrors;
  /** Why the shared validator could not be used, when it could not. */
  sharedValidatorError?: string;
}

function withoutDefinitionIds(schema: Record<string, unknown>): Record<string, unknown> {
  const defs = schema["$defs"];
  if (typeof defs !== "object" || defs === null) return schema;
  const cleaned: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(defs)) {
    if (typeof def === "object" && def !== null && "id" in def) {
      const { id: _id, ...rest } = def as Record<string, unknown>;
      cleaned[name] = rest;
    } else {
      cleaned[name] = def;
    }
  }
  return { ...schema, $defs: cleaned };
}

function fallbackSchemaErrors(): SchemaErrors {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(withoutDefinitionIds(catalogJsonSchema()));
  return (catalog) => {
    if (validate(catalog)) return [];
    return (validate.errors ?? []).slice(0, 20).map((e) => `${e.instancePath} ${e.message ?? ""}`);
  };
}

export async function loadCatalogValidator(): Promise<CatalogValidator> {
  try {
    const shared = await import("../../support/catalog-validator.ts");
    return { schemaErrors: shared.schemaErrors };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!message.includes('keyword "id"')) throw error;
    return { schemaErrors: fallbackSchemaErrors(), sharedValidatorError: message };
  }
}
