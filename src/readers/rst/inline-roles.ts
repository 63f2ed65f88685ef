// Interpreted-text roles (:ref:`label`, :doc:`path`) in the text the reader keeps. Rich text shows
// a role's text whatever the role, so a role the documentation never uses (`:frob:`, most likely a
// typo) would pass silently. It gets an info at its place here, where the source lines and their
// columns are known; the block states call this on the lines they read as text (paragraphs,
// titles, table rows), never on literal blocks, code or comments.
import { positionAt } from "../../model/position.ts";
import { type ParseContext, reportAt } from "./parse-context.ts";
import type { RstLine } from "./rst-tree.ts";
import { rstRules } from "./rules.ts";

/** The roles of docutils and Sphinx that documentation like this uses. */
const KNOWN_ROLES: ReadonlySet<string> = new Set([
  // docutils
  "emphasis",
  "strong",
  "literal",
  "code",
  "math",
  "sup",
  "sub",
  "superscript",
  "subscript",
  "title-reference",
  "title",
  "t",
  "abbreviation",
  "ab",
  "acronym",
  "ac",
  "pep-reference",
  "pep",
  "rfc-reference",
  "rfc",
  "raw",
  // Sphinx, cross-references and inline markup
  "ref",
  "doc",
  "term",
  "abbr",
  "kbd",
  "guilabel",
  "menuselection",
  "file",
  "samp",
  "command",
  "download",
  "numref",
  "envvar",
  "option",
  "program",
  "keyword",
  "token",
  "dfn",
  "mimetype",
  "mailheader",
  "newsgroup",
  "regexp",
  "makevar",
  "manpage",
  "any",
  "eq",
  // Sphinx domains, written with or without their domain (`:py:class:`, `:class:`)
  "class",
  "func",
  "meth",
  "attr",
  "mod",
  "data",
  "exc",
  "obj",
  "const",
  "attribute",
  "function",
]);

const DOMAINS: ReadonlySet<string> = new Set(["py", "js", "c", "cpp", "std", "rst", "math"]);

/** `:name:` followed by a backquote, not inside a word; the name may carry a domain (`py:func`). */
const ROLE = /(?<![\w`:]):((?:[A-Za-z][\w+.-]*:)?[A-Za-z][\w+.-]*):`/g;

function isKnownRole(name: string): boolean {
  const lower = name.toLowerCase();
  const colon = lower.indexOf(":");
  if (colon < 0) return KNOWN_ROLES.has(lower);
  return DOMAINS.has(lower.slice(0, colon)) && KNOWN_ROLES.has(lower.slice(colon + 1));
}

/** The line with its inline literals blanked (same length), so roles inside ``…`` are not seen. */
function withoutLiterals(text: string): string {
  const blanked = text.replace(/``.+?``/g, (m) => " ".repeat(m.length));
  const open = blanked.indexOf("``");
  return open < 0 ? blanked : blanked.slice(0, open) + " ".repeat(blanked.length - open);
}

/** The unknown roles of a line: name and 0-based index of the role's first colon. */
export function unknownRolesIn(text: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  for (const m of withoutLiterals(text).matchAll(ROLE)) {
    const name = m[1];
    if (name !== undefined && !isKnownRole(name)) out.push({ name, index: m.index });
  }
  return out;
}

/** Reports each unknown role of `lines` at its own line and column. */
export function checkRoles(lines: readonly RstLine[], ctx: ParseContext): void {
  for (const line of lines) {
    for (const role of unknownRolesIn(line.text)) {
      const message = `unknown interpreted-text role ":${role.name}:"; its text is kept as written`;
      const at = positionAt(line.file, line.start.line, line.start.column + role.index);
      reportAt(ctx, rstRules["rst/unknown-role"], message, at);
    }
  }
}
