// Whether a field's type change is a change of the kind of value or only of its wording: the
// documentation writes one kind of value in several ways (integer / number / int, dict / object,
// string / datetime as text), and a change between two of them does not change what a log holds.
export type TypeChangeClass = "wording" | "kind";

const FAMILIES: readonly (readonly string[])[] = [
  ["number", "integer", "int", "float", "long", "decimal", "double", "numeric"],
  ["string", "str", "text", "datetime", "date", "timestamp", "iso 8601", "url", "uri", "uuid"],
  ["object", "dict", "dictionary", "json", "map", "hash", "obj"],
  ["array", "list", "array of strings", "list of strings"],
  ["boolean", "bool"],
];

function family(type: string): number {
  const t = type.trim().toLowerCase();
  return FAMILIES.findIndex((f) => f.includes(t));
}

export function typeChangeClass(from: string | undefined, to: string | undefined): TypeChangeClass {
  if (from === undefined || to === undefined) return "kind";
  const a = family(from);
  return a >= 0 && a === family(to) ? "wording" : "kind";
}
