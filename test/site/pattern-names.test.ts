// Pattern names on event pages: the sample catalog gives seq_goto a hand-made pattern `seq_*`
// whose evidence holds markup; the page names the pattern with its evidence, as text.
import { beforeAll, describe, expect, it } from "vitest";
import { getSiteDir } from "./support/site-dir.ts";
import { readText } from "./support/site-files.ts";

let root = "";
beforeAll(async () => {
  root = await getSiteDir();
}, 180_000);

describe("pattern names", () => {
  it("an event covered by a pattern names it, with the text that writes it and where", async () => {
    const html = await readText(`${root}/events/seq_goto/index.html`);
    const list = html.slice(html.indexOf("data-patterns"));
    expect(list).toMatch(/Covered by the pattern\s*<code>seq_\*<\/code>/);
    expect(list).toContain("<code>seq_*</code> &lt;img src=x onerror=alert(3)&gt; Event Types");
    expect(list).toContain("2014-05-sample.rst:61");
    expect(html).not.toContain("<img src=x onerror=alert(3)>");
  });

  it("an event no pattern covers has no pattern list", async () => {
    const html = await readText(`${root}/events/play_video/index.html`);
    expect(html).not.toContain("data-patterns");
    expect(html).not.toContain("data-stands-for");
  });
});
