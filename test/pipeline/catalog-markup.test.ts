// No description or field of the default content's catalog shows source markup as text: the
// rendered HTML of every rich text is scanned (outside code, where markup characters are content)
// for RST and Markdown syntax that a reader failed to read, and for catalog references left
// unresolved.
import { describe, expect, test } from "vitest";
import { buildCatalogFromManifest } from "../../src/pipeline/build-from-manifest.ts";

/** What a page shows as text: the HTML without code elements and attribute values. */
function shownText(html: string): string {
  return html.replace(/<code>[^<]*<\/code>/g, "").replace(/="[^"]*"/g, "");
}

// The 2023 file is cut off inside a literal ("… from the ``"): an unclosed start-string is text
// in docutils too. Only at the very end of a description, and only once (tested below).
const TRUNCATED_LITERAL = /``<\/p>$/;

const LEFTOVERS: readonly [string, (html: string) => boolean][] = [
  ["RST literal", (html) => shownText(html).replace(TRUNCATED_LITERAL, "").includes("``")],
  ["RST role", (html) => /:[a-z]+:`/.test(shownText(html))],
  ["Markdown link with a lost target", (html) => shownText(html).includes("](#)")],
  ["Markdown strong", (html) => /\*\*[^*\s][^*]*\*\*/.test(shownText(html))],
  ["escaped underscore", (html) => shownText(html).includes("\\_")],
  ["unresolved catalog reference", (html) => /#catalog-(?:ref|label):/.test(html)],
];

function richTexts(value: unknown, path: string, out: { path: string; html: string }[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => richTexts(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === "object") {
    const { html, text } = value as { html?: unknown; text?: unknown };
    if (typeof html === "string" && typeof text === "string") out.push({ path, html });
    else for (const [key, v] of Object.entries(value)) richTexts(v, `${path}.${key}`, out);
  }
}

describe("the default content's rendered descriptions", async () => {
  const { catalog } = await buildCatalogFromManifest("content/releases.json");
  const texts: { path: string; html: string }[] = [];
  richTexts(catalog.events, "events", texts);
  richTexts(catalog.commonFields, "commonFields", texts);

  test("are many (the scan sees them all)", () => {
    expect(texts.length).toBeGreaterThan(1000);
  });

  test.each(LEFTOVERS)("show no %s", (_name, leftover) => {
    const found = texts.filter(({ html }) => leftover(html)).map(({ path, html }) => `${path}: ${html.slice(0, 300)}`);
    expect(found).toEqual([]);
  });

  test("the one unclosed literal is where the 2023 file stops", () => {
    const cut = texts.filter(({ html }) => TRUNCATED_LITERAL.test(html));
    expect(cut.map(({ html }) => html.slice(-50))).toEqual([
      expect.stringContaining("the question or prompt from the ``</p>"),
    ]);
    expect(catalog.releases.find((r) => r.id === "2023-openedx")?.coverage.truncated).toBeDefined();
  });

  test("link events they name to the event's page", () => {
    const ids = new Set(catalog.events.map((e) => e.id));
    const links = texts.flatMap(({ html }) =>
      [...html.matchAll(/href="\/events\/([^"/]+)\/"/g)].map((m) => m[1] ?? ""),
    );
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((id) => !ids.has(id))).toEqual([]);
  });
});
