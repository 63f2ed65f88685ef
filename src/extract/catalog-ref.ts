// A reference to something the catalog may hold: a PDF link whose target was lost (`[text](#)`),
// an RST `:ref:` role or a `` `text`_ `` reference. The readers do not know the catalog, so the
// reference travels in the description's tree and HTML as a link with a marker target; one pass
// at catalog assembly (normalise/resolve-catalog-refs.ts) turns it into a link to the event it
// names, or into its plain text. A marker target is a same-page fragment, which the sanitiser keeps.
import type { Link, PhrasingContent } from "mdast";

/** The href prefix of an unresolved catalog reference; what follows is the URI-encoded name. */
const CATALOG_REF_PREFIX = "#catalog-ref:";
/** The same for a reference written as a bare label (`:ref:`edx_bookmark_accessed``): once
 * resolved it shows the event's name rather than the label. */
const CATALOG_LABEL_PREFIX = "#catalog-label:";

export interface CatalogRef {
  target: string;
  /** Whether the link text is only the label, to be replaced by the name of what it resolves to. */
  label: boolean;
}

/** A link node that refers to `target` (an event name or label) and shows `children`. */
export function catalogRefLink(target: string, children: PhrasingContent[], label = false): Link {
  const prefix = label ? CATALOG_LABEL_PREFIX : CATALOG_REF_PREFIX;
  return { type: "link", url: `${prefix}${encodeURIComponent(target.trim())}`, children };
}

/** The reference a marker href holds, or undefined when the href is not a catalog reference. */
export function catalogRefOf(href: string): CatalogRef | undefined {
  const label = href.startsWith(CATALOG_LABEL_PREFIX);
  if (!label && !href.startsWith(CATALOG_REF_PREFIX)) return undefined;
  try {
    return {
      target: decodeURIComponent(href.slice((label ? CATALOG_LABEL_PREFIX : CATALOG_REF_PREFIX).length)),
      label,
    };
  } catch {
    return undefined;
  }
}
