// What the PDF conversion did to the 2016 guide's Markdown-like text, undone before the text is
// parsed (rich-text-markdown.ts reads plain CommonMark; the artefacts never reach the parser):
// a `<ul style=…>` whose items lost their `<li>` and kept the PDF's "•" bullets, a `<ul>` the cell
// never closes, and "•" bullets that start a line or run on inside one, which Markdown does not
// know as list markers.

const UL_OPEN = /<ul(?:\s[^>]*)?>/gi;
const UL_CLOSE = /<\/ul\s*>/i;
const LI = /<li(?:\s[^>]*)?>/i;
const P_OPEN = /<p(?:\s[^>]*)?>/i;
const LINE_BULLET = /^([ \t]*)•[ \t]*(?=\S)/gm;
/** A bullet run together with the text before it: "… values: • one • two" (outside a `<ul>`). */
const INLINE_BULLET = /[ \t]+•[ \t]+(?=\S)/g;

/** The inside of one `<ul>`: bullets become `<li>` items when the list has no `<li>` of its own. */
function listItems(inner: string): string {
  if (LI.test(inner) || !inner.includes("•")) return inner;
  return inner
    .split("•")
    .map((item) => item.trim())
    .filter((item) => item !== "")
    .map((item) => `<li>${item}</li>`)
    .join("");
}

function bulletsToMarkdown(text: string): string {
  return text.replace(LINE_BULLET, "$1- ").replace(INLINE_BULLET, "\n- ");
}

/** The text with its PDF list artefacts rewritten as HTML lists or Markdown list items. */
export function undoPdfArtefacts(text: string): string {
  const normalised = text.replace(/\r\n?/g, "\n");
  let out = "";
  let at = 0;
  for (const open of normalised.matchAll(UL_OPEN)) {
    if (open.index < at) continue;
    out += bulletsToMarkdown(normalised.slice(at, open.index));
    const start = open.index + open[0].length;
    const rest = normalised.slice(start);
    const close = UL_CLOSE.exec(rest);
    // A list the cell never closes, made of bullets, ends where a paragraph starts: the source
    // (edx-documentation) has that paragraph after the list, not inside its last item.
    const para = close || LI.test(rest) ? null : P_OPEN.exec(rest);
    const end = close ? start + close.index : para ? start + para.index : normalised.length;
    out += `<ul>${listItems(normalised.slice(start, end))}</ul>`;
    at = close ? end + close[0].length : end;
  }
  return out + bulletsToMarkdown(normalised.slice(at));
}
