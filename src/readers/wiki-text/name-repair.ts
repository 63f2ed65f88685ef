// Repairs of the names the PDF print clipped or split: "roblem_id" lost its first letter at the
// page edge, "problem_i" + "d string" split a name across cells, "hintmod" + "е" carries a Cyrillic
// look-alike letter. A repair is made only when a known field name of the era or a name written in
// full elsewhere in the same file supports exactly one reading; every repair is reported.

/** Field names of the 2012–2013 problem events and their correct_map, as later releases write them. */
export const KNOWN_FIELD_NAMES: readonly string[] = [
  "problem_id",
  "success",
  "attempts",
  "correct_map",
  "answers",
  "state",
  "old_state",
  "new_state",
  "hint",
  "hintmode",
  "correctness",
  "npoints",
  "msg",
  "queuestate",
];

/** Column headers of the wiki tables, as the intact headers of the same page write them. */
export const KNOWN_HEADERS: readonly string[] = [
  "event_type",
  "event fields",
  "field",
  "details",
  "type",
  "values/format",
  "example",
  "key",
  "correct_map fields",
  "null allowed?",
];

const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  А: "A",
  Е: "E",
  О: "O",
  Р: "P",
  С: "C",
  У: "Y",
  Х: "X",
  І: "I",
};

/** Replaces Cyrillic letters that print like Latin ones ("уes" → "yes"). */
export function foldLookAlikes(text: string): string {
  return text.replace(/[аеорсухіјѕАЕОРСУХІ]/g, (ch) => LOOK_ALIKES[ch] ?? ch);
}

export const IDENTIFIER = /^\$?[A-Za-z_][A-Za-z0-9_]*$/;

export interface NameEvidence {
  /** Names written in full in the file, with the first line that writes them. */
  inFile: ReadonlyMap<string, number>;
  known: readonly string[];
  /** What the known list is, for the diagnostic ("a known field name of the era"). */
  knownAs: string;
}

export type NameRepair =
  | { kind: "intact"; name: string }
  | { kind: "repaired"; name: string; evidence: string }
  | { kind: "ambiguous"; name: string; candidates: string[] }
  | { kind: "unknown"; name: string };

function evidenceFor(name: string, ev: NameEvidence): string | undefined {
  if (ev.known.includes(name)) return ev.knownAs;
  const line = ev.inFile.get(name);
  return line === undefined ? undefined : `written in full on line ${line}`;
}

/** Reads a name that may have lost up to three first letters at the page edge. */
export function repairClippedName(asWritten: string, ev: NameEvidence): NameRepair {
  const name = foldLookAlikes(asWritten);
  if (evidenceFor(name, ev) !== undefined) {
    return name === asWritten ? { kind: "intact", name } : { kind: "repaired", name, evidence: "look-alike letters" };
  }
  const pool = [...new Set([...ev.known, ...ev.inFile.keys()])];
  const candidates = pool.filter((c) => c.endsWith(name) && c.length - name.length >= 1 && c.length - name.length <= 3);
  const only = candidates[0];
  if (candidates.length === 1 && only !== undefined) {
    return { kind: "repaired", name: only, evidence: evidenceFor(only, ev) ?? "" };
  }
  if (candidates.length > 1) return { kind: "ambiguous", name, candidates: candidates.sort() };
  return { kind: "unknown", name };
}

/** Joins name fragments split across cells ("correctn" + "ess") when the whole is a known name. */
export function joinNameFragments(
  fragments: readonly string[],
  ev: NameEvidence,
): { kind: "repaired"; name: string; evidence: string } | undefined {
  const parts = fragments.filter((f) => f !== "");
  if (parts.length < 2) return undefined;
  const name = foldLookAlikes(parts.join(""));
  const evidence = evidenceFor(name, ev);
  return evidence === undefined ? undefined : { kind: "repaired", name, evidence };
}

/** Names written whole in identifier-like cells of the file, for evidence of repairs. */
export function collectFileNames(
  cellsByLine: ReadonlyArray<{ line: number; texts: readonly string[] }>,
): Map<string, number> {
  const names = new Map<string, number>();
  for (const { line, texts } of cellsByLine) {
    for (const t of texts) {
      const bare = t.replace(/^<pre>|<\/pre>$/g, "").replace(/^\$/, "");
      if (/^[a-z][a-z0-9_]{3,}$/i.test(bare) && !names.has(bare)) names.set(bare, line);
    }
  }
  return names;
}
