// The model of one documented field (common, context or event member field), nested to any depth.
import { z } from "zod/v4";
import { evidenceSchema, historyEntrySchema, provenanceSchema, richTextSchema } from "./common-schema.ts";

const fieldAliasRelationSchema = z
  .enum(["full-name", "clipped-name"])
  .describe(
    "full-name: the name as written is cut short (by a conversion of the text) and this is the field's real name; clipped-name: the inverse, a cut-short form written elsewhere.",
  );

export const fieldAliasSchema = z
  .object({
    name: z.string(),
    relation: fieldAliasRelationSchema,
    evidence: z.array(evidenceSchema).min(1),
  })
  .describe("Another name of the same field, with the evidence that relates the two.");
export type FieldAlias = z.infer<typeof fieldAliasSchema>;

export const fieldTypeSchema = z
  .enum(["string", "number", "integer", "boolean", "object", "array", "null", "datetime", "unknown"])
  .describe("Normalised field type.");
export type FieldType = z.infer<typeof fieldTypeSchema>;

export interface Field {
  name: string;
  aliases?: FieldAlias[] | undefined;
  type: FieldType;
  typeAlternatives?: FieldType[] | undefined;
  typeAsWritten?: string | undefined;
  description: z.infer<typeof richTextSchema>;
  values?: string[] | undefined;
  nullable?: boolean | undefined;
  fields: Field[];
  history: z.infer<typeof historyEntrySchema>[];
  provenance: z.infer<typeof provenanceSchema>;
}

export const fieldSchema: z.ZodType<Field> = z
  .object({
    name: z.string().describe("Field name as the documentation writes it."),
    aliases: z
      .array(fieldAliasSchema)
      .optional()
      .describe(
        "Other names of the field: the real name where the text clips it (a `full-name` alias is the name found in tracking logs).",
      ),
    type: fieldTypeSchema,
    typeAlternatives: z
      .array(fieldTypeSchema)
      .optional()
      .describe('All types when the documentation gives several ("string/JSON").'),
    typeAsWritten: z.string().optional().describe("The type exactly as the documentation writes it."),
    description: richTextSchema,
    values: z.array(z.string()).optional().describe("Allowed values, where the documentation lists them."),
    nullable: z.boolean().optional().describe("Whether null is allowed, where the documentation says so."),
    get fields() {
      return z.array(fieldSchema).describe("Nested member fields (correct_map, submission, module, …).");
    },
    history: z.array(historyEntrySchema).describe("History stated for this field."),
    provenance: provenanceSchema,
  })
  .describe("One documented field.");
