// The published JSON Schemas, generated from the zod model so the schema can never drift from the types.
// The model registers no ids in zod's global registry (a second copy of the model in one process, as
// in the site's bundle beside its content loader, would clash), so recursive definitions get
// generated names, which are replaced here by readable ones.
import { z } from "zod/v4";
import { provenanceSchema, publishedProvenanceSchema } from "./common-schema.ts";
import { currentFieldSchema } from "./event-schema.ts";
import { fieldSchema } from "./field-schema.ts";
import { manifestSchema } from "./manifest-schema.ts";
import { publishedCatalogSchema } from "./published-schema.ts";

type JsonSchema = Record<string, unknown>;

/** Readable names of the definitions zod generates, keyed by the schema's description. */
const DEFINITION_NAMES: ReadonlyMap<string | undefined, string> = new Map([
  [fieldSchema.description, "Field"],
  [currentFieldSchema.description, "CurrentField"],
]);

function renameDefinitions(json: JsonSchema): JsonSchema {
  const defs = json["$defs"];
  if (typeof defs !== "object" || defs === null) return json;
  const renames = new Map<string, string>();
  for (const [key, def] of Object.entries(defs as Record<string, JsonSchema>)) {
    const name = DEFINITION_NAMES.get(def["description"] as string | undefined);
    if (name && key.startsWith("__schema")) renames.set(key, name);
  }
  if (renames.size === 0) return json;
  let text = JSON.stringify(json);
  for (const [from, to] of renames)
    text = text.split(`"#/$defs/${from}"`).join(`"#/$defs/${to}"`).split(`"${from}":`).join(`"${to}":`);
  return JSON.parse(text) as JsonSchema;
}

/** A provenance in the file: the published form that provenanceSchema parses into a span. */
const PUBLISHED_PROVENANCE: JsonSchema = (() => {
  const { $schema: _schema, ...json } = z.toJSONSchema(publishedProvenanceSchema, { target: "draft-2020-12" });
  return json;
})();

export function toPublishedJsonSchema(schema: z.ZodType, title: string, io: "input" | "output" = "output"): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    // The one transform of the model is provenance's (published form → span): it is written as
    // its published form. Any other type JSON Schema cannot state is still an error.
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === provenanceSchema) Object.assign(jsonSchema, PUBLISHED_PROVENANCE);
      else if (zodSchema !== provenanceSchema.def.out && ["transform", "custom"].includes(zodSchema._zod.def.type))
        throw new Error(`${title}: a ${zodSchema._zod.def.type} type cannot be stated in JSON Schema`);
    },
  }) as JsonSchema;
  return renameDefinitions({ $schema: json["$schema"], title, ...json });
}

export function catalogJsonSchema(): JsonSchema {
  return toPublishedJsonSchema(publishedCatalogSchema, "edx-event-catalog catalog");
}

export function manifestJsonSchema(): JsonSchema {
  return toPublishedJsonSchema(manifestSchema, "edx-event-catalog release manifest", "input");
}
