// Event names as a line schema matches them. Most are literal `event_type` values; the docs also
// write patterns — `edx.special_exam.{special_exam_type}.created`, `list_forum_*`,
// `oe_[generated_event_type]` — which stand for every name they describe.
const PLACEHOLDER = /\{[^{}]*\}|\[[^[\]]*\]|\*/g;

function isNamePattern(name: string): boolean {
  PLACEHOLDER.lastIndex = 0;
  return PLACEHOLDER.test(name);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** The anchored regular expression of a pattern name: each placeholder matches one or more name characters. */
function namePatternSource(name: string): string {
  const parts = name.split(PLACEHOLDER).map(escapeRegExp);
  return `^${parts.join("[A-Za-z0-9_.-]+")}$`;
}

/** A JSON Schema matching a string against names: literal names as an enum, patterns as regular expressions. */
export function namesSchema(names: readonly string[]): { [key: string]: unknown } {
  const literal = [...new Set(names.filter((n) => !isNamePattern(n)))];
  const patterns = [...new Set(names.filter(isNamePattern).map(namePatternSource))];
  const parts: { [key: string]: unknown }[] = [];
  if (literal.length > 0) parts.push({ enum: literal });
  for (const pattern of patterns) parts.push({ type: "string", pattern });
  return parts.length === 1 ? (parts[0] ?? {}) : { anyOf: parts };
}
