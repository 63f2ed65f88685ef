// Source text is data: markup in a description or a field is shown as text, never run.
import { beforeAll, describe, expect, it } from "vitest";
import { getSiteDir } from "./support/site-dir.ts";
import { listFiles, readText } from "./support/site-files.ts";

let root = "";
beforeAll(async () => {
  root = await getSiteDir();
}, 180_000);

describe("source text shown as text", () => {
  it("shows a description with <script> and an onerror attribute as text", async () => {
    const html = await readText(`${root}/events/seq_goto/index.html`);
    expect(html).toContain(
      "Fires &lt;script&gt;alert(1)&lt;/script&gt; when the user &lt;img src=x onerror=alert(1)&gt; jumps.",
    );
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toMatch(/<img[^>]*onerror/i);
  });

  it("shows a field description with markup as text", async () => {
    const html = await readText(`${root}/events/seq_goto/index.html`);
    expect(html).toContain("The index of the unit &lt;img src=x onerror=alert(2)&gt;.");
  });

  it("has no event-handler attribute anywhere in the site", async () => {
    const offenders: string[] = [];
    for (const file of await listFiles(root, ".html")) {
      // Quoted attribute values are text (a summary quoting "<img onerror=…>" in a meta description).
      const tags = (await readText(file)).replace(/"[^"]*"/g, '""');
      if (/<[a-z][^>]*\son[a-z]+=/i.test(tags)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
