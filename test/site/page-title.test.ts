// A long dotted event name may wrap between its parts on a phone: the page title has a break
// opportunity after each dot and underscore, and its text is still exactly the name.
import { beforeAll, describe, expect, it } from "vitest";
import { getSiteDir } from "./support/site-dir.ts";
import { readText } from "./support/site-files.ts";

let root = "";
beforeAll(async () => {
  root = await getSiteDir();
}, 180_000);

function title(html: string): string {
  return /<h1 id="_top"[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? "";
}

describe("the page title", () => {
  it("breaks edx.course.enrollment.activated after its dots only, and reads as the name", async () => {
    const h1 = title(await readText(`${root}/events/edx.course.enrollment.activated/index.html`));
    expect(h1.match(/<wbr[^>]*>/g)).toHaveLength(3);
    expect(h1.replace(/<wbr[^>]*>/g, "")).toBe("edx.course.enrollment.activated");
  });

  it("breaks problem_check after its underscore; a title without either is left as it is", async () => {
    expect(title(await readText(`${root}/events/problem_check/index.html`))).toMatch(/^problem_<wbr[^>]*>check$/);
    expect(title(await readText(`${root}/events/index.html`))).toBe("Events");
  });
});
