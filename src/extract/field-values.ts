// Reads what a field's details say about its values: the allowed values when the details list
// them ("'audit', 'honor', 'verified'", "Possible values are 'per_course' or 'all_courses'"),
// and whether null is allowed ("Nulls allowed"). Quoted words that are examples or formats
// ("Examples include 'checkboxgroup'", "in the form '%Y%m%d'") are not allowed values.

const LITERAL = String.raw`'([^'\s][^'\n]*?)'`;
const SEPARATOR = String.raw`\s*(?:,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+)`;
// Two or more quoted literals in a row; the last may have lost its opening quote ("verified'").
const RUN = new RegExp(`${LITERAL}(?:${SEPARATOR}(?:${LITERAL}|([A-Za-z_][\\w.\\-]*)'))+`, "g");
const SINGLE_AFTER =
  /\b(?:set to|values? (?:is|are)|possible values? (?:is|are)|valid values? (?:is|are)|either|can be|one of|always)\s*:?\s*$/i;
const EXAMPLE_BEFORE =
  /\b(?:examples?|for example|for instance|such as|e\.g\.|include|includes|like|form|format)\b[^.;]*$/i;
const SINGLE = new RegExp(LITERAL, "g");
// Code literals are names more often than values; they are values only right after wording
// that says so ("Possible values are ``per_course`` or ``all_courses``").
const CODE_VALUES = new RegExp(
  String.raw`\b(?:possible values? (?:is|are)|valid values? (?:is|are)|values? (?:is|are)|set to|one of|either)\s*:?\s*((?:\`\`[^\`]+\`\`)(?:${SEPARATOR}\`\`[^\`]+\`\`)*)`,
  "gi",
);
// Bullets that hold nothing but one quoted literal each ("* 'browser'", "* 'server'").
const BULLET_VALUES = /(?:^|\s)[*•-]\s+'([^'\n]+)'(?=\s|$)/g;

function sentenceBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const end = Math.max(before.lastIndexOf(". "), before.lastIndexOf("; "));
  return end < 0 ? before : before.slice(end + 2);
}

/** The values a details text lists as allowed, in order, each once; undefined when it lists none. */
export function allowedValues(details: string): string[] | undefined {
  const values: string[] = [];
  const add = (v: string): void => {
    const value = v.trim();
    if (value !== "" && !values.includes(value)) values.push(value);
  };
  for (const m of details.matchAll(RUN)) {
    if (EXAMPLE_BEFORE.test(sentenceBefore(details, m.index))) continue;
    for (const part of m[0].matchAll(/'([^'\n]*?)'|([A-Za-z_][\w.-]*)'/g)) add(part[1] ?? part[2] ?? "");
  }
  for (const m of details.matchAll(CODE_VALUES)) {
    for (const part of (m[1] ?? "").matchAll(/``([^`]+)``/g)) add(part[1] ?? "");
  }
  const bullets = [...details.matchAll(BULLET_VALUES)];
  if (bullets.length >= 2) for (const m of bullets) add(m[1] ?? "");
  if (values.length === 0) {
    for (const m of details.matchAll(SINGLE)) {
      if (SINGLE_AFTER.test(sentenceBefore(details, m.index))) add(m[1] ?? "");
    }
  }
  return values.length > 0 ? values : undefined;
}

/** true when the details say null is allowed, false when they say it is not, else undefined. */
export function nullability(details: string): boolean | undefined {
  if (/\bnulls? (?:is |are )?not allowed\b|\bnever null\b|\bcannot be null\b/i.test(details)) return false;
  if (
    /\bnulls? (?:are |is )?allowed\b|\bnull if\b|\bcan be null\b|\bmay be null\b|\bor null\b|\bis null\b|\bnullable\b/i.test(
      details,
    )
  ) {
    return true;
  }
  return undefined;
}
