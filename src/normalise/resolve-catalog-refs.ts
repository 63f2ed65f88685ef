// The one pass that resolves catalog references (extract/catalog-ref.ts): the PDF's links whose
// target was lost (`[text](#)`), RST `:ref:` roles and `` `text`_ `` references. Readers cannot
// know what the catalog holds, so they leave a marker link; once the releases are merged this pass
// makes each one a link to `/events/<id>/` when it names an event of the catalog (by name, by
// alias, or by a label spelt with underscores for dots: `edx_bookmark_accessed`), and plain text
// otherwise. It runs at catalog assembly (pipeline/assemble-catalog.ts), on every description.
import type { Element, ElementContent, Root as HastRoot, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { catalogRefOf } from "../extract/catalog-ref.ts";
import type { CatalogEvent } from "../model/event-schema.ts";

export interface RefTarget {
  id: string;
  name: string;
  /** A section of the catalog rather than an event: where it lives on the site. */
  href?: string;
}

/** Section labels of the upstream chapter that the catalog has a page for (the common fields). */
const SECTION_TARGETS: readonly [string, RefTarget][] = ["common", "context", "common_fields", "referer_field"].map(
  (label) => [label, { id: "", name: "common fields", href: "/common-fields/" }],
);

export type RefIndex = ReadonlyMap<string, RefTarget>;

/** The loose form of a name or label: case, dots, underscores, hyphens and spaces ignored. */
function refKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s._-]+/g, "_");
}

/** Names, aliases and their loose forms of every event; a loose form two events share is dropped. */
export function refIndexOf(events: readonly CatalogEvent[]): RefIndex {
  const exact = new Map<string, RefTarget>();
  const loose = new Map<string, RefTarget | null>();
  for (const event of events) {
    const target = { id: event.id, name: event.name };
    for (const name of [event.name, ...event.aliases.map((a) => a.name)]) {
      if (!exact.has(name)) exact.set(name, target);
      const key = refKey(name);
      const seen = loose.get(key);
      loose.set(key, seen === undefined || seen?.id === event.id ? target : null);
    }
  }
  const index = new Map<string, RefTarget>(SECTION_TARGETS);
  for (const [key, target] of loose) if (target) index.set(`~${key}`, target);
  for (const [name, target] of exact) index.set(name, target);
  return index;
}

function lookUp(index: RefIndex, target: string): RefTarget | undefined {
  return index.get(target) ?? index.get(`~${refKey(target)}`);
}

function resolveNodes(nodes: readonly ElementContent[], index: RefIndex): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type !== "element") {
      out.push(node);
      continue;
    }
    const href = node.tagName === "a" ? node.properties["href"] : undefined;
    const ref = typeof href === "string" ? catalogRefOf(href) : undefined;
    if (!ref) {
      out.push({ ...node, children: resolveNodes(node.children, index) });
      continue;
    }
    const found = lookUp(index, ref.target);
    if (!found) {
      out.push(...resolveNodes(node.children, index));
      continue;
    }
    const named: ElementContent = found.href
      ? { type: "text", value: found.name }
      : { type: "element", tagName: "code", properties: {}, children: [{ type: "text", value: found.name }] };
    const children: ElementContent[] = ref.label ? [named] : resolveNodes(node.children, index);
    const to = found.href ?? `/events/${found.id}/`;
    const link: Element = { type: "element", tagName: "a", properties: { href: to }, children };
    out.push(link);
  }
  return out;
}

/** HTML with its catalog references resolved; HTML without any is returned as it is. */
export function resolveRefsInHtml(html: string, index: RefIndex): string {
  if (!html.includes("#catalog-")) return html;
  const tree = fromHtml(html, { fragment: true });
  const children = resolveNodes(tree.children as ElementContent[], index) as RootContent[];
  return toHtml({ ...tree, children } as HastRoot);
}

function isRichText(value: object): value is { text: string; html: string } {
  return (
    typeof (value as { html?: unknown }).html === "string" && typeof (value as { text?: unknown }).text === "string"
  );
}

/**
 * `value` with every rich text (`{ text, html }`) in it resolved: objects that change are copied,
 * the rest are returned as they are. The same description recurs in many releases, so each
 * distinct HTML is resolved once per call.
 */
export function resolveCatalogRefs<T>(value: T, index: RefIndex): T {
  const resolved = new Map<string, string>();
  const resolveHtml = (html: string): string => {
    let out = resolved.get(html);
    if (out === undefined) {
      out = resolveRefsInHtml(html, index);
      resolved.set(html, out);
    }
    return out;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      let changed = false;
      const out = v.map((item: unknown) => {
        const next = walk(item);
        if (next !== item) changed = true;
        return next;
      });
      return changed ? out : v;
    }
    if (v === null || typeof v !== "object") return v;
    if (isRichText(v)) {
      const html = v.html.includes("#catalog-") ? resolveHtml(v.html) : v.html;
      return html === v.html ? v : { ...v, html };
    }
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(v)) {
      const next = walk(item);
      if (next !== item) {
        copy ??= { ...(v as Record<string, unknown>) };
        copy[key] = next;
      }
    }
    return copy ?? v;
  };
  return walk(value) as T;
}
