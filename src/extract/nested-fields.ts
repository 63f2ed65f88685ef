// Finds member fields listed inside a field's details: RST bullets ("* ``correctness``:
// string; 'correct', 'incorrect'"), the same bullets run together on one line where the
// line breaks were lost, and the PDF text's `<ul>` lists ("correctness: string; … hint:
// string; …"). The details before the first item stay the field's own description.

export interface NestedItem {
  name: string;
  typeAsWritten: string;
  details: string;
  /** Offset of the item in the details text. */
  index: number;
}

const TYPE_WORD = String.raw`(?:string|str|number|integer|int|float|boolean|bool|object|dict|dictionary|array|list|json|datetime|null)`;
const TYPE = String.raw`${TYPE_WORD}(?:\s*(?:/|\bor\b)\s*${TYPE_WORD})*`;
const NAME = String.raw`[A-Za-z_][A-Za-z0-9_.\-]*`;
// A bulleted item: "* ``name``: type;" or "• <code>name</code>: type;".
const BULLET_ITEM = new RegExp(
  String.raw`(?:^|\s)[*•\-]\s+(?:\`\`(${NAME})\`\`|<code>(${NAME})</code>|\`(${NAME})\`|(${NAME}))\s*:\s*(${TYPE})\s*(?:;|$)`,
  "gim",
);
// Inside a PDF `<ul>`, items lost their bullets: "name: type;".
const BARE_ITEM = new RegExp(String.raw`(?:^|\s)(?:<code>(${NAME})</code>|(${NAME}))\s*:\s*(${TYPE})\s*;`, "gi");
const UL_TAG = /<ul(?:\s[^>]*)?>/i;

/** Splits details into the description before the items and the items themselves. */
export function splitNestedItems(details: string): { description: string; items: NestedItem[] } {
  type Hit = { name: string; type: string; start: number; bodyStart: number };
  let hits: Hit[] = [...details.matchAll(BULLET_ITEM)].map((m) => ({
    name: m[1] ?? m[2] ?? m[3] ?? m[4] ?? "",
    type: m[5] ?? "",
    start: m.index + (m[0].length - m[0].trimStart().length),
    bodyStart: m.index + m[0].length,
  }));
  const ul = UL_TAG.exec(details);
  if (hits.length === 0 && ul) {
    const from = ul.index + ul[0].length;
    hits = [...details.slice(from).matchAll(BARE_ITEM)].map((m) => ({
      name: m[1] ?? m[2] ?? "",
      type: m[3] ?? "",
      start: from + m.index + (m[0].length - m[0].trimStart().length),
      bodyStart: from + m.index + m[0].length,
    }));
  }
  const first = hits[0];
  if (!first) return { description: details, items: [] };
  const items = hits.map((hit, i) => {
    const end = hits[i + 1]?.start ?? details.length;
    const details_ = details
      .slice(hit.bodyStart, end)
      .replace(/<\/?(?:ul|li)[^>]*>/gi, " ")
      .trim();
    return { name: hit.name, typeAsWritten: hit.type.trim(), details: details_, index: hit.start };
  });
  const cut = ul && ul.index < first.start ? ul.index : first.start;
  return { description: details.slice(0, cut).trim(), items };
}
