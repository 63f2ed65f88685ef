// Some events state no Event Source of their own (the 2016 special-exam events, a few 2014
// instructor events) but their description says who emits them: "The server emits this event
// when…". This stage reads that sentence, for every reader alike, and marks the result inferred.
import type { EventSource } from "../model/event-schema.ts";
import type { EventDraft } from "../readers/reader.ts";

const EMITTER =
  /\b(?:the\s+)?(server|browser|edX mobile app|mobile app|mobile apps)((?:\s*(?:,|and|or)\s*(?:the\s+)?(?:server|browser|edX mobile app|mobile app|mobile apps))*)\s+(?:emits?|sends?|fires?)\b/i;

function sourceOf(word: string): EventSource {
  const w = word.toLowerCase();
  if (w.includes("mobile")) return "mobile";
  return w === "server" ? "server" : "browser";
}

/** The sources a description names as emitters, in a stable order; empty when it names none. */
export function sourcesFromDescription(text: string): EventSource[] {
  const match = EMITTER.exec(text);
  if (!match?.[1]) return [];
  const words = [match[1], ...(match[2] ?? "").split(/\s*(?:,|\band\b|\bor\b)\s*/)]
    .map((w) => w.replace(/^the\s+/i, "").trim())
    .filter((w) => w !== "");
  const order: EventSource[] = ["browser", "server", "mobile", "task"];
  const found = new Set(words.map(sourceOf));
  return order.filter((s) => found.has(s));
}

/** Fills in the sources of drafts that state none, from their description; returns how many it filled. */
export function inferMissingSources(drafts: EventDraft[]): number {
  let filled = 0;
  for (const draft of drafts) {
    if (draft.sources.length > 0) continue;
    const sources = sourcesFromDescription(draft.description.text);
    if (sources.length === 0) continue;
    draft.sources = sources;
    draft.sourcesInferred = true;
    filled++;
  }
  return filled;
}
