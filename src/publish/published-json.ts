// The one crossing between the catalog in memory and its published JSON. In memory, a value's
// `provenance` is a SourceSpan (src/model/position.ts), the one position type of every stage; in
// catalog.json, the event documents and the release documents it keeps the flat form it has always
// had (`file, line, endLine`, with `column`, `endColumn` where lines alone do not place the text).
// The model declares every `provenance` member with provenanceSchema and nothing else by that
// name (test/publish/published-json.test.ts checks the JSON Schema), so the key is enough to know
// what to convert.
import { provenanceSpan, publishedProvenance, type SourcePosition } from "../model/position.ts";
import type { PublishedProvenance } from "../model/common-schema.ts";

function replacer(key: string, value: unknown): unknown {
  return key === "provenance" && value !== undefined ? publishedProvenance(value as SourcePosition) : value;
}

/** `value` as published JSON: provenance spans in their published form, then `JSON.stringify`. */
export function publishedJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, replacer, indent);
}

function isSpan(value: unknown): boolean {
  return typeof value === "object" && value !== null && "start" in value;
}

/**
 * Turns the published provenances of freshly parsed, validated JSON into spans, in place (the
 * value as read keeps its key order, so it serializes back to the very bytes it came from).
 */
export function readProvenances(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) readProvenances(item);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const member = record[key];
    if (key === "provenance" && member !== undefined && !isSpan(member))
      record[key] = provenanceSpan(member as PublishedProvenance);
    else readProvenances(member);
  }
}
