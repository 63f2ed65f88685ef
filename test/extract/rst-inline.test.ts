// The RST inline reader against docutils' inline markup recognition rules, on lines cut from the
// upstream documentation (edx-documentation's tracking-log and data chapters, the default content)
// and small hand-made variants for the rules no real line exercises.
import { describe, expect, test, vi } from "vitest";
import { rstInlineToMdast } from "../../src/extract/rst-inline.ts";
import { textToRichText } from "../../src/extract/rich-text.ts";

const html = (text: string): string => textToRichText(text, "rst").html;

describe("roles", () => {
  test("a role with an explicit target shows its title and refers to the target (course_team_event_types.rst:500)", () => {
    expect(rstInlineToMdast("In addition to the :ref:`common<context>` ``context`` member fields, this")).toEqual([
      { type: "text", value: "In addition to the " },
      { type: "link", url: "#catalog-ref:context", children: [{ type: "text", value: "common" }] },
      { type: "text", value: " " },
      { type: "inlineCode", value: "context" },
      { type: "text", value: " member fields, this" },
    ]);
  });

  test("a role without title refers to its label, shown with spaces until resolved", () => {
    expect(html("See :ref:`Instructor_Event_Types`.")).toBe(
      '<p>See <a href="#catalog-label:Instructor_Event_Types">Instructor Event Types</a>.</p>',
    );
  });

  test("code-like roles are code, :emphasis: and :strong: their elements, a suffix role works too", () => {
    expect(html(":code:`a` :emphasis:`b` :strong:`c` `d`:literal:")).toBe(
      "<p><code>a</code> <em>b</em> <strong>c</strong> <code>d</code></p>",
    );
  });

  test("an unknown role keeps its text", () => {
    expect(html("the :frob:`thing` here")).toBe("<p>the thing here</p>");
  });
});

describe("literals", () => {
  test("literals next to punctuation, with backslashes as text inside (sql_schema.rst:44)", () => {
    expect(html("* Backslash characters (``\\``) are escaped as ``\\\\``.")).toBe(
      "<ul>\n<li>Backslash characters (<code>\\</code>) are escaped as <code>\\\\</code>.</li>\n</ul>",
    );
  });

  test("a literal closed by a comma (2014-05 tracking logs)", () => {
    expect(html("* Prior to 15 Oct 2013, this server-emitted event was named ``save_problem_check``.")).toBe(
      "<ul>\n<li>Prior to 15 Oct 2013, this server-emitted event was named <code>save_problem_check</code>.</li>\n</ul>",
    );
  });
});

describe("references", () => {
  test("`name`_ refers to a target of that name (2023 student events)", () => {
    expect(rstInlineToMdast("as they do for `edx.certificate.created`_.")).toEqual([
      { type: "text", value: "as they do for " },
      {
        type: "link",
        url: "#catalog-ref:edx.certificate.created",
        children: [{ type: "text", value: "edx.certificate.created" }],
      },
      { type: "text", value: "." },
    ]);
  });

  test("`text <url>`_ is a link for http(s) only", () => {
    expect(html("`docs <https://docs.openedx.org/>`_ and `x <javascript:alert(1)>`_")).toBe(
      '<p><a href="https://docs.openedx.org/">docs</a> and x</p>',
    );
  });

  test("a word_ reference; a pattern such as list_forum_* is not one", () => {
    expect(html("see problem_check_ now")).toBe(
      '<p>see <a href="#catalog-ref:problem_check">problem_check</a> now</p>',
    );
    expect(html("the list_forum_* events")).toBe("<p>the list_forum_* events</p>");
  });
});

describe("recognition rules", () => {
  test("an escaped backquote is text, and an escaped asterisk never starts emphasis", () => {
    expect(html("a \\`literal\\` and \\*not emphasis*")).toBe("<p>a `literal` and *not emphasis*</p>");
  });

  test("backslash-space is removed (markup inside a word)", () => {
    expect(html("re\\ *start*\\ s")).toBe("<p>re<em>start</em>s</p>");
  });

  test("a start-string must follow white space or punctuation, not a letter", () => {
    expect(html("2*x*y and a*b*")).toBe("<p>2*x*y and a*b*</p>");
  });

  test("a start-string followed by white space, or an end-string preceded by it, is not markup", () => {
    expect(html("3 * 4 * 5 and *a *")).toBe("<p>3 * 4 * 5 and *a *</p>");
  });

  test("an end-string followed by a letter is not one", () => {
    expect(html("*a*b")).toBe("<p>*a*b</p>");
  });

  test("a start-string inside matching quotes or brackets is not markup", () => {
    expect(html("the '*' wildcard and (*) and \"``\"")).toBe("<p>the '*' wildcard and (*) and \"``\"</p>");
  });

  test("markup right after an opening bracket and before closing punctuation", () => {
    expect(html('(*note*), [**bold**]; "``code``"')).toBe(
      '<p>(<em>note</em>), [<strong>bold</strong>]; "<code>code</code>"</p>',
    );
  });

  test("inline targets show their text", () => {
    expect(html("an _`inline target` here")).toBe("<p>an inline target here</p>");
  });
});

describe("hostile text", () => {
  // Each unclosed start-string would search the rest of the text for its end: quadratic without
  // the reader's memory of the end-strings that are not there. The searches are counted (calls of
  // indexOf, one per candidate end-string looked at), not timed: `npm run bench` times the same
  // inputs (the "rst inline" row of its linear-work section).
  test.each(["`a ", "*a ", "**a ", ":ref:`x ", "``a ", "_`a "])(
    "unclosed %j repeated looks at each candidate end-string a bounded number of times",
    (piece) => {
      const n = 1_000;
      const text = piece.repeat(n);
      const indexOf = vi.spyOn(String.prototype, "indexOf");
      let nodes: ReturnType<typeof rstInlineToMdast>;
      let searches: number;
      try {
        nodes = rstInlineToMdast(text);
        searches = indexOf.mock.calls.length;
      } finally {
        indexOf.mockRestore();
      }
      expect(nodes.map((node) => ("value" in node ? node.value : "")).join("")).toBe(text.replace(/\s+/g, " "));
      // Linear: a few searches per piece; quadratic would be about n² / 2 = 500,000.
      expect(searches).toBeLessThan(4 * n);
    },
  );
});
