// Runs axe-core in a page and returns its violations as readable lines: the rule, then the first
// few elements it names. The axe source is read once per suite and injected into each page.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

export function readAxeSource(): Promise<string> {
  return readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
}

interface AxeViolation {
  id: string;
  nodes: { target: unknown }[];
}

interface AxeGlobal {
  axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> };
}

export async function axeViolations(page: Page, axeSource: string): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const { axe } = window as unknown as AxeGlobal;
    const result = await axe.run(document);
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => JSON.stringify(n.target))
          .slice(0, 3)
          .join(", ")}`,
    );
  });
}
