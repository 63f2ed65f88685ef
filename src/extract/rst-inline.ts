// RST inline markup as mdast phrasing nodes, following docutils' inline markup recognition rules
// (docutils/parsers/rst/states.py, `Inliner`; "Inline markup recognition rules" in the spec):
//
// 1. A start-string starts the text or follows white space, one of - : / ' " < ( [ { or a
//    similar punctuation character (Unicode Pd, Po, Ps, Pi, Pf), and is followed by non-space.
// 2. An end-string follows non-space and ends the text or is followed by white space, one of
//    - . , : ; ! ? \ / ' " ) ] } > or similar punctuation (Pd, Po, Pe, Pf, Pi).
// 3. A start-string right after an opening quote or bracket is not markup when the matching
//    closing character follows it ("'*'" is an asterisk in quotes).
// 4. A backslash escapes the next character (never markup), and "\ " is removed; inside an inline
//    literal backslashes are text.
//
// Constructs: ``literal``, *emphasis*, **strong**, `interpreted text` (shown as code: the guides
// write names that way), :role:`text` and `text`:role:, `text <url>`_ and `text`_ references,
// word_ references, _`inline targets`, and standalone http(s) URLs. References and :ref: roles
// become catalog references (catalog-ref.ts), resolved once the catalog is assembled.
import type { PhrasingContent } from "mdast";
import { catalogRefLink } from "./catalog-ref.ts";

const START_BEFORE = /[\s\-:/'"<([{\p{Pd}\p{Po}\p{Ps}\p{Pi}\p{Pf}]/u;
const END_AFTER = /[\s\-.,:;!?\\/'")\]}>\p{Pd}\p{Po}\p{Pe}\p{Pf}\p{Pi}]/u;
const PAIRS: Readonly<Record<string, string>> = {
  "'": "'",
  '"': '"',
  "<": ">",
  "(": ")",
  "[": "]",
  "{": "}",
  "‘": "’",
  "“": "”",
  "«": "»",
};
const ROLE_PREFIX = /:([A-Za-z0-9](?:[-+_.:]?[A-Za-z0-9]+)*):(?=`)/y;
const ROLE_SUFFIX = /:([A-Za-z0-9](?:[-+_.:]?[A-Za-z0-9]+)*):/y;
const SIMPLE_REFERENCE = /[A-Za-z0-9]+(?:[-._+:][A-Za-z0-9]+)*(__?)/y;
const SIMPLE_REFERENCE_END = /[\s.,;:!?)'"\]}>]/;
const URL = /https?:\/\/[^\s<>"'`]*[^\s<>"'`.,;:!?)\]]/y;
const MAY_START = /[`*_:A-Za-z0-9]/;
const SAFE_URL = /^https?:\/\/\S+$/i;
const CODE_ROLES: ReadonlySet<string> = new Set([
  "literal",
  "code",
  "samp",
  "file",
  "command",
  "kbd",
  "envvar",
  "option",
  "program",
  "mimetype",
  "regexp",
  "makevar",
]);

interface Match {
  node: PhrasingContent;
  end: number;
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

/** Rule 1 and 3 at a start-string occupying [at, at + length). */
function startsMarkup(src: string, at: number, length: number): boolean {
  const before = src[at - 1];
  const after = src[at + length];
  if (before !== undefined && !START_BEFORE.test(before)) return false;
  if (isSpace(after)) return false;
  return before === undefined || PAIRS[before] === undefined || PAIRS[before] !== after;
}

/** Rule 2 at an end-string occupying [at, at + length). */
function endsMarkup(src: string, at: number, length: number): boolean {
  if (isSpace(src[at - 1])) return false;
  const after = src[at + length];
  return after === undefined || END_AFTER.test(after);
}

/** Whether the character at `at` is escaped by an odd run of backslashes before it. */
function escaped(src: string, at: number): boolean {
  let n = 0;
  for (let k = at - 1; k >= 0 && src[k] === "\\"; k--) n++;
  return n % 2 === 1;
}

/**
 * Where a search for each end-string found none: an end-string's validity does not depend on its
 * start, so a later search for it fails too, and a text of unclosed starts stays linear.
 */
type NoEndFrom = Map<string, number>;

/** The first end-string `delimiter` after `from` that satisfies rule 2 (escapes honoured unless `raw`). */
function findEnd(src: string, from: number, delimiter: string, raw: boolean, noEnd: NoEndFrom): number {
  if (from >= (noEnd.get(delimiter) ?? Number.POSITIVE_INFINITY)) return -1;
  for (let at = src.indexOf(delimiter, from); at >= 0; at = src.indexOf(delimiter, at + 1)) {
    if (!raw && escaped(src, at)) continue;
    if (delimiter === "*" && src[at + 1] === "*") continue;
    if (endsMarkup(src, at, delimiter.length)) return at;
  }
  noEnd.set(delimiter, from);
  return -1;
}

/** Escapes removed: "\x" is x, "\ " is nothing. */
function unescapeRst(text: string): string {
  return text.replace(/\\(\s|.)?/gsu, (_m, c: string | undefined) => (c === undefined || /\s/.test(c) ? "" : c));
}

const collapse = (text: string): string => text.replace(/\s+/g, " ");
const textNode = (value: string): PhrasingContent => ({ type: "text", value: collapse(value) });

/** `text <target>` split into its title and target; a lone target has no title. */
function titled(content: string): { title?: string; target: string } {
  const m = /^([\s\S]*?)\s*<([^<>]+)>$/.exec(content);
  if (m?.[2] !== undefined && !escaped(content, content.length - (m[2].length + 2))) {
    return m[1] ? { title: unescapeRst(m[1]), target: m[2].trim() } : { target: m[2].trim() };
  }
  return { target: unescapeRst(content) };
}

/** The node an interpreted text with `role` shows. */
function roleNode(role: string, content: string): PhrasingContent {
  const name = role.toLowerCase().replace(/^(?:py|js|c|cpp|std|rst|math):/, "");
  if (CODE_ROLES.has(name)) return { type: "inlineCode", value: collapse(content) };
  if (name === "emphasis" || name === "title-reference" || name === "title" || name === "t")
    return { type: "emphasis", children: [textNode(unescapeRst(content))] };
  if (name === "strong") return { type: "strong", children: [textNode(unescapeRst(content))] };
  const { title, target } = titled(content);
  if (name === "ref")
    return catalogRefLink(target, [textNode(title ?? target.replace(/[_-]+/g, " "))], title === undefined);
  if (name === "doc") return textNode(title ?? target.replace(/^.*\//, "").replace(/[_-]+/g, " "));
  return textNode(title ?? target);
}

/** A reference `text`_ or `text <target>`_: a link for http(s) targets, else a catalog reference. */
function referenceNode(content: string): PhrasingContent {
  const { title, target } = titled(content);
  const shown = textNode(title ?? target);
  if (SAFE_URL.test(target)) return { type: "link", url: target, children: [shown] };
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) && !/^[\w.-]+$/.test(target)) return shown;
  return catalogRefLink(target.replace(/_$/, ""), [shown], false);
}

/** Interpreted text from the backquote at `at` (after an optional role prefix). */
function interpreted(src: string, at: number, role: string | undefined, noEnd: NoEndFrom): Match | undefined {
  const key = role === undefined ? "`interpreted" : "`role";
  if (at + 1 >= (noEnd.get(key) ?? Number.POSITIVE_INFINITY)) return undefined;
  for (let end = src.indexOf("`", at + 1); end >= 0; end = src.indexOf("`", end + 1)) {
    if (escaped(src, end) || isSpace(src[end - 1]) || end === at + 1) continue;
    const content = src.slice(at + 1, end);
    let after = end + 1;
    let suffixRole: string | undefined;
    let reference = false;
    if (role === undefined) {
      ROLE_SUFFIX.lastIndex = after;
      const suffix = ROLE_SUFFIX.exec(src);
      if (src.startsWith("__", after)) [after, reference] = [after + 2, true];
      else if (src[after] === "_") [after, reference] = [after + 1, true];
      else if (suffix) [after, suffixRole] = [after + suffix[0].length, suffix[1]];
    }
    if (!endsMarkup(src, after, 0)) continue;
    const shownRole = role ?? suffixRole;
    if (reference) return { node: referenceNode(content), end: after };
    if (shownRole !== undefined) return { node: roleNode(shownRole, content), end: after };
    return { node: { type: "inlineCode", value: collapse(unescapeRst(content)) }, end: after };
  }
  noEnd.set(key, at + 1);
  return undefined;
}

/** The inline construct starting at `at`, or undefined when the text there is not markup. */
function markupAt(src: string, at: number, noEnd: NoEndFrom): Match | undefined {
  const c = src[at];
  if (c === "`" && src[at + 1] === "`") {
    if (!startsMarkup(src, at, 2)) return undefined;
    const end = findEnd(src, at + 3, "``", true, noEnd);
    return end < 0
      ? undefined
      : { node: { type: "inlineCode", value: collapse(src.slice(at + 2, end)) }, end: end + 2 };
  }
  if (c === "*") {
    const strong = src[at + 1] === "*";
    const d = strong ? "**" : "*";
    if (!startsMarkup(src, at, d.length)) return undefined;
    const end = findEnd(src, at + d.length + 1, d, false, noEnd);
    if (end < 0) return undefined;
    const children = [textNode(unescapeRst(src.slice(at + d.length, end)))];
    return { node: strong ? { type: "strong", children } : { type: "emphasis", children }, end: end + d.length };
  }
  if (c === "`") return startsMarkup(src, at, 1) ? interpreted(src, at, undefined, noEnd) : undefined;
  if (c === "_" && src[at + 1] === "`") {
    if (!startsMarkup(src, at, 2)) return undefined;
    const end = findEnd(src, at + 3, "`", false, noEnd);
    return end < 0 ? undefined : { node: textNode(unescapeRst(src.slice(at + 2, end))), end: end + 1 };
  }
  if (c === ":") {
    ROLE_PREFIX.lastIndex = at;
    const role = ROLE_PREFIX.exec(src);
    if (!role?.[1] || !startsMarkup(src, at, role[0].length + 1)) return undefined;
    return interpreted(src, at + role[0].length, role[1], noEnd);
  }
  if (c === "h" && (at === 0 || START_BEFORE.test(src[at - 1] ?? " "))) {
    URL.lastIndex = at;
    const url = URL.exec(src);
    if (url)
      return {
        node: { type: "link", url: url[0], children: [{ type: "text", value: url[0] }] },
        end: at + url[0].length,
      };
  }
  if (/[A-Za-z0-9]/.test(c ?? "") && (at === 0 || START_BEFORE.test(src[at - 1] ?? " "))) {
    SIMPLE_REFERENCE.lastIndex = at;
    const ref = SIMPLE_REFERENCE.exec(src);
    // Narrower than rule 2: "list_forum_*" names a pattern, not a reference followed by "*".
    if (ref && SIMPLE_REFERENCE_END.test(src[at + ref[0].length] ?? " ")) {
      const name = ref[0].slice(0, ref[0].length - (ref[1]?.length ?? 1));
      return { node: catalogRefLink(name, [textNode(name)], false), end: at + ref[0].length };
    }
  }
  return undefined;
}

function pushText(out: PhrasingContent[], value: string): void {
  if (value === "") return;
  const last = out[out.length - 1];
  if (last?.type === "text") last.value = collapse(last.value + value);
  else out.push(textNode(value));
}

/** One paragraph's RST inline markup as phrasing nodes (white space collapsed, escapes removed). */
export function rstInlineToMdast(src: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const noEnd: NoEndFrom = new Map();
  let text = "";
  let run = 0; // start of the plain run not yet added to `text`
  for (let at = 0; at < src.length;) {
    const c = src[at] ?? "";
    if (c === "\\") {
      const next = src[at + 1];
      text += src.slice(run, at) + (next !== undefined && !/\s/.test(next) ? next : "");
      at += 2;
      run = at;
      continue;
    }
    const match = MAY_START.test(c) ? markupAt(src, at, noEnd) : undefined;
    if (!match) {
      at++;
      continue;
    }
    pushText(out, text + src.slice(run, at));
    text = "";
    if (match.node.type === "text") pushText(out, match.node.value);
    else out.push(match.node);
    at = match.end;
    run = at;
  }
  text += src.slice(run);
  pushText(out, text);
  return out;
}
