// Event names as a line schema matches them. Most are literal `event_type` values; the docs also
// write patterns — `edx.special_exam.{special_exam_type}.created`, `list_forum_*`,
// `oe_[generated_event_type]` — which stand for every name they describe (src/model/name-patterns.ts).
import { isPatternName, patternSource } from "../model/name-patterns.ts";

/** A JSON Schema matching a string against names: literal names as an enum, patterns as regular expressions. */
export function namesSchema(names: readonly string[]): { [key: string]: unknown } {
  const literal = [...new Set(names.filter((n) => !isPatternName(n)))];
  const patterns = [...new Set(names.filter(isPatternName).map(patternSource))];
  const parts: { [key: string]: unknown }[] = [];
  if (literal.length > 0) parts.push({ enum: literal });
  for (const pattern of patterns) parts.push({ type: "string", pattern });
  return parts.length === 1 ? (parts[0] ?? {}) : { anyOf: parts };
}
