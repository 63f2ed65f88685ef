// The JavaScript a built page loads by itself: its module and inline scripts and their static
// imports, followed through the bundle. Dynamic import() calls are left out: they load on demand
// (the search UI loads when the search dialog opens).
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { join, posix } from "node:path";

export interface PageScripts {
  files: string[];
  inlineBytes: number;
  gzipBytes: number;
}

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
const EXPORT_FROM = /export\s*[\w*{}\s,$]*from\s*["']([^"']+)["']/g;

function staticImportsOf(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT), ...code.matchAll(EXPORT_FROM)].map((m) => m[1] ?? "");
}

export async function pageScripts(root: string, html: string): Promise<PageScripts> {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const inline: string[] = [];
  const queue: string[] = [];
  for (const [, attributes = "", body = ""] of scripts) {
    if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) queue.push(src);
    else if (body.trim() !== "") {
      inline.push(body);
      if (/type="module"/.test(attributes)) queue.push(...staticImportsOf(body).filter((s) => s.startsWith("/")));
    }
  }
  const seen = new Set<string>();
  const contents: Buffer[] = [];
  while (queue.length > 0) {
    const url = queue.shift() ?? "";
    if (seen.has(url)) continue;
    seen.add(url);
    const code = await readFile(join(root, url));
    contents.push(code);
    for (const specifier of staticImportsOf(code.toString("utf8"))) {
      queue.push(specifier.startsWith("/") ? specifier : posix.join(posix.dirname(url), specifier));
    }
  }
  const inlineText = inline.join("\n");
  const gzipBytes =
    contents.reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0) + gzipSync(inlineText, { level: 9 }).length;
  return { files: [...seen].sort(), inlineBytes: Buffer.byteLength(inlineText), gzipBytes };
}
