// The one-line summary of an event: the first sentence of its newest description, cut at a word
// boundary when long. Plain text (the description's `text`), never HTML.
import type { CatalogEvent } from "../../src/model/event-schema.ts";
import { cleanText } from "./clean-text.ts";

const LIMIT = 160;

export function firstSentence(text: string): string {
  const flat = cleanText(text).replace(/\s+/g, " ").trim();
  const end = /[.!?](?=\s+[A-Z(`"“])/.exec(flat);
  const sentence = end ? flat.slice(0, end.index + 1) : flat;
  if (sentence.length <= LIMIT) return sentence;
  const cut = sentence.slice(0, LIMIT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), LIMIT - 20))}…`;
}

/** From the newest release that documents the event (the last snapshot in release order). */
export function eventSummary(event: CatalogEvent, releaseOrder: readonly string[]): string {
  const rank = new Map(releaseOrder.map((r, i) => [r, i]));
  const newest = [...event.snapshots]
    .filter((s) => s.description.text.trim().length > 0)
    .sort((a, b) => (rank.get(b.release) ?? 0) - (rank.get(a.release) ?? 0))[0];
  return newest ? firstSentence(newest.description.text) : "";
}

/** Text for an attribute (a meta description, a filter's data): angle brackets left out, so that
 * markup quoted in a source never looks like markup in the page's source either. */
export function attributeText(text: string): string {
  return text.replace(/[<>]/g, " ").replace(/\s+/g, " ").trim();
}
