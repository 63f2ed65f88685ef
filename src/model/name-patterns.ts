// Pattern names: the docs sometimes write an event name with a placeholder — the 2013 inventory's
// `oe_[generated_event_type]`, the sharing sentences' `edx.special_exam.{special exam type}.created`,
// the 2014 headings `*_instructor` and `list_forum_*` — for every concrete name it stands for. One
// definition of what a pattern is and what it matches, for the merge, `check` and the exports.

const PLACEHOLDER = /\{[^{}]*\}|\[[^[\]]*\]|<[^<>]*>|\*/g;

/** A name that holds a placeholder: `{x}`, `[x]`, `<x>` or `*`. */
export function isPatternName(name: string): boolean {
  return name.match(PLACEHOLDER) !== null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * The anchored regular expression (source) of a pattern name: a bracketed placeholder stands for
 * one segment of the name (no `.`), `*` for any run of name characters.
 */
export function patternSource(name: string): string {
  let source = "";
  let last = 0;
  for (const m of name.matchAll(PLACEHOLDER)) {
    source += escapeRegExp(name.slice(last, m.index));
    source += m[0] === "*" ? "[A-Za-z0-9_.-]+" : "[A-Za-z0-9_-]+";
    last = m.index + m[0].length;
  }
  return `^${source}${escapeRegExp(name.slice(last))}$`;
}

export function patternToRegex(name: string): RegExp {
  return new RegExp(patternSource(name));
}
