// Leftover RST / Markdown inline markup in plain source strings, as the site shows them. Inputs are
// cut from the upstream documentation's text as it reached the catalog.
import { describe, expect, it } from "vitest";
import { cleanHtml, cleanText, cleanTextParts, eventFinder } from "../../site/lib/clean-text.ts";

const find = eventFinder([
  { id: "edx.forum.thread.created", name: "edx.forum.thread.created", aliases: [] },
  { id: "problem_check", name: "problem_check", aliases: [{ name: "save_problem_check" }] },
]);

describe("cleanTextParts", () => {
  it("reads literals as code and resolves a :ref: label only when it names an event", () => {
    const parts = cleanTextParts(
      "events include many of the same ``event`` member fields that are described for :ref:`forum_thread` and :ref:`problem_check` events.",
      find,
    );
    expect(parts).toEqual([
      { text: "events include many of the same " },
      { text: "event", code: true },
      { text: " member fields that are described for forum thread and " },
      { text: "problem_check", code: true, eventId: "problem_check" },
      { text: " events." },
    ]);
  });

  it("keeps the text of a :ref: with an explicit title and of a PDF link whose target was lost", () => {
    expect(cleanText("see :ref:`Problem Interaction Events <problem>` and [edx.forum.thread.created](#).")).toBe(
      "see Problem Interaction Events and edx.forum.thread.created.",
    );
    const linked = cleanTextParts("[edx.forum.thread.created](#)", find);
    expect(linked).toEqual([{ text: "edx.forum.thread.created", eventId: "edx.forum.thread.created" }]);
  });

  it("drops bold markers and leaves ordinary text alone", () => {
    expect(cleanText("**CC** licensed; 5 * 3 is not bold")).toBe("CC licensed; 5 * 3 is not bold");
  });
});

describe("cleanHtml", () => {
  it("reads markup only in text between tags and escapes what it writes", () => {
    const html = "<p>Same as ``save_problem_check`` &lt;b&gt; <code>``kept``</code></p>";
    expect(cleanHtml(html, find, (id) => `/events/${id}/`)).toBe(
      '<p>Same as <a href="/events/problem_check/"><code>save_problem_check</code></a> &lt;b&gt; <code>``kept``</code></p>',
    );
  });
});
