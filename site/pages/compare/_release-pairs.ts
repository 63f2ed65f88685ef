// Which comparisons the site publishes and where: a page for each pair of neighbouring releases and
// for the oldest against the newest, each with its JSON diff; the compare view diffs any other pair
// in the browser from the two releases' slices. Pair slugs read `<from>...<to>`, like a git range.
import { withBase } from "../../lib/urls.ts";

export interface ReleaseRef {
  id: string;
  label: string;
}

export interface ReleasePair<R extends ReleaseRef = ReleaseRef> {
  from: R;
  to: R;
  slug: string;
}

export const PAIR_SEPARATOR = "...";

export function pairSlug(from: string, to: string): string {
  return `${from}${PAIR_SEPARATOR}${to}`;
}

export const compareIndexUrl = (): string => withBase("/compare/");
export const comparePageUrl = (from: string, to: string): string => withBase(`/compare/${pairSlug(from, to)}/`);
export const compareJsonUrl = (from: string, to: string): string => withBase(`/compare/${pairSlug(from, to)}.json`);
export const releaseSliceUrl = (release: string): string => withBase(`/compare/data/${release}.json`);
export const changelogUrl = (): string => withBase("/changelog/");
export const coverageUrl = (): string => withBase("/coverage/");

function pair<R extends ReleaseRef>(from: R, to: R): ReleasePair<R> {
  return { from, to, slug: pairSlug(from.id, to.id) };
}

/** Neighbours oldest first, then oldest → newest when that is not already a neighbour pair. */
export function pagePairs<R extends ReleaseRef>(releases: readonly R[]): ReleasePair<R>[] {
  const out: ReleasePair<R>[] = [];
  releases.forEach((to, i) => {
    const from = releases[i - 1];
    if (from) out.push(pair(from, to));
  });
  const oldest = releases[0];
  const newest = releases.at(-1);
  if (oldest && newest && releases.length > 2) out.push(pair(oldest, newest));
  return out;
}
