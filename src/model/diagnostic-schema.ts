// The model of a diagnostic: a problem in the input, with its place, rule id and message.
import { z } from "zod/v4";

export const severitySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof severitySchema>;

export const diagnosticSchema = z
  .object({
    release: z.string().optional().describe("Release id the diagnostic belongs to."),
    file: z.string().describe("Source file, relative to the content folder."),
    line: z.int().min(1),
    column: z.int().min(1),
    endLine: z.int().min(1).optional(),
    endColumn: z.int().min(1).optional(),
    severity: severitySchema,
    rule: z.string().describe("Rule id from the diagnostics catalog (see the Diagnostics page of the documentation)."),
    message: z.string(),
  })
  .describe("A problem found in the input.");
export type Diagnostic = z.infer<typeof diagnosticSchema>;
