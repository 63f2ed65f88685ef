// Where a JSON code block ends in collapsed text: where the braces and brackets opened by its first
// character close again, strings and escapes respected. The examples' own line structure cannot be
// recovered (they become one line), but their extent can.

export interface JsonExtent {
  /** Offset just past the closing brace, or the text's end when it never closes. */
  end: number;
  closed: boolean;
}

export function jsonExtent(text: string, start: number): JsonExtent {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return { end: i + 1, closed: true };
    }
  }
  return { end: text.length, closed: false };
}
