// Builds in the browser the markup DiffView.astro renders at build time, from the same view. Only
// text nodes and attributes are set: names and sentences from the sources are never parsed as HTML.
import { eventUrl, releaseUrl } from "../../lib/urls.ts";
import {
  DIFFERENCES_EXPLAINED,
  summaryCounts,
  type ChangeLine,
  type DiffView,
  type EventEntry,
  type PhrasePart,
} from "./diff-view.ts";

type Child = Node | string | false | undefined;

function el(tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child !== false && child !== undefined) node.append(child);
  return node;
}

function phrase(parts: readonly PhrasePart[]): Node[] {
  return parts.map((p) => (p.code ? el("code", {}, p.text) : document.createTextNode(p.text)));
}

function lineNodes(l: ChangeLine): Node[] {
  const out = phrase(l.parts);
  if (l.typeChange === "wording")
    out.push(el("span", { class: "type-wording" }, " (same kind of value, written another way: not counted)"));
  if (l.typeChange === "kind") out.push(el("span", { class: "type-kind" }, " (another kind of value)"));
  if (l.words) {
    const words = l.words.map((w) =>
      el(w.kind === "removed" ? "del" : w.kind === "added" ? "ins" : "span", {}, w.text),
    );
    out.push(el("p", { class: "word-diff" }, ...words));
  }
  return out;
}

function changeList(lines: readonly ChangeLine[]): HTMLElement {
  return el(
    "ul",
    { class: "diff-changes" },
    ...lines.map((l) => el("li", { "data-kind": l.kind, "data-counts": String(l.counts) }, ...lineNodes(l))),
  );
}

function eventHead(e: EventEntry): (Node | string)[] {
  const link = el("a", { href: eventUrl(e.id) }, e.name);
  if (e.written.length === 0) return [link];
  const names = e.written.flatMap((n, i) => [i > 0 ? ", " : "", el("code", {}, n)]);
  return [link, " (as ", ...names, ")"];
}

function groupBody(key: string, events: readonly EventEntry[]): HTMLElement {
  if (key === "added" || key === "removed") {
    return el(
      "ul",
      { class: "diff-events diff-compact" },
      ...events.map((e) => el("li", { "data-event": e.id }, ...eventHead(e))),
    );
  }
  if (key === "not-covered") {
    const items = events.map((e) =>
      el(
        "li",
        { "data-event": e.id },
        el("a", { href: eventUrl(e.id) }, e.name),
        ": ",
        ...e.lines.flatMap((l) => phrase(l.parts)),
      ),
    );
    const summary = `${events.length} ${events.length === 1 ? "event" : "events"} documented in only one of the two releases, whose part of the docs the other does not cover: neither added nor removed`;
    return el(
      "details",
      { class: "diff-not-covered" },
      el("summary", {}, summary),
      el("ul", { class: "diff-events" }, ...items),
    );
  }
  return el(
    "ul",
    { class: "diff-events" },
    ...events.map((e) => el("li", { "data-event": e.id }, ...eventHead(e), changeList(e.lines))),
  );
}

/** `level` is the heading tag of the groups: h2 on a page of its own, h3 under a result heading. */
export function diffViewToDom(view: DiffView, level: "h2" | "h3" = "h2"): HTMLElement {
  const counts = summaryCounts(view);
  const root = el(
    "div",
    { class: "diff-view", "data-diff": `${view.from.id}...${view.to.id}` },
    el(
      "p",
      {},
      "From ",
      el("a", { href: releaseUrl(view.from.id) }, view.from.label),
      ` (${view.dates.from}) to `,
      el("a", { href: releaseUrl(view.to.id) }, view.to.label),
      ` (${view.dates.to}).`,
    ),
    el(
      "ul",
      { class: "diff-counts" },
      ...counts.map(([n, label]) => el("li", {}, el("strong", {}, String(n)), ` ${label}`)),
    ),
    el("p", { class: "muted diff-explained" }, DIFFERENCES_EXPLAINED),
  );
  for (const group of view.groups) {
    if (group.events.length === 0) continue;
    const heading = el(
      level,
      { id: `diff-${group.key}` },
      `${group.title} `,
      el("span", { class: "muted" }, `(${group.events.length})`),
    );
    root.append(
      el("section", { class: "diff-group", "data-group": group.key }, heading, groupBody(group.key, group.events)),
    );
  }
  if (view.common.length > 0) {
    const heading = el(
      level,
      { id: "diff-common-fields" },
      "Common fields ",
      el("span", { class: "muted" }, `(${view.common.length})`),
    );
    root.append(
      el("section", { class: "diff-group", "data-group": "common-fields" }, heading, changeList(view.common)),
    );
  }
  if (view.groups.every((g) => g.events.length === 0) && view.common.length === 0)
    root.append(el("p", {}, "No differences."));
  return root;
}
