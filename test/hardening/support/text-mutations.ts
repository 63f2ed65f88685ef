// The ways the fuzz tests damage real source text: lines deleted, duplicated or swapped, spans of
// characters moved, the text cut anywhere, and the characters that carry structure in the source
// formats inserted anywhere. Positions are drawn as plain numbers and taken modulo the text's size
// when applied, so every mutation applies to any text and shrinks well.
import fc from "fast-check";

/** Characters and short strings that open, close or separate constructs in RST, the PDF text or the wiki text. */
const STRUCTURE_TOKENS = [
  "|",
  "+",
  "=",
  "`",
  "\t",
  "*",
  "..",
  "::",
  "\n",
  "\n\n",
  "``",
  "**",
  ".. ",
  "::\n\n",
  "+----+",
  "+====+",
  "| x |",
  "======",
  "------",
  "* - ",
  ".. list-table::",
  ".. include:: ",
  ".. code-block:: json",
  "{",
  "}",
  '"',
  ",",
] as const;

export type Mutation =
  | { kind: "delete-lines"; at: number; count: number }
  | { kind: "duplicate-lines"; at: number; count: number }
  | { kind: "swap-lines"; at: number; other: number }
  | { kind: "delete-span"; at: number; count: number }
  | { kind: "duplicate-span"; at: number; count: number }
  | { kind: "swap-spans"; at: number; other: number; count: number }
  | { kind: "insert"; at: number; token: string; times: number }
  | { kind: "cut"; at: number };

const position = fc.nat({ max: 1_000_000 });

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete-lines" as const), at: position, count: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant("duplicate-lines" as const), at: position, count: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant("swap-lines" as const), at: position, other: position }),
  fc.record({ kind: fc.constant("delete-span" as const), at: position, count: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant("duplicate-span" as const), at: position, count: fc.integer({ min: 1, max: 400 }) }),
  fc.record({
    kind: fc.constant("swap-spans" as const),
    at: position,
    other: position,
    count: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: position,
    token: fc.constantFrom(...STRUCTURE_TOKENS),
    times: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({ kind: fc.constant("cut" as const), at: position }),
);

function applyToLines(text: string, edit: (lines: string[]) => void): string {
  const lines = text.split("\n");
  edit(lines);
  return lines.join("\n");
}

function applyMutation(text: string, m: Mutation): string {
  const size = Math.max(1, text.length);
  switch (m.kind) {
    case "delete-lines":
      return applyToLines(text, (lines) => {
        lines.splice(m.at % lines.length, m.count);
      });
    case "duplicate-lines":
      return applyToLines(text, (lines) => {
        const at = m.at % lines.length;
        lines.splice(at, 0, ...lines.slice(at, at + m.count));
      });
    case "swap-lines":
      return applyToLines(text, (lines) => {
        const a = m.at % lines.length;
        const b = m.other % lines.length;
        [lines[a], lines[b]] = [lines[b] ?? "", lines[a] ?? ""];
      });
    case "delete-span": {
      const at = m.at % size;
      return text.slice(0, at) + text.slice(at + m.count);
    }
    case "duplicate-span": {
      const at = m.at % size;
      return text.slice(0, at + m.count) + text.slice(at);
    }
    case "swap-spans": {
      const a = Math.min(m.at % size, m.other % size);
      const b = Math.max(m.at % size, m.other % size);
      const count = Math.min(m.count, b - a);
      if (count === 0) return text;
      const first = text.slice(a, a + count);
      const second = text.slice(b, b + count);
      return text.slice(0, a) + second + text.slice(a + count, b) + first + text.slice(b + second.length);
    }
    case "insert": {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.token.repeat(m.times) + text.slice(at);
    }
    case "cut":
      return text.slice(0, m.at % (text.length + 1));
  }
}

export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyMutation, text);
}
