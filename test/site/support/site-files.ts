// Reading the built site: its HTML pages, their links and ids, and the scripts a page loads.
import { readdir, readFile } from "node:fs/promises";
import { join, posix, relative, sep } from "node:path";

export async function listFiles(root: string, extension: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(extension))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The URL path a built file answers: dist/events/x/index.html → /events/x/. */
export function urlPathOf(root: string, file: string): string {
  const path = `/${relative(root, file).split(sep).join("/")}`;
  return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

export function attributeValues(html: string, attribute: string): string[] {
  const pattern = new RegExp(`\\s${attribute}="([^"]*)"`, "g");
  return [...html.matchAll(pattern)].map((m) => decodeEntities(m[1] ?? ""));
}

export function linksOf(html: string): string[] {
  const withoutScripts = html.replace(/<script\b[\s\S]*?<\/script>/g, "");
  return [...attributeValues(withoutScripts, "href"), ...attributeValues(withoutScripts, "src")];
}

export function idsOf(html: string): Set<string> {
  return new Set(attributeValues(html, "id"));
}

/** The file a site-internal URL path resolves to, as a static server would serve it. */
export function fileForPath(root: string, urlPath: string): string[] {
  const path = decodeURIComponent(urlPath);
  const base = join(root, ...path.split("/").filter(Boolean));
  return path.endsWith("/") ? [join(base, "index.html")] : [base, join(base, "index.html")];
}

export function resolveHref(pagePath: string, href: string): { path: string; hash: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) return undefined;
  const [withoutHash = "", hash = ""] = href.split("#", 2);
  const pathPart = withoutHash.split("?")[0] ?? "";
  const path =
    pathPart === ""
      ? pagePath
      : pathPart.startsWith("/")
        ? pathPart
        : posix.join(posix.dirname(`${pagePath}x`), pathPart);
  return { path, hash: decodeURIComponent(hash) };
}

export async function readText(file: string): Promise<string> {
  return readFile(file, "utf8");
}
