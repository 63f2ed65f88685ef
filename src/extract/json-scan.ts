// A small JSON scanner that says where and why text is not JSON. Node's JSON.parse does not
// give the offset of every error (unexpected tokens have none), and its wording changes
// between versions; diagnostics and fixtures need both exact and stable.

export interface ScanError {
  message: string;
  offset: number;
}

class Failure {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

const LITERALS = ["true", "false", "null"] as const;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_CHARS = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

function describe(text: string, at: number): string {
  if (at >= text.length) return "end of input";
  const c = text[at] ?? "";
  return c === "'" ? `"'"` : `'${c}'`;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  return i;
}

function scanString(text: string, at: number): number {
  STRING_CHARS.lastIndex = at + 1;
  STRING_CHARS.exec(text);
  const end = STRING_CHARS.lastIndex;
  if (text[end] === '"') return end + 1;
  if (end >= text.length) throw new Failure("Unterminated string", at);
  if (text[end] === "\\") throw new Failure("Bad escape in string", end);
  throw new Failure("Bad control character in string", end);
}

function scanValue(text: string, start: number): number {
  const at = skipSpace(text, start);
  const c = text[at];
  if (c === "{") return scanObject(text, at);
  if (c === "[") return scanArray(text, at);
  if (c === '"') return scanString(text, at);
  for (const literal of LITERALS) if (text.startsWith(literal, at)) return at + literal.length;
  NUMBER.lastIndex = at;
  if (NUMBER.exec(text)) return NUMBER.lastIndex;
  throw new Failure(`Expected a value, found ${describe(text, at)}`, at);
}

function scanObject(text: string, open: number): number {
  let at = skipSpace(text, open + 1);
  if (text[at] === "}") return at + 1;
  for (;;) {
    if (text[at] !== '"') throw new Failure(`Expected double-quoted property name, found ${describe(text, at)}`, at);
    at = skipSpace(text, scanString(text, at));
    if (text[at] !== ":") throw new Failure(`Expected ':' after property name, found ${describe(text, at)}`, at);
    at = skipSpace(text, scanValue(text, at + 1));
    if (text[at] === "}") return at + 1;
    if (text[at] !== ",")
      throw new Failure(`Expected ',' or '}' after property value, found ${describe(text, at)}`, at);
    at = skipSpace(text, at + 1);
  }
}

function scanArray(text: string, open: number): number {
  let at = skipSpace(text, open + 1);
  if (text[at] === "]") return at + 1;
  for (;;) {
    at = skipSpace(text, scanValue(text, at));
    if (text[at] === "]") return at + 1;
    if (text[at] !== ",") throw new Failure(`Expected ',' or ']' after array element, found ${describe(text, at)}`, at);
    at += 1;
  }
}

/**
 * Undefined when the text is a sequence of one or more JSON values separated by whitespace
 * (documentation shows several events one after another), else the first error.
 */
export function scanJson(text: string): ScanError | undefined {
  try {
    let at = skipSpace(text, 0);
    if (at >= text.length) return { message: "Expected a value, found end of input", offset: at };
    for (let first = true; at < text.length; first = false) {
      const c = text[at];
      if (!first && c !== "{" && c !== "[")
        throw new Failure(`Unexpected ${describe(text, at)} after the end of the JSON value`, at);
      at = skipSpace(text, scanValue(text, at));
    }
    return undefined;
  } catch (error) {
    if (error instanceof Failure) return { message: error.message, offset: error.offset };
    throw error;
  }
}
