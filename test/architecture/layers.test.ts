// The layers of src/, read off the real import statements with TypeScript's own parser: an import
// may only run down the table (or stay inside its own folder), and only the I/O folder touches the
// file system, git, compression or the process's streams. The table is the one statement of the
// architecture; site/content/docs/architecture.md explains it.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Lowest first. Folders on one line are siblings: neither may import the other. */
const LAYERS: readonly (readonly string[])[] = [
  ["model"],
  ["diagnostics"],
  ["extract"],
  ["readers"],
  ["normalise"],
  ["merge"],
  ["diff", "check", "export", "publish", "git-releases"],
  ["io"],
  ["pipeline"],
  ["cli", "content-loader"],
];

/** Modules of node that read or write files, run programs or inflate streams: the I/O folder's own. */
const IO_MODULES = /^(node:)?(fs|fs\/promises|child_process|zlib)$/;
/** The process's standard streams. */
const PROCESS_STREAMS = /\bprocess\.(stdin|stdout|stderr)\b/;
/** Besides src/io/: the command line's one module that hands the process's streams to the commands. */
const STREAM_EXCEPTIONS = new Set(["cli/cli-io.ts"]);

const root = resolve(import.meta.dirname, "../..");
const src = join(root, "src");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name) && !e.name.endsWith(".d.ts"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Every module a file names: static imports and re-exports (types too), `import()` calls. */
function importsOf(path: string): string[] {
  const text = readFileSync(path, "utf8");
  // An .astro file's script is its frontmatter (between the `---` fences) and its <script> blocks.
  const code = path.endsWith(".astro")
    ? [...text.matchAll(/^---\n([\s\S]*?)\n---$|<script[^>]*>([\s\S]*?)<\/script>/gm)]
        .map((m) => m[1] ?? m[2])
        .join("\n")
    : text;
  const file = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) found.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The top folder of src/ a path lies in ("" for src/index.ts itself). */
function folderOf(path: string): string {
  const rel = relative(src, path).split(sep);
  return rel.length > 1 ? (rel[0] ?? "") : "";
}

function levelOf(folder: string): number {
  return LAYERS.findIndex((level) => level.includes(folder));
}

/** Why an import from one folder of src/ into another breaks the layers; undefined when it runs down. */
function layerBreach(from: string, to: string): string | undefined {
  if (to === from) return undefined;
  // Numbered from 1, as site/content/docs/architecture.md numbers them.
  const [a, b] = [levelOf(from) + 1, levelOf(to) + 1];
  if (b === 0) return `${to} is in no layer`;
  if (b === a) return `${from} and ${to} are siblings in layer ${a}`;
  return b > a ? `${from} (layer ${a}) imports ${to} (layer ${b}), a higher layer` : undefined;
}

const files = sourceFiles(src);

describe("the layers of src/", () => {
  it("places every folder of src/ in the table", () => {
    const folders = new Set(files.map(folderOf).filter((f) => f !== ""));
    expect([...folders].filter((f) => levelOf(f) === -1)).toEqual([]);
    expect(LAYERS.flat().filter((f) => !folders.has(f))).toEqual([]);
  });

  it("has every import run down the layers or stay in its folder", () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = folderOf(file);
      if (from === "") continue; // src/index.ts: the package's entry re-exports every layer
      for (const specifier of importsOf(file)) {
        if (!specifier.startsWith(".")) continue;
        const breach = layerBreach(from, folderOf(resolve(dirname(file), specifier)));
        if (breach) upward.push(`${relative(root, file)} imports "${specifier}": ${breach}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("keeps files, git, compression and the process's streams in src/io/, for src/ and site/ alike", () => {
    const outside: string[] = [];
    for (const file of [...files, ...sourceFiles(join(root, "site"))]) {
      const rel = relative(src, file).split(sep).join("/");
      if (folderOf(file) === "io") continue;
      for (const specifier of importsOf(file)) {
        if (IO_MODULES.test(specifier)) outside.push(`${rel} imports ${specifier}`);
      }
      if (!STREAM_EXCEPTIONS.has(rel) && PROCESS_STREAMS.test(readFileSync(file, "utf8"))) {
        outside.push(`${rel} uses the process's standard streams`);
      }
    }
    expect(outside).toEqual([]);
  });

  it("is the table the architecture page shows", () => {
    const page = readFileSync(join(root, "site/content/docs/architecture.md"), "utf8");
    const rows = [...page.matchAll(/^\| (\d+) \| ([^|]+) \|/gm)].map((m) => [
      Number(m[1]),
      [...(m[2] ?? "").matchAll(/`([\w-]+)\/`/g)].map((f) => f[1]),
    ]);
    expect(rows).toEqual(LAYERS.map((level, i) => [i + 1, [...level]]));
  });

  it("tells an import that runs up, or across to a sibling, from one that runs down", () => {
    expect(layerBreach("merge", "model")).toBeUndefined();
    expect(layerBreach("merge", "merge")).toBeUndefined();
    expect(layerBreach("merge", "diff")).toBe("merge (layer 6) imports diff (layer 7), a higher layer");
    expect(layerBreach("diff", "check")).toBe("diff and check are siblings in layer 7");
    expect(layerBreach("model", "site")).toBe("site is in no layer");
  });

  it("reads import statements, re-exports and import() calls, types included", () => {
    const index = importsOf(join(src, "index.ts"));
    expect(index).toContain("./pipeline/build-from-manifest.ts");
    expect(importsOf(join(src, "diagnostics", "diagnostic-sink.ts"))).toContain("../model/diagnostic-schema.ts");
    expect(importsOf(join(src, "cli", "main.ts"))).toContain("./build-command.ts");
    const search = importsOf(join(root, "site/components/overrides/SearchOnOpen.astro"));
    expect(search).toEqual(expect.arrayContaining(["../../styles/search-dialog.css", "@pagefind/default-ui"]));
  });
});
