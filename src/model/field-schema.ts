// The model of one documented field (common, context or event member field), nested to any depth.
import { z } from "zod/v4";
import { historyEntrySchema, provenanceSchema, richTextSchema } from "./common-schema.ts";

export const fieldTypeSchema = z
  .enum(["string", "number", "integer", "boolean", "object", "array", "null", "datetime", "unknown"])
  .describe("Normalised field type.");
export type FieldType = z.infer<typeof fieldTypeSchema>;

export interface Field {
  name: string;
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
    name: z.string().describe("Field name as it appears in the JSON of the event."),
    type: fieldTypeSchema,
    typeAlternatives: z
      .array(fieldTypeSchema)
      .optional()
      .describe("All types when the documentation gives several (\"string/JSON\")."),
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
