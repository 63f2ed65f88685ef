// One short phrase per change, shared by the text and Markdown renderers, so both say the same
// thing. `code` wraps names and values for the target format (plain quotes, or Markdown code spans),
// `text` escapes prose for it.
import type { DiffChange } from "./diff-schema.ts";

export interface PhraseStyle {
  code: (s: string) => string;
  /** Our own prose (notes on coverage, rules). */
  text: (s: string) => string;
  /** Text quoted from the sources (History sentences, stated evidence). */
  quote: (s: string) => string;
}

function fromTo(c: DiffChange, style: PhraseStyle): string {
  const from = c.from !== undefined ? style.code(c.from) : "?";
  const to = c.to !== undefined ? style.code(c.to) : "?";
  return `${from} → ${to}`;
}

function evidence(c: DiffChange, style: PhraseStyle): string {
  if (c.note === undefined) return c.evidence !== undefined ? ` (${c.evidence})` : "";
  if (c.evidence === "stated") {
    const where = c.release !== undefined ? ` in ${style.code(c.release)}` : "";
    return ` (stated${where}: ${style.quote(c.note)})`;
  }
  return ` (${c.evidence ?? "inferred"}: ${style.text(c.note)})`;
}

export function describeChange(c: DiffChange, style: PhraseStyle): string {
  const path = c.path !== undefined ? style.code(c.path) : "";
  switch (c.kind) {
    case "event-added":
      return "added";
    case "event-removed":
      return "removed";
    case "event-renamed":
      return `renamed ${fromTo(c, style)}${evidence(c, style)}`;
    case "event-not-covered":
      return `not covered${c.note !== undefined ? `: ${style.text(c.note)}` : ""}`;
    case "variants-changed":
      return `variants ${fromTo(c, style)}`;
    case "sources-changed":
      return `sources ${fromTo(c, style)}`;
    case "component-changed":
      return `component ${fromTo(c, style)}`;
    case "category-changed":
      return `category ${fromTo(c, style)}`;
    case "description-changed":
      return "description changed";
    case "history-added":
      return `History added: ${style.quote(c.to ?? "")}`;
    case "history-removed":
      return `History removed: ${style.quote(c.from ?? "")}`;
    case "field-added":
      return `field ${path} added`;
    case "field-removed":
      return `field ${path} removed`;
    case "field-not-covered":
      return `field ${path} not covered${c.note !== undefined ? `: ${style.text(c.note)}` : ""}`;
    case "field-renamed":
      return `field renamed ${fromTo(c, style)}${evidence(c, style)}`;
    case "field-type-changed":
      return `field ${path} type ${fromTo(c, style)}`;
    case "field-description-changed":
      return `field ${path} description changed`;
    case "field-values-changed":
      return `field ${path} values ${fromTo(c, style)}`;
    case "field-nullable-changed":
      return `field ${path} ${fromTo(c, style)}`;
    case "common-field-added":
      return `common field ${path} added`;
    case "common-field-removed":
      return `common field ${path} removed`;
    case "common-field-changed":
      return c.from !== undefined || c.to !== undefined
        ? `common field ${path} ${c.note ?? "value"} ${fromTo(c, style)}`
        : `common field ${path} ${c.note ?? "text"} changed`;
  }
}
