// Turns one ref of a git manifest entry into the fields of a release: id, label and date (the
// commit's unless the manifest states one), and the paths to read. Pure; the commit date comes in.
import type { DatePrecision, Upstream } from "../model/release-schema.ts";
import type { GitPath, GitRefRelease, GitReleases } from "../model/git-manifest-schema.ts";

export interface GitReleaseEntry {
  id: string;
  label: string;
  ref: string;
  date: string;
  datePrecision: DatePrecision;
  dateEstimated: boolean;
  dateNote?: string;
  paths: GitPath[];
  upstream: Upstream;
}

/** `open-release/sumac.1` → `open-release-sumac.1`. */
export function releaseIdOfRef(ref: string): string {
  const id = ref.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "");
  return id === "" ? "ref" : id;
}

export function gitReleaseEntry(
  group: GitReleases,
  entry: GitRefRelease,
  commit: { sha: string; date: string },
): GitReleaseEntry {
  const out: GitReleaseEntry = {
    id: entry.id ?? releaseIdOfRef(entry.ref),
    label: entry.label ?? entry.ref,
    ref: entry.ref,
    date: entry.date ?? commit.date,
    datePrecision: entry.datePrecision ?? "day",
    dateEstimated: entry.dateEstimated ?? false,
    paths: entry.paths ?? group.paths,
    upstream: {
      ...group.upstream,
      ref: entry.ref,
      note: [group.upstream?.note, `commit ${commit.sha}`].filter((n) => n !== undefined).join("; "),
    },
  };
  const note = entry.dateNote ?? (entry.date === undefined ? `Date of commit ${commit.sha.slice(0, 12)}.` : undefined);
  if (note !== undefined) out.dateNote = note;
  return out;
}
