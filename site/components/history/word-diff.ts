// A word diff of two texts, for "description changed": the words kept, removed and added, in
// order. A longest-common-subsequence table over words; descriptions are a few hundred words at
// most, and past a size limit the change is shown as the old text removed and the new one added.
export type WordPartKind = "same" | "removed" | "added";

export interface WordPart {
  kind: WordPartKind;
  text: string;
}

const CELL_LIMIT = 400_000;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

function push(out: WordPart[], kind: WordPartKind, word: string): void {
  const last = out.at(-1);
  if (last && last.kind === kind) last.text += ` ${word}`;
  else out.push({ kind, text: word });
}

export function wordDiff(before: string, after: string): WordPart[] {
  const a = words(before);
  const b = words(after);
  const out: WordPart[] = [];
  if (a.length * b.length > CELL_LIMIT) {
    if (a.length > 0) out.push({ kind: "removed", text: a.join(" ") });
    if (b.length > 0) out.push({ kind: "added", text: b.join(" ") });
    return out;
  }
  // lengths[i][j]: length of the common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x !== undefined && y !== undefined && x === y) {
      push(out, "same", x);
      i++;
      j++;
    } else if (
      y === undefined ||
      (x !== undefined && (lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0))
    ) {
      push(out, "removed", x ?? "");
      i++;
    } else {
      push(out, "added", y);
      j++;
    }
  }
  return out;
}
