// Plain source strings (History sentences, alias evidence, example titles) as readers see them:
// RST and Markdown inline markup that reached the text becomes code, emphasis or plain words, and a
// reference to an event of the catalog becomes a link (anything else stays plain text). Rendered by
// CleanText.astro as text nodes: nothing here is ever HTML.
export interface TextPart {
  text: string;
  code?: true;
  /** Set when the part names an event of the catalog. */
  eventId?: string;
}

/** Looks up an event by a name, an alias or a label spelt with underscores for dots. */
export type EventFinder = (name: string) => string | undefined;

export function eventFinder(events: readonly { id: string; name: string; aliases: readonly { name: string }[] }[]): EventFinder {
  const exact = new Map<string, string>();
  const loose = new Map<string, string | null>();
  const key = (s: string): string => s.trim().toLowerCase().replace(/[\s._-]+/g, "_");
  for (const e of events) {
    for (const name of [e.name, ...e.aliases.map((a) => a.name)]) {
      if (!exact.has(name)) exact.set(name, e.id);
      const k = key(name);
      const seen = loose.get(k);
      loose.set(k, seen === undefined || seen === e.id ? e.id : null);
    }
  }
  return (name) => exact.get(name) ?? loose.get(key(name)) ?? undefined;
}

// One pattern per construct, tried in this order at each place.
const TOKEN =
  /:(?:ref|doc):`([^`<]*?)\s*(?:<([^>`]+)>)?`|``([^`]+)``|\[([^\]]+)\]\((?:#[^)]*)?\)|\*\*([^*]+)\*\*|`([^`]+)`_{0,2}/g;

function labelWords(label: string): string {
  return label.replace(/^.*\//, "").replace(/[_-]+/g, " ").trim();
}

export function cleanTextParts(text: string, find: EventFinder = () => undefined): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  const plain = (s: string): void => {
    if (s) parts.push({ text: s });
  };
  const named = (shown: string, target: string, asCode: boolean): void => {
    const id = find(target);
    if (id !== undefined) parts.push(asCode ? { text: shown, code: true, eventId: id } : { text: shown, eventId: id });
    else if (asCode) parts.push({ text: shown, code: true });
    else plain(shown);
  };
  for (const m of text.matchAll(TOKEN)) {
    plain(text.slice(last, m.index));
    last = m.index + m[0].length;
    const [, refText, refTarget, literal, linkText, strong, interpreted] = m;
    if (refText !== undefined) {
      const target = refTarget ?? refText;
      const shown = refTarget !== undefined && refText.trim() ? refText.trim() : labelWords(target);
      const id = find(target);
      named(id !== undefined && refTarget === undefined ? target : shown, target, id !== undefined && refTarget === undefined);
    } else if (literal !== undefined) named(literal, literal, true);
    else if (linkText !== undefined) named(linkText, linkText, false);
    else if (strong !== undefined) plain(strong);
    else if (interpreted !== undefined) named(interpreted, interpreted, true);
  }
  plain(text.slice(last));
  // Neighbouring plain parts read as one.
  return parts.reduce<TextPart[]>((out, p) => {
    const prev = out.at(-1);
    if (prev && !prev.code && !prev.eventId && !p.code && !p.eventId) prev.text += p.text;
    else out.push({ ...p });
    return out;
  }, []);
}

/** The text without markup, for titles and attributes. */
export function cleanText(text: string): string {
  return cleanTextParts(text)
    .map((p) => p.text)
    .join("");
}

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescapeHtml = (s: string): string =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, "&");

/**
 * The same reading for a description's safe HTML: only its text between tags is read, and what is
 * written back is escaped text, <code> and links to event pages (ids are URL-safe).
 */
export function cleanHtml(html: string, find: EventFinder, urlOf: (id: string) => string): string {
  const pieces = html.split(/(<[^>]*>)/);
  let insideCode = 0;
  let insideLink = 0;
  return pieces
    .map((piece, i) => {
      if (i % 2 === 1) {
        if (/^<code[\s>]/.test(piece)) insideCode++;
        else if (piece === "</code>") insideCode = Math.max(insideCode - 1, 0);
        else if (/^<a[\s>]/.test(piece)) insideLink++;
        else if (piece === "</a>") insideLink = Math.max(insideLink - 1, 0);
        return piece;
      }
      if (insideCode > 0 || !/[`*:[]/.test(piece)) return piece;
      const parts = cleanTextParts(unescapeHtml(piece), insideLink > 0 ? () => undefined : find);
      return parts
        .map((p) => {
          const text = p.code ? `<code>${escapeHtml(p.text)}</code>` : escapeHtml(p.text);
          return p.eventId !== undefined ? `<a href="${urlOf(p.eventId)}">${text}</a>` : text;
        })
        .join("");
    })
    .join("");
}
