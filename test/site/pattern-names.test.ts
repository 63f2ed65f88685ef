// Pattern names on event pages: the 2013 inventory's lambda event says what it stands for, and
// each event it stands for (and each event a sharing sentence's pattern covers) names the pattern.
import { beforeAll, describe, expect, it } from "vitest";
import { getSiteDir } from "./support/site-dir.ts";
import { readText } from "./support/site-files.ts";

let root = "";
beforeAll(async () => {
  root = await getSiteDir();
}, 180_000);

describe("pattern names", () => {
  it("the pattern event links to the events it stands for", async () => {
    const html = await readText(`${root}/events/oe_-generated_event_type/index.html`);
    const standsFor = html.slice(html.indexOf("data-stands-for"));
    expect(standsFor).toMatch(/<a href="\/events\/oe_show_question\/"><code>oe_show_question<\/code><\/a>/);
  });

  it("a concrete event links back to its pattern's event, with the inventory row as evidence", async () => {
    const html = await readText(`${root}/events/oe_show_question/index.html`);
    const list = html.slice(html.indexOf("data-patterns"));
    expect(list).toMatch(
      /<a href="\/events\/oe_-generated_event_type\/"><code>oe_\[generated_event_type\]<\/code><\/a>/,
    );
    expect(list).toContain("2013-inventory-tracking-logs.rst:107–109");
  });

  it("a pattern of a sharing sentence is named on each event it covers", async () => {
    const html = await readText(`${root}/events/edx.special_exam.timed.created/index.html`);
    expect(html.slice(html.indexOf("data-patterns"))).toContain(
      "<code>edx.special_exam.{special exam type}.created</code>",
    );
  });
});
