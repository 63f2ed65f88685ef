// Turns the Language column into event sources: code in CoffeeScript or JavaScript runs in the
// browser, code in Python on the server. The text as written is kept next to the sources.
import type { EventSource } from "../../model/event-schema.ts";

const LANGUAGES: ReadonlyArray<readonly [RegExp, EventSource]> = [
  [/^(coffee ?script|js|javascript)$/i, "browser"],
  [/^python$/i, "server"],
];

export interface LanguageSources {
  sources: EventSource[];
  /** Languages that map to no source. */
  unknown: string[];
}

export function languageToSources(text: string): LanguageSources {
  const sources: EventSource[] = [];
  const unknown: string[] = [];
  for (const word of text
    .split(/\s*(?:\/|,|\band\b)\s*/)
    .map((w) => w.trim())
    .filter((w) => w !== "")) {
    const source = LANGUAGES.find(([pattern]) => pattern.test(word))?.[1];
    if (!source) unknown.push(word);
    else if (!sources.includes(source)) sources.push(source);
  }
  return { sources, unknown };
}
