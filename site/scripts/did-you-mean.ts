// "Did you mean" for the search dialog: event names close to what was typed, so that a typo
// (`problm_check`) or a near name (`show_answer`) still leads to the event. Pagefind matches words
// and prefixes; names are matched here by edit distance and by their letters without separators.
export interface NamedEvent {
  name: string;
  id: string;
}

const squash = (s: string): string => s.toLowerCase().replace(/[\s._-]+/g, "");

/** Edit distance with transpositions (optimal string alignment), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}

/** Up to `max` events whose names are near the query, nearest first; none for an exact name. */
export function suggestNames(query: string, names: readonly NamedEvent[], max = 3): NamedEvent[] {
  const q = query.trim().toLowerCase();
  if (q.length < 4 || /\s/.test(q)) return [];
  const exact = names.find((n) => n.name.toLowerCase() === q);
  if (exact) {
    // A former name or alias: lead to the event under its canonical name (listed first for its id).
    const canonical = names.find((n) => n.id === exact.id);
    return canonical && canonical.name.toLowerCase() !== q ? [canonical] : [];
  }
  const sq = squash(q);
  const limit = Math.max(1, Math.min(3, Math.floor(q.length / 4)));
  const scored: { event: NamedEvent; score: number }[] = [];
  for (const event of names) {
    const name = event.name.toLowerCase();
    const sn = squash(name);
    // The last dotted part carries the meaning of long names (edx.problem.hint.demandhint_displayed).
    const tail = name.slice(name.lastIndexOf(".") + 1);
    const score = Math.min(
      sn === sq ? 0 : editDistance(sq, sn, limit) + 0.5,
      editDistance(q, tail, limit) + 0.75,
      editDistance(q, name, limit),
    );
    if (score <= limit + 0.75) scored.push({ event, score });
  }
  const seen = new Set<string>();
  return scored
    .sort((x, y) => x.score - y.score || x.event.name.localeCompare(y.event.name))
    .filter(({ event }) => (seen.has(event.id) ? false : (seen.add(event.id), true)))
    .slice(0, max)
    .map((s) => s.event);
}
