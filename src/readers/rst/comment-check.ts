// Tells whether a comment holds event documentation that was commented out (a whole event
// section, a field table), as opposed to a reviewer's note. Such text is not content, but it is
// worth a warning: an event may be missing from the catalog because of it.
import { isEventName } from "../../extract/event-names.ts";

const ADORNMENT = /^\s*([=\-~*#^+])\1{2,}\s*$/;
const LITERAL_TITLE = /^\s*``([^`]+)``\s*$/;

/** Why the comment looks like event documentation, or undefined. */
export function commentLooksLikeEvent(text: string): string | undefined {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = LITERAL_TITLE.exec(lines[i] ?? "");
    const next = lines[i + 1] ?? "";
    if (m?.[1] && isEventName(m[1]) && ADORNMENT.test(next)) return `event title "${m[1]}"`;
  }
  if (/^\s*\.\.\s+list-table::/m.test(text)) return "a list-table";
  return undefined;
}
