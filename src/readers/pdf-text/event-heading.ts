// Event headings of the guide come in several typographic forms: "`page_close`", "problem_check_fail",
// "book", "`a` and `b`", "`seq_goto, seq_next, and seq_prev`", "`problem_check` (Browser)",
// "`hide_transcript/edx.video.transcript.hidden`", "**a, b, and\nc**", "12.4.1 add-instructor and
// remove-instructor". This module decides whether a standalone line names events, and which.
import { isEventName, splitEventNames } from "../../extract/event-names.ts";
import type { EventHeadingNames } from "./block-types.ts";

const DEPRECATED = /\s*\(deprecated\)\s*$/i;
const SLASH_PAIR = /^`?[^\s`,/]+\/[^\s`,/]+`?(?:\s*\([A-Za-z ]+\))?$/;
const SINGLE_WORD = /^`?([a-z][a-z_]*)`?$/;

/** Removes the bold markers the PDF conversion leaves around some headings. */
function withoutBold(text: string): string {
  return text.split("**").join("");
}

/**
 * The event names of a heading title, or undefined when the title does not name events only.
 * `known` holds the names of the alphabetical event list, so that a one-word name ("book",
 * "showanswer") is recognised although it does not look like an event_type.
 */
export function eventHeadingNames(title: string, known: ReadonlySet<string>): EventHeadingNames | undefined {
  const flat = withoutBold(title).replace(/\s+/g, " ").trim();
  if (flat === "" || flat.length > 400 || /[.:;]$/.test(flat)) return undefined;
  const deprecated = DEPRECATED.test(flat);
  const text = flat.replace(DEPRECATED, "");
  // "Teams-Related Events", "List Discussion Team Events": a section title, not event names.
  if (!text.includes("`") && /\bEvents?$/.test(text)) return undefined;
  const split = splitEventNames(text);
  let names = split.names;
  if (names.length === 0) {
    const word = SINGLE_WORD.exec(text)?.[1];
    if (word && known.has(word)) names = [word];
  }
  if (names.length === 0) return undefined;
  if (!names.every((n) => isEventName(n) || known.has(n))) return undefined;
  const result: EventHeadingNames = { names, deprecated, oneEvent: names.length === 1 || SLASH_PAIR.test(text) };
  if (split.variant !== undefined) result.variant = split.variant;
  return result;
}
