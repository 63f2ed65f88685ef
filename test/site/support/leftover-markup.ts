// What "clean text" means, for the scans over built pages (the sample site's tests and the browser
// suite's scan of the whole site): the text a reader sees, and the markup that must not be in it.
import { listFiles, readText, urlPathOf } from "./site-files.ts";

/** The text a reader sees: scripts, styles, code and preformatted blocks removed, tags dropped. */
function readableText(html: string): string {
  return html
    .replace(/<(script|style|pre|code|svg|template)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

const LEFTOVERS: [string, RegExp][] = [
  ["RST literal ``x``", /``[^`\s][^`]*``/],
  ["RST role :ref:/:doc:", /:(?:ref|doc|term):`/],
  ["RST reference `x`_", /`[^`]+`_/],
  ["Markdown link [x](#)", /\]\(#[^)]*\)/],
  ["Markdown bold **x**", /\*\*[^*\s][^*]*\*\*/],
];

/** Every leftover in the pages of a built site (the source view, which shows sources as written, left out). */
export async function scanLeftovers(root: string): Promise<string[]> {
  const found: string[] = [];
  const pages = (await listFiles(root, ".html")).filter((f) => !urlPathOf(root, f).startsWith("/sources/"));
  for (const page of pages) {
    const text = readableText(await readText(page));
    for (const [what, pattern] of LEFTOVERS) {
      const m = pattern.exec(text);
      if (m)
        found.push(
          `${urlPathOf(root, page)}: ${what}: …${text.slice(Math.max(m.index - 30, 0), m.index + m[0].length + 30)}…`,
        );
    }
  }
  return found;
}
