// Reads what a draft itself states about its other names: a former name in its History
// ("Prior to 15 Oct 2013, this server-emitted event was named save_problem_check"), a later name
// ("renamed to …"), or the mobile `name` value in its description ("… include a name field with a
// value of edx.video.played"). These statements are the strongest identity evidence the sources give.
import type { HistoryEntry } from "../model/common-schema.ts";
import type { SourceSpan } from "../model/position.ts";
import type { EventDraft } from "../readers/reader.ts";

export type StatedRelation = "former-name" | "later-name" | "mobile-name";

export interface NameStatement {
  /** The other name the draft's text gives. */
  name: string;
  relation: StatedRelation;
  /** The sentence that states it. */
  text: string;
  provenance: SourceSpan;
  /** Set when one sentence names several events and this one was matched to the draft by spelling. */
  paired?: string;
}

const NAME = "[`'\"*]*([A-Za-z][A-Za-z0-9_.\\-]*[A-Za-z0-9_])[`'\"*]*";
// Only sentences about the event itself: "the `module` field was named …" must not rename the event.
const FORMER_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `\\bevents?\\s+(?:was|were)\\s+(?:originally\\s+|previously\\s+|formerly\\s+)?(?:named|called)\\s+${NAME}(?:\\s+and\\s+${NAME})?`,
    "gi",
  ),
  new RegExp(`\\boriginal\\s+name\\s+(?:for|of)\\s+this\\s+event\\s+(?:was|is)\\s+${NAME}`, "gi"),
  // "the seq_next event was correspondingly enhanced … and now maps to the new event" (Eucalyptus on).
  new RegExp(`\\b${NAME}\\s+event\\b[^.]*?\\bnow\\s+maps\\s+to\\s+the\\s+new\\s+event\\b`, "gi"),
];
const LATER_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\bevents?\\b[^.]*?\\b(?:renamed|changed)\\s+to\\s+${NAME}(?:\\s+and\\s+${NAME})?`, "gi"),
];
// "… include a `name` field with a value of X" and "… include the value X in the `name` field".
const MOBILE_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\bname[\`'"*]*\\s+field\\s+with\\s+(?:a|the)\\s+value\\s+(?:of\\s+)?${NAME}`, "gi"),
  new RegExp(`\\bvalue\\s+${NAME}\\s+in\\s+the\\s+[\`'"*]*name[\`'"*]*\\s+field`, "gi"),
];

function matches(text: string, patterns: readonly RegExp[]): string[] {
  const out: string[] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      for (const name of m.slice(1)) if (name) out.push(name);
    }
  }
  return out;
}

/** The sentence of `text` that holds `index`, for evidence that reads on its own. */
function sentenceAt(text: string, needle: string): string {
  const sentences = text.split(/(?<=[.!?])\s+/);
  return (sentences.find((s) => s.includes(needle)) ?? text).trim();
}

function fromHistory(entry: HistoryEntry, ownNames: ReadonlySet<string>, fallback: SourceSpan): NameStatement[] {
  const provenance = entry.provenance ?? fallback;
  const former = new Set(matches(entry.text, FORMER_PATTERNS));
  const later = new Set(matches(entry.text, LATER_PATTERNS));
  if (entry.kind === "renamed" && former.size === 0 && later.size === 0 && /\bevents?\b/i.test(entry.text)) {
    for (const name of entry.events) former.add(name);
  }
  const out: NameStatement[] = [];
  for (const name of [...former].sort()) {
    if (!ownNames.has(name)) out.push({ name, relation: "former-name", text: entry.text, provenance });
  }
  for (const name of [...later].sort()) {
    if (!ownNames.has(name) && !former.has(name))
      out.push({ name, relation: "later-name", text: entry.text, provenance });
  }
  return out;
}

function likeness(a: string, b: string): number {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  return prefix * 2 + suffix;
}

/**
 * "These events were previously named oe_hide_problem and oe_show_problem" sits under the title of
 * two events: each of the draft's own names keeps only the stated name it resembles most.
 */
function pairSharedSentences(statements: NameStatement[], ownNames: readonly string[]): NameStatement[] {
  const groups = new Map<string, NameStatement[]>();
  for (const s of statements) {
    const key = `${s.relation}\u0000${s.text}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return statements.flatMap((s) => {
    const group = groups.get(`${s.relation}\u0000${s.text}`) ?? [s];
    if (group.length < 2 || s.relation === "mobile-name") return [s];
    const picked = ownNames.some((own) => {
      const best = [...group].sort(
        (x, y) => likeness(own, y.name) - likeness(own, x.name) || x.name.localeCompare(y.name),
      )[0];
      return best === s;
    });
    if (!picked) return [];
    return [
      {
        ...s,
        paired: `one sentence names ${group.map((g) => g.name).join(", ")}; matched by the most similar spelling`,
      },
    ];
  });
}

/** Every other name a draft states for itself, in a stable order, duplicates removed. */
export function statedNames(draft: EventDraft): NameStatement[] {
  const own = new Set(draft.names);
  const out: NameStatement[] = [];
  for (const entry of draft.history) out.push(...fromHistory(entry, own, draft.provenance));
  const description = draft.description.text;
  // A title "play_video/edx.video.played" heads both names; the sentence still says which is the mobile one.
  for (const name of new Set(matches(description, MOBILE_PATTERNS))) {
    if (name !== draft.names[0]) {
      out.push({ name, relation: "mobile-name", text: sentenceAt(description, name), provenance: draft.provenance });
    }
  }
  const seen = new Set<string>();
  const unique = out.filter((s) => {
    const key = `${s.relation}\u0000${s.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return pairSharedSentences(unique, draft.names);
}

/** Names equal once case and the separators `_ - .` are ignored (`show_answer` / `showanswer`). */
export function spellingKey(name: string): string {
  return name.toLowerCase().replace(/[_.\-\s]/g, "");
}
