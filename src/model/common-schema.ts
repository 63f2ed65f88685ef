// Small building blocks shared by every part of the catalog model: places in a source
// file, rich text, history entries, and the evidence of an identity decision. Declared once here; types are derived with z.infer.
import { z } from "zod/v4";
import { provenanceSpan } from "./position.ts";

/**
 * Where a value was read from, as catalog.json writes it. In memory (readers to site) a value's
 * provenance is a `SourceSpan` (src/model/position.ts); the published form is written and read
 * back in one place, src/publish/published-json.ts. The schema parses the published form into
 * the span, so the model's types hold spans and the JSON Schema (generated from its input side)
 * describes the file.
 */
export const publishedProvenanceSchema = z
  .object({
    file: z.string().describe("Path of the source file, relative to the content folder."),
    line: z.int().min(1).describe("First line (1-based) of the text this value was read from."),
    endLine: z.int().min(1).describe("Last line (1-based, inclusive) of that text."),
    column: z
      .int()
      .min(1)
      .optional()
      .describe("First column (1-based), given where lines alone do not place the text (RST with lost line breaks)."),
    endColumn: z.int().min(1).optional().describe("Last column (1-based, inclusive), with column."),
  })
  .describe("Where in a source file a value was read from.");
export type PublishedProvenance = z.infer<typeof publishedProvenanceSchema>;

export const provenanceSchema = publishedProvenanceSchema.transform(provenanceSpan);

export const richTextSchema = z
  .object({
    text: z.string().describe("Plain text, inline markup removed; what search and comparison use."),
    html: z
      .string()
      .describe("Safe HTML rendered from a syntax tree of the source markup (never source HTML passed through)."),
  })
  .describe("Description text of the documentation, as plain text and as safe HTML.");
export type RichText = z.infer<typeof richTextSchema>;

export const historyKindSchema = z
  .enum(["added", "updated", "renamed", "deprecated", "removed", "note"])
  .describe("What a history entry says happened.");
export type HistoryKind = z.infer<typeof historyKindSchema>;

export const historyEntrySchema = z
  .object({
    date: z.string().optional().describe("ISO 8601 date (YYYY-MM-DD) when the text gives one."),
    dateAsWritten: z.string().optional().describe("The date exactly as the text writes it."),
    kind: historyKindSchema,
    text: z.string().describe("The history sentence(s), plain text."),
    fields: z.array(z.string()).describe("Field names the entry mentions."),
    events: z.array(z.string()).describe("Event names the entry mentions."),
    provenance: provenanceSchema.optional(),
  })
  .describe("One dated or undated statement of change, as written in the documentation.");
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const evidenceSchema = z
  .object({
    kind: z.enum(["stated", "inferred"]).describe("Stated in the documentation, or inferred from names."),
    release: z.string().optional().describe("Release whose text gives the evidence."),
    text: z.string().describe("The sentence or rule that supports the decision."),
    provenance: provenanceSchema.optional(),
  })
  .describe("Why an identity decision was made.");
export type Evidence = z.infer<typeof evidenceSchema>;
