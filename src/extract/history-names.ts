// Tells which names a history sentence mentions and whether each is an event or a field
// ("``user_id`` added", "this event was named ``save_problem_check``"), from the words around
// each name: history is compared per event and per field across releases.
import { isEventName } from "./event-names.ts";

const CODE = /``([^`]+?)``|`([^`]+?)`|<code>(.*?)<\/code>/g;
const UNQUOTED_FIELD = /\bthe ([a-z][a-z0-9_]*) (?:member )?field\b/g;
const NOT_FIELD_WORDS = new Set(["member", "common", "event", "same", "new", "following", "this", "that", "other"]);
const NAME = /^[A-Za-z_*][A-Za-z0-9_.\-*/]*$/;

type Kind = "event" | "field";

/** "event" or "field" from the words right after (or right before) a name, if they say. */
function kindFromNeighbours(before: string, after: string): Kind | undefined {
  const next =
    /^\s*(?:(?:and|or|,)\s*(?:``[^`]+``|`[^`]+`|<code>.*?<\/code>)\s*)*(member fields?|fields?|objects?|columns?|events?|event types?)\b/i.exec(
      after,
    );
  if (next?.[1]) return /^event/i.test(next[1]) ? "event" : "field";
  const prev = /\b(events?|fields?|member fields?)\s*$/i.exec(before);
  if (prev?.[1]) return /^event/i.test(prev[1]) ? "event" : "field";
  return undefined;
}

/** Kind of a name the neighbours do not settle: from the sentence, then from its shape. */
function kindFromSentence(name: string, sentence: string): Kind {
  const mentionsEvent = /\bevents?\b/i.test(sentence);
  const mentionsField = /\b(?:fields?|columns?)\b/i.test(sentence);
  if (/\b(?:named|name|renamed|maps to)\b/i.test(sentence) && mentionsEvent !== mentionsField) {
    return mentionsEvent ? "event" : "field";
  }
  return (name.match(/\./g)?.length ?? 0) >= 2 && isEventName(name) ? "event" : "field";
}

/** The field and event names a history text mentions, each once, in order of appearance. */
export function mentionedNames(source: string): { fields: string[]; events: string[] } {
  const found: { name: string; kind: Kind; at: number }[] = [];
  for (const m of source.matchAll(CODE)) {
    const name = (m[1] ?? m[2] ?? m[3] ?? "").trim();
    if (!NAME.test(name)) continue;
    const before = source.slice(0, m.index);
    const after = source.slice(m.index + m[0].length);
    found.push({ name, kind: kindFromNeighbours(before, after) ?? kindFromSentence(name, source), at: m.index });
  }
  for (const m of source.matchAll(UNQUOTED_FIELD)) {
    const name = m[1] ?? "";
    if (!NOT_FIELD_WORDS.has(name)) found.push({ name, kind: "field", at: m.index });
  }
  found.sort((a, b) => a.at - b.at);
  const events = [...new Set(found.filter((f) => f.kind === "event").map((f) => f.name))];
  // A name called an event anywhere in the entry is an event ("an event_type value of seq_goto").
  const fields = [...new Set(found.filter((f) => f.kind === "field" && !events.includes(f.name)).map((f) => f.name))];
  return { fields, events };
}
