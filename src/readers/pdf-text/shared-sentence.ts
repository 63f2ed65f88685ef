// The sentences by which the 2016 guide says that an event shares member fields with another
// event instead of repeating a field table: "The `b` events include the same event member fields
// that are described for `a`", "These fields serve the same purpose for events of this type as
// for the *a* events", "The event fields for this event are the same as the event fields for the
// `a` event", "The same set of additional context fields are added for `b` events as for `a`".
// Only the sentence holding such a phrase is read, and only the names written after the phrase:
// the event itself is usually named before it, and a following "For more information, see …"
// sentence lists events that are not sources. "In addition to the *common* context member
// fields, this event type also includes the following …" states no sharing and is not matched.
import { isEventName } from "../../extract/event-names.ts";
import type { MemberFieldsTarget } from "./block-types.ts";

export interface SharedSentence {
  /** Event names written after the sharing phrase, in order ("play_video/edx.video.played" gives both halves); may hold `{special_exam_type}`. */
  sources: string[];
  /** The field kinds the sentence names ("context and event member fields" gives both); empty when it names none. */
  kinds: MemberFieldsTarget[];
  /** The sentence, whitespace collapsed. */
  sentence: string;
}

const TRIGGER =
  /\bsame\s+(?:set\s+of\s+additional\s+)?(?:`?(?:event|context)`?\s+(?:and\s+`?(?:event|context)`?\s+)?)?(?:member\s+)?fields\b|\bserves?\s+the\s+same\s+purpose\b|\bare\s+the\s+same\s+as\s+the\b/;
/** `name`, *name*, [name](#), <code>name</code>. */
const MENTION = /`([^`]+)`|\*([^*\s][^*]*?)\*|\[([^\]]+)\]\([^)]*\)|<code>([^<]+)<\/code>/g;
/** A mention followed by "field" names a field ("the `course_id` field that is described for …"). */
const FIELD_AFTER = /^\s+(?:member\s+)?fields?\b/;
const PLACEHOLDER = /^[\w.]*\{[^}]+\}[\w.]*$/;
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z`*[<])/;

function mentionNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(MENTION)) {
    const written = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").trim();
    if (FIELD_AFTER.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    const halves = written.split("/");
    const names = halves.length > 1 && halves.every(isEventName) ? halves : [written];
    for (const name of names) {
      if ((isEventName(name) || PLACEHOLDER.test(name)) && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

function kindsOf(sentence: string): MemberFieldsTarget[] {
  if (/\b(?:context`?\s+and\s+`?event|event`?\s+and\s+`?context)`?\s+(?:member\s+)?fields\b/.test(sentence))
    return ["context", "event"];
  if (/\bcontext`?\s+(?:member\s+)?fields\b/.test(sentence)) return ["context"];
  if (/\bevent`?\s+(?:member\s+)?fields\b/.test(sentence)) return ["event"];
  return [];
}

/** The sharing one paragraph states: the sources of its sharing sentences together, or undefined. */
export function readSharedSentence(text: string): SharedSentence | undefined {
  const flat = text.replace(/\s+/g, " ").trim();
  const sources: string[] = [];
  const kinds: MemberFieldsTarget[] = [];
  const sentences: string[] = [];
  for (const sentence of flat.split(SENTENCE_END)) {
    const trigger = TRIGGER.exec(sentence);
    if (!trigger) continue;
    const names = mentionNames(sentence.slice(trigger.index));
    if (names.length === 0) continue;
    sentences.push(sentence);
    for (const n of names) if (!sources.includes(n)) sources.push(n);
    for (const k of kindsOf(sentence)) if (!kinds.includes(k)) kinds.push(k);
  }
  if (sources.length === 0) return undefined;
  return { sources, kinds, sentence: sentences.join(" ") };
}
