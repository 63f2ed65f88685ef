// The model of a code example (mostly JSON events) exactly as the documentation shows it.
import { z } from "zod/v4";
import { provenanceSchema } from "./common-schema.ts";

export const repairKindSchema = z
  .enum(["missing-comma", "trailing-comma", "unquoted-value", "page-break-join", "single-quotes", "comment"])
  .describe("A well-known repair applied to an invalid example.");
export type RepairKind = z.infer<typeof repairKindSchema>;

export const exampleSchema = z
  .object({
    title: z.string().optional().describe("Heading or caption of the example, when there is one."),
    language: z.string().describe("Language of the code block (json, text, …)."),
    code: z.string().describe("The code exactly as written (page furniture removed)."),
    valid: z.boolean().describe("Whether the code parses in its language (JSON only; other languages are valid)."),
    error: z
      .object({
        message: z.string(),
        line: z.int().min(1).describe("1-based line inside the code."),
        column: z.int().min(1).describe("1-based column inside the code."),
      })
      .optional()
      .describe("The parse error of an invalid example."),
    repaired: z
      .object({
        code: z.string().describe("The repaired code."),
        repairs: z.array(z.object({ kind: repairKindSchema, line: z.int().min(1), column: z.int().min(1) })),
      })
      .optional()
      .describe("A repaired version, present only when well-known repairs make the code valid."),
    provenance: provenanceSchema,
  })
  .describe("A code example.");
export type Example = z.infer<typeof exampleSchema>;
