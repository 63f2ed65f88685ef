// `npm run content:sync`: re-vendors the upstream releases named in content/upstream.json (the `git`
// manifest form: one line per ref) from local clones of their repositories into content/upstream/,
// each distinct chapter text once, and rewrites their entries in content/releases.json. The entries
// of other releases (the historical seeds) are kept as they are.
//
//   npm run content:sync -- [--content DIR] [--repository owner/name=PATH …] [--check]
//
// --repository points a group at a clone elsewhere than its `repository` path; --check writes
// nothing and exits 1 when the vendored files or the manifest are out of date.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { z } from "zod/v4";
import { createDiagnosticSink } from "../src/diagnostics/diagnostic-sink.ts";
import { gitReleaseEntry } from "../src/git-releases/git-release-entry.ts";
import { gitReleasesSchema } from "../src/git-releases/git-manifest-schema.ts";
import { loadGitRelease } from "../src/git-releases/load-git-release.ts";
import { mergeManifestReleases, planVendoring, type VendorRelease } from "../src/git-releases/vendor-plan.ts";
import { manifestSchema } from "../src/model/manifest-schema.ts";

const upstreamManifestSchema = z.object({ $schema: z.string().optional(), git: z.array(gitReleasesSchema).min(1) });

interface Options {
  content: string;
  repositories: Map<string, string>;
  check: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { content: "content", repositories: new Map(), check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === "--check") options.check = true;
    else if (arg === "--content" && value) {
      options.content = value;
      i++;
    } else if (arg === "--repository" && value?.includes("=")) {
      const at = value.indexOf("=");
      options.repositories.set(value.slice(0, at), value.slice(at + 1));
      i++;
    } else {
      throw new UsageError(`unknown or incomplete option "${arg ?? ""}"`);
    }
  }
  return options;
}

class UsageError extends Error {}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, "utf8")) as unknown;
}

async function collectReleases(options: Options): Promise<VendorRelease[]> {
  const contentRoot = resolve(options.content);
  const manifest = upstreamManifestSchema.parse(await readJson(join(contentRoot, "upstream.json")));
  const out: VendorRelease[] = [];
  for (const group of manifest.git) {
    const name = group.upstream?.repository ?? group.repository;
    const repository = resolve(contentRoot, options.repositories.get(name) ?? group.repository);
    const chapterRoot = (group.libraryRoot ?? "").replace(/\/+$/, "");
    for (const ref of group.refs) {
      const sink = createDiagnosticSink();
      const paths = ref.paths ?? group.paths;
      const loaded = await loadGitRelease(
        { repository, ref: ref.ref, paths, displayPrefix: "", ...(chapterRoot ? { libraryRoot: chapterRoot } : {}) },
        sink,
      );
      if (!loaded.value) {
        throw new Error(`${name} ${ref.ref}: ${loaded.errors.map((e) => e.message).join("; ")}`);
      }
      const entry = gitReleaseEntry(group, ref, { sha: loaded.value.commit, date: loaded.value.commitDate });
      const files = loaded.value.sources.flatMap((s) =>
        s.files.map((f) => ({
          path: chapterRoot && f.path.startsWith(`${chapterRoot}/`) ? f.path.slice(chapterRoot.length + 1) : f.path,
          sha256: f.sha256,
          text: f.text,
        })),
      );
      const formats = new Set(paths.map((p) => p.format));
      const format = formats.size === 1 ? [...formats][0] : undefined;
      out.push({
        id: entry.id,
        label: entry.label,
        ref: ref.ref,
        commit: loaded.value.commit,
        date: entry.date,
        dateNote: ref.dateNote ?? `Date of ${ref.ref} (commit ${loaded.value.commit.slice(0, 12)}).`,
        repositoryFolder: name.split("/").at(-1) ?? name,
        ...(format ? { format } : {}),
        upstream: { ...(group.upstream ?? {}) },
        files,
      });
      console.error(
        `${entry.id.padEnd(12)} ${ref.ref.padEnd(34)} ${loaded.value.commit.slice(0, 12)} ${entry.date} ${files.length} files`,
      );
    }
  }
  return out;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const contentRoot = resolve(options.content);
  const plan = planVendoring(await collectReleases(options));
  const releasesPath = join(contentRoot, "releases.json");
  const current = (await readJson(releasesPath)) as Record<string, unknown>;
  const parsed = manifestSchema.parse(current);
  const releases = mergeManifestReleases(parsed.releases, plan.entries);
  const nextManifest = `${JSON.stringify({ ...current, releases }, null, 2)}\n`;

  const writes = new Map<string, string>([[releasesPath, nextManifest]]);
  for (const folder of plan.folders) {
    for (const file of folder.files) writes.set(join(contentRoot, folder.folder, file.path), file.text);
  }
  if (options.check) {
    let stale = 0;
    for (const [path, text] of writes) {
      const on = await readFile(path, "utf8").catch(() => undefined);
      if (on !== text) {
        console.error(`out of date: ${path}`);
        stale++;
      }
    }
    console.error(stale === 0 ? "content is up to date" : `${stale} files out of date: run npm run content:sync`);
    return stale === 0 ? 0 : 1;
  }
  await rm(join(contentRoot, "upstream"), { recursive: true, force: true });
  for (const [path, text] of writes) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
  console.error(
    `${plan.entries.length} releases in ${plan.folders.length} folders under ${join(options.content, "upstream")}`,
  );
  for (const folder of plan.folders) console.error(`  ${folder.folder}: ${folder.releases.join(", ")}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`content:sync: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
