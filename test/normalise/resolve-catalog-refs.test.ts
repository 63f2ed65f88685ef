// Catalog references (lost PDF link targets, :ref: roles, `name`_ references) resolve once the
// catalog is assembled: a link to the event they name, or their plain text.
import { describe, expect, test } from "vitest";
import { textToRichText } from "../../src/extract/rich-text.ts";
import type { CatalogEvent } from "../../src/model/event-schema.ts";
import { refIndexOf, resolveCatalogRefs, resolveRefsInHtml } from "../../src/normalise/resolve-catalog-refs.ts";

function event(id: string, name: string, aliases: string[] = []): CatalogEvent {
  return { id, name, aliases: aliases.map((a) => ({ name: a })) } as unknown as CatalogEvent;
}

const index = refIndexOf([
  event("edx.special_exam.proctored.created", "edx.special_exam.proctored.created"),
  event("edx.bookmark.accessed", "edx.bookmark.accessed"),
  event("problem_check", "problem_check", ["save_problem_check"]),
]);

describe("resolveRefsInHtml", () => {
  test("a lost PDF target that names an event links to its page (guide line 4819)", () => {
    const { html } = textToRichText(
      "For more information, see [edx.special_exam.proctored.created](#), and [Working with Video Components](#).",
      "pdf",
    );
    expect(resolveRefsInHtml(html, index)).toBe(
      '<p>For more information, see <a href="/events/edx.special_exam.proctored.created/">edx.special_exam.proctored.created</a>, and Working with Video Components.</p>',
    );
  });

  test("a :ref: label spelt with underscores resolves and shows the event name", () => {
    const { html } = textToRichText("See also :ref:`edx_bookmark_accessed`.", "rst");
    expect(resolveRefsInHtml(html, index)).toBe(
      '<p>See also <a href="/events/edx.bookmark.accessed/"><code>edx.bookmark.accessed</code></a>.</p>',
    );
  });

  test("an alias resolves to its event; an unknown label becomes its text", () => {
    const { html } = textToRichText("`save_problem_check`_ and :ref:`the data package <Package>`", "rst");
    expect(resolveRefsInHtml(html, index)).toBe(
      '<p><a href="/events/problem_check/">save_problem_check</a> and the data package</p>',
    );
  });

  test("the common-fields section labels link to the common fields page (sumac student_event_types.rst:797)", () => {
    const { html } = textToRichText(
      "For more information about the common fields, see :ref:`common`. See :ref:`the context field <context>`.",
      "rst",
    );
    expect(resolveRefsInHtml(html, index)).toBe(
      '<p>For more information about the common fields, see <a href="/common-fields/">common fields</a>. See <a href="/common-fields/">the context field</a>.</p>',
    );
  });

  test("HTML without references is returned unchanged", () => {
    const html = "<p>a <code>b</code></p>";
    expect(resolveRefsInHtml(html, index)).toBe(html);
  });

  test("a loose form two events share resolves to neither", () => {
    const twins = refIndexOf([event("a.b", "a.b"), event("a_b", "a_b")]);
    expect(resolveRefsInHtml('<p><a href="#catalog-label:A-B">A B</a></p>', twins)).toBe("<p>A B</p>");
  });
});

test("resolveCatalogRefs resolves every rich text of a value and leaves the rest as it is", () => {
  const value = { name: "x", nested: [{ description: textToRichText("see [problem_check](#)", "pdf"), count: 2 }] };
  const out = resolveCatalogRefs(value, index);
  expect(out.nested[0]?.description.html).toBe('<p>see <a href="/events/problem_check/">problem_check</a></p>');
  expect(out.nested[0]?.count).toBe(2);
  expect(value.nested[0]?.description.html).toContain("#catalog-ref:");
});
