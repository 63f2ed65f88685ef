// Inline markup of description text as mdast phrasing nodes: RST roles and literals, PDF-text
// backticks, and the few HTML tags the 2016 guide's text carries. Source text only ever becomes
// node values, so nothing of it reaches the HTML unescaped; unknown tags stay literal text.
import type { PhrasingContent } from "mdast";

export type InlineSyntax = "rst" | "pdf" | "plain";

// One alternation; the first group that matched tells which construct it is.
const TOKEN = new RegExp(
  [
    /``(.+?)``/.source, // 1 literal
    /:([a-z][a-z0-9:+-]*):`([^`]+)`/.source, // 2 role, 3 role text
    /`([^`<]*?)\s*<([^<>`\s]+)>`_{1,2}/.source, // 4 link text, 5 target
    /`([^`]+)`(_{0,2})/.source, // 6 interpreted text, 7 reference mark
    /\*\*(\S(?:.*?\S)?)\*\*/.source, // 8 strong
    /\*(\S(?:[^*]*?\S)?)\*/.source, // 9 emphasis
    /<(code|tt|i|em|b|strong)>/.source, // 10 inline HTML open tag
    /<br\s*\/?>/.source, // line break
    /(https?:\/\/[^\s<>"'`]*[^\s<>"'`.,;:!?)\]])/.source, // 11 bare URL
    /\\(.)/.source, // 12 RST escape
  ].join("|"),
  "g",
);

const SAFE_URL = /^https?:\/\/[^\s]+$/i;
const BEFORE_START = /[\s'"([{<\-/:]/;
const AFTER_END = /[\s'")\]}>\-/:.,;!?\\]/;

function collapse(text: string): string {
  return text.replace(/\s+/g, " ");
}

function pushText(out: PhrasingContent[], value: string): void {
  if (value === "") return;
  const last = out[out.length - 1];
  if (last?.type === "text") last.value += collapse(value);
  else out.push({ type: "text", value: collapse(value) });
}

/** The text a role shows: "text" of `text <target>`, else the target with underscores spaced. */
function roleText(role: string, content: string): PhrasingContent {
  const titled = /^(.*?)\s*<([^<>]+)>$/s.exec(content);
  if (role === "code" || role === "samp" || role === "file" || role === "command") {
    return { type: "inlineCode", value: collapse(content) };
  }
  if (titled?.[1]) return { type: "text", value: collapse(titled[1]) };
  const shown = role === "ref" || role === "doc" ? content.replace(/^.*\//, "").replace(/[_-]+/g, " ") : content;
  return { type: "text", value: collapse(shown.trim()) };
}

/** Whether markup delimited at [start, end) sits where RST allows inline markup to start and end. */
function delimited(src: string, start: number, end: number): boolean {
  const before = start === 0 ? " " : (src[start - 1] ?? " ");
  const after = end >= src.length ? " " : (src[end] ?? " ");
  return BEFORE_START.test(before) && AFTER_END.test(after);
}

function htmlElement(src: string, tag: string, openEnd: number, syntax: InlineSyntax):
  | { node: PhrasingContent; end: number }
  | undefined {
  const close = src.toLowerCase().indexOf(`</${tag}>`, openEnd);
  if (close < 0) return undefined;
  const inner = src.slice(openEnd, close);
  const end = close + tag.length + 3;
  if (tag === "code" || tag === "tt") {
    return { node: { type: "inlineCode", value: collapse(inner.replace(/<\/?[a-z]+>/gi, "")) }, end };
  }
  const children = parseInline(inner, syntax);
  const type = tag === "b" || tag === "strong" ? "strong" : "emphasis";
  return { node: { type, children }, end };
}

/** Parses one paragraph's inline markup into phrasing nodes (whitespace collapsed). */
export function parseInline(src: string, syntax: InlineSyntax): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  if (syntax === "plain") {
    pushText(out, src);
    return out;
  }
  const re = new RegExp(TOKEN.source, "g");
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) !== null) {
    const start = m.index;
    let end = start + m[0].length;
    let node: PhrasingContent | undefined;
    if (m[1] !== undefined) node = { type: "inlineCode", value: collapse(m[1]) };
    else if (m[2] !== undefined && m[3] !== undefined) node = roleText(m[2], m[3]);
    else if (m[5] !== undefined) {
      const text = collapse(m[4] || m[5]);
      node = SAFE_URL.test(m[5])
        ? { type: "link", url: m[5], children: [{ type: "text", value: text }] }
        : { type: "text", value: text };
    } else if (m[6] !== undefined) {
      node = m[7] ? { type: "text", value: collapse(m[6]) } : { type: "inlineCode", value: collapse(m[6]) };
    } else if (m[8] !== undefined || m[9] !== undefined) {
      if (delimited(src, start, end)) {
        const inner = parseInline((m[8] ?? m[9]) as string, syntax);
        node = m[8] !== undefined ? { type: "strong", children: inner } : { type: "emphasis", children: inner };
      }
    } else if (m[10] !== undefined) {
      const element = htmlElement(src, m[10].toLowerCase(), end, syntax);
      if (element) {
        node = element.node;
        end = element.end;
      }
    } else if (m[0].startsWith("<br")) node = { type: "break" };
    else if (m[11] !== undefined) node = { type: "link", url: m[11], children: [{ type: "text", value: m[11] }] };
    else if (m[12] !== undefined && syntax === "rst") node = { type: "text", value: m[12] };
    if (node === undefined) {
      // Not markup here: keep the first character as text and look again just after it.
      re.lastIndex = start + 1;
      continue;
    }
    pushText(out, src.slice(at, start));
    if (node.type === "text") pushText(out, node.value);
    else out.push(node);
    at = end;
    re.lastIndex = end;
  }
  pushText(out, src.slice(at));
  return out;
}
