// Plans how the releases read from git refs are stored under content/: each distinct chapter text
// once. Releases whose files are byte-identical share one folder, named after the oldest of them,
// and each becomes a manifest entry that points at it. Pure: the files and dates come in.
import type { ManifestRelease } from "../model/manifest-schema.ts";
import type { SourceFormat, Upstream } from "../model/release-schema.ts";

export interface VendorFile {
  /** Path inside the chapter folder (`tracking_logs/student_event_types.rst`). */
  path: string;
  sha256: string;
  text: string;
}

export interface VendorRelease {
  id: string;
  label: string;
  ref: string;
  commit: string;
  /** YYYY-MM-DD: stated, or the commit's. */
  date: string;
  dateNote: string;
  /** Short name of the upstream repository, used as the folder under `upstream/`. */
  repositoryFolder: string;
  format?: SourceFormat;
  upstream: Upstream;
  files: VendorFile[];
}

export interface VendorFolder {
  /** Folder relative to the content root (`upstream/edx-documentation/hawthorn`). */
  folder: string;
  files: VendorFile[];
  /** Ids of the releases that read this folder, oldest first. */
  releases: string[];
}

export interface VendorPlan {
  folders: VendorFolder[];
  entries: ManifestRelease[];
}

function signature(files: readonly VendorFile[]): string {
  return files
    .map((f) => `${f.path}\0${f.sha256}`)
    .sort()
    .join("\n");
}

/** One folder per distinct set of files; one manifest entry per release, in date order. */
export function planVendoring(releases: readonly VendorRelease[]): VendorPlan {
  const ordered = [...releases].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const bySignature = new Map<string, VendorFolder>();
  const entries: ManifestRelease[] = [];
  for (const release of ordered) {
    const key = `${release.repositoryFolder}\n${signature(release.files)}`;
    let folder = bySignature.get(key);
    if (!folder) {
      folder = {
        folder: `upstream/${release.repositoryFolder}/${release.id}`,
        files: [...release.files].sort((a, b) => a.path.localeCompare(b.path)),
        releases: [],
      };
      bySignature.set(key, folder);
    }
    folder.releases.push(release.id);
    entries.push({
      id: release.id,
      label: release.label,
      date: release.date,
      datePrecision: "day",
      dateEstimated: false,
      dateNote: release.dateNote,
      sources: [{ path: folder.folder, ...(release.format ? { format: release.format } : {}) }],
      upstream: { ...release.upstream, ref: release.ref, commit: release.commit },
    });
  }
  return { folders: [...bySignature.values()], entries };
}

/** The manifest's releases with the vendored ones replaced (by id) and added, in date order; others kept as they are. */
export function mergeManifestReleases(
  existing: readonly ManifestRelease[],
  vendored: readonly ManifestRelease[],
): ManifestRelease[] {
  const vendoredIds = new Set(vendored.map((r) => r.id));
  const kept = existing.filter((r) => !vendoredIds.has(r.id));
  return [...kept, ...vendored].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
