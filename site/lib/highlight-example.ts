// Syntax highlighting of examples: one shiki highlighter for the whole build (json and text only),
// with light and dark colours switched by the site theme. Lines can be marked (the error line).
import { createHighlighter, type Highlighter, type ShikiTransformer } from "shiki";

const LANGUAGES = ["json", "text"] as const;
type Language = (typeof LANGUAGES)[number];

let highlighter: Promise<Highlighter> | undefined;

/** Created on first use and kept: creating a highlighter is costly, using it is cheap. */
function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: ["github-light", "github-dark"], langs: [...LANGUAGES] });
  return highlighter;
}

function languageOf(language: string): Language {
  const lower = language.toLowerCase();
  return lower === "json" || lower === "javascript" || lower === "js" ? "json" : "text";
}

function markLine(line: number | undefined): ShikiTransformer {
  return {
    name: "edx-mark-line",
    line(node, number) {
      if (number === line) {
        this.addClassToHast(node, "error-line");
        node.properties["data-error-line"] = "";
      }
    },
  };
}

// The three token colours of JSON in github-light / github-dark, as classes of catalog.css: the same
// inline style on every token made a page with three examples weigh 40 KB.
const TOKEN_CLASSES: Record<string, string> = {
  'style="color:#24292E;--shiki-dark:#E1E4E8"': "",
  'style="color:#005CC5;--shiki-dark:#79B8FF"': 'class="tk-key"',
  'style="color:#032F62;--shiki-dark:#9ECBFF"': 'class="tk-str"',
};

function compactTokens(html: string): string {
  return html.replace(/<span (style="color:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}")>/g, (whole, style: string) => {
    const replacement = TOKEN_CLASSES[style];
    if (replacement === undefined) return whole;
    return replacement ? `<span ${replacement}>` : "<span>";
  });
}

/** Highlighted HTML of code; shiki escapes the code, so any text is safe here. */
export async function codeToHighlightedHtml(code: string, language: string, errorLine?: number): Promise<string> {
  const shiki = await getHighlighter();
  return compactTokens(highlight(shiki, code, language, errorLine));
}

function highlight(shiki: Highlighter, code: string, language: string, errorLine: number | undefined): string {
  return shiki.codeToHtml(code, {
    lang: languageOf(language),
    themes: { light: "github-light", dark: "github-dark" },
    defaultColor: "light",
    transformers: [markLine(errorLine)],
  });
}
