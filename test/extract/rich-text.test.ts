import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { type MarkupSyntax, textToRichText } from "../../src/extract/rich-text.ts";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import { defineFixtureTests } from "../support/fixture-cases.ts";
import { positionAt } from "../../src/model/position.ts";

const FIXTURES = join(import.meta.dirname, "fixtures", "rich-text");

/** The case name starts with the syntax: `rst-…`, `pdf-…`, `plain-…`. */
function syntaxOf(caseName: string): MarkupSyntax {
  const prefix = caseName.split("-")[0];
  if (prefix === "rst" || prefix === "pdf" || prefix === "plain") return prefix;
  throw new Error(`fixture case ${caseName} does not start with a syntax`);
}

describe("textToRichText fixtures", () => {
  defineFixtureTests(FIXTURES, (c) => ({ output: textToRichText(c.input, syntaxOf(c.name)), messages: [] }));
});

describe("textToRichText", () => {
  test("RST literals, emphasis, strong and external links become elements", () => {
    const r = textToRichText(
      "The ``event_source`` field is *new* and **required**; see `the docs <https://docs.openedx.org/>`_.",
      "rst",
    );
    expect(r.html).toBe(
      '<p>The <code>event_source</code> field is <em>new</em> and <strong>required</strong>; see <a href="https://docs.openedx.org/">the docs</a>.</p>',
    );
    expect(r.text).toBe("The event_source field is new and required; see the docs.");
  });

  test(":ref: roles keep their text and become catalog references, resolved at assembly", () => {
    const r = textToRichText("See :ref:`common` and :ref:`the event list <tracking_log_event_list>`.", "rst");
    expect(r.html).toBe(
      '<p>See <a href="#catalog-label:common">common</a> and <a href="#catalog-ref:tracking_log_event_list">the event list</a>.</p>',
    );
    expect(r.text).toBe("See common and the event list.");
  });

  test("PDF links whose target was lost become catalog references; http(s) links stay links", () => {
    const r = textToRichText("See [Working with Video Components](#) and [the docs](https://docs.edx.org/).", "pdf");
    expect(r.html).toBe(
      '<p>See <a href="#catalog-ref:Working%20with%20Video%20Components">Working with Video Components</a> and <a href="https://docs.edx.org/">the docs</a>.</p>',
    );
    expect(r.text).toBe("See Working with Video Components and the docs.");
  });

  test("PDF Markdown follows CommonMark: escapes, flanking, intraword underscores", () => {
    expect(textToRichText("a \\*b\\* and 2 * 3 and course_id_x and **CC**", "pdf").html).toBe(
      "<p>a *b* and 2 * 3 and course_id_x and <strong>CC</strong></p>",
    );
  });

  test("PDF text is never read as headings, quotes, indented code or images", () => {
    const r = textToRichText(
      "# 12.3 not a heading\n    indented prose\n> 0 is allowed\n![x](https://e.org/i.png)",
      "pdf",
    );
    expect(r.html).not.toMatch(/<h1|<pre|<blockquote|<img/);
  });

  test("an inline tag split across blocks is read by the HTML parser", () => {
    expect(textToRichText("<i>one\n\ntwo</i>", "pdf").html).not.toContain("&#x3C;i>");
  });

  test("a :ref: without title shows the label with underscores as spaces", () => {
    expect(textToRichText(":ref:`Instructor_Event_Types`", "rst").text).toBe("Instructor Event Types");
  });

  test("links keep their href only for http(s)", () => {
    const r = textToRichText(
      "`x <javascript:alert(1)>`_ `y <ftp://host/file>`_ `z <http://example.org/a?b=1&c=2>`_",
      "rst",
    );
    expect(r.html).toBe('<p>x y <a href="http://example.org/a?b=1&#x26;c=2">z</a></p>');
  });

  test("script and img tags in the input appear as escaped text", () => {
    for (const syntax of ["rst", "pdf", "plain"] as const) {
      const r = textToRichText("<script>alert(1)</script> <img src=x onerror=alert(1)>", syntax);
      expect(r.html).not.toMatch(/<script|<img/i);
      expect(r.html).toContain("&#x3C;script>alert(1)&#x3C;/script>");
      expect(r.html).toContain("&#x3C;img src=x onerror=alert(1)>");
      expect(r.text).toBe("<script>alert(1)</script> <img src=x onerror=alert(1)>");
    }
  });

  test("PDF HTML fragments become elements; their attributes are dropped", () => {
    const r = textToRichText(
      'A <code>x</code>, <i>y</i>, <em>e</em>, <b>z</b>, <strong>s</strong><br>next <ul style="color:red"><li>one</li><li>two</li></ul>',
      "pdf",
    );
    expect(r.html).toBe(
      "<p>A <code>x</code>, <em>y</em>, <em>e</em>, <strong>z</strong>, <strong>s</strong><br>\nnext</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>",
    );
    expect(r.html).not.toContain("style");
  });

  test("unknown and unclosed tags stay plain text", () => {
    const r = textToRichText("<blink>hi</blink> <i>open", "pdf");
    expect(r.html).toBe("<p>&#x3C;blink>hi&#x3C;/blink> &#x3C;i>open</p>");
  });

  test("PDF backticks are code", () => {
    expect(textToRichText("the `name` field", "pdf").html).toBe("<p>the <code>name</code> field</p>");
  });

  test("a lone asterisk is not emphasis", () => {
    expect(textToRichText("3 * 4 and list_forum_* names", "rst").html).toBe("<p>3 * 4 and list_forum_* names</p>");
  });

  test("bullets run together on one line become a list; arithmetic does not", () => {
    const r = textToRichText("Items: * first one * second one", "rst");
    expect(r.html).toBe("<p>Items:</p>\n<ul>\n<li>first one</li>\n<li>second one</li>\n</ul>");
    expect(textToRichText("2 * 3 is 6", "rst").html).toBe("<p>2 * 3 is 6</p>");
  });

  test("blank lines separate paragraphs; line breaks inside one are spaces", () => {
    const r = textToRichText("one\ntwo\n\nthree", "plain");
    expect(r.html).toBe("<p>one two</p>\n<p>three</p>");
    expect(r.text).toBe("one two\n\nthree");
  });

  test("plain text keeps markup characters as text", () => {
    expect(textToRichText("``x`` *y*", "plain").html).toBe("<p>``x`` *y*</p>");
  });

  test("empty input gives empty text and html", () => {
    expect(textToRichText("  \n \n", "rst")).toEqual({ text: "", html: "" });
  });
});

describe("places in the source", () => {
  test("the tree's positions map back to the source line and column of the text", async () => {
    const { textToMdast } = await import("../../src/extract/rich-text.ts");
    // A details cell of guide line 3576 that starts at column 21.
    const [p] = textToMdast("When a user selects **CC** to suppress\ndisplay", "pdf", {
      place: positionAt("guide.txt", 3576, 21),
    });
    expect(p?.position?.start).toEqual({ line: 3576, column: 21 });
    const strong = p?.type === "paragraph" ? p.children[1] : undefined;
    expect(strong?.type).toBe("strong");
    expect(strong?.position).toEqual({ start: { line: 3576, column: 41 }, end: { line: 3576, column: 47 } });
    expect(p?.position?.end).toEqual({ line: 3577, column: 8 });
  });

  test("text without markup gets positions too", async () => {
    const { textToMdast } = await import("../../src/extract/rich-text.ts");
    const blocks = textToMdast("one line\n\n  two", "pdf", { place: positionAt("guide.txt", 7, 3) });
    expect(blocks.map((b) => b.position?.start)).toEqual([
      { line: 7, column: 3 },
      { line: 9, column: 3 },
    ]);
  });

  test("an HTML fragment kept as text is reported at its place", () => {
    const sink = createDiagnosticSink();
    const r = textToRichText("The `x` field <blink>y</blink> and <i>open", "pdf", {
      place: positionAt("guide.txt", 12, 4),
      sink,
    });
    expect(r.html).toContain("&#x3C;blink>");
    expect(sink.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual([
      "12:18 rich-text/html-as-text",
      "12:26 rich-text/html-as-text",
      "12:39 rich-text/html-as-text",
    ]);
  });
});

describe("rendering", () => {
  test("gives the same HTML as the unified pipeline remark-rehype → rehype-sanitize → rehype-stringify", async () => {
    const { unified } = await import("unified");
    const remarkRehype = (await import("remark-rehype")).default;
    const rehypeSanitize = (await import("rehype-sanitize")).default;
    const rehypeStringify = (await import("rehype-stringify")).default;
    const processor = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);
    const inputs: [string, MarkupSyntax][] = [
      ["The ``a`` *b* **c** `d <https://e.org/>`_ :ref:`f`\n\n* g\n* h <script>x</script>", "rst"],
      ['<p>One <i>two</i><br>three</p> <ul style="x"> • <code>a</code> b • c', "pdf"],
      ["Items: * ``x``: string; 'a', 'b' * ``y``: number; Nulls allowed.", "rst"],
    ];
    for (const [text, syntax] of inputs) {
      const { textToMdast } = await import("../../src/extract/rich-text.ts");
      const tree = processor.runSync({ type: "root", children: textToMdast(text, syntax) });
      expect(textToRichText(text, syntax).html).toBe(processor.stringify(tree));
    }
  });
});
