// Moving through a page with the keyboard only: Tab until a given element has the focus, the way a
// person who does not use a mouse reaches a control.
import type { Page } from "playwright-core";

/** Presses Tab until the focused element matches `selector`; fails if it is not reached. */
export async function tabTo(page: Page, selector: string, maxPresses = 120): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press("Tab");
    const reached = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    if (reached) return presses;
  }
  throw new Error(`${selector} not reached with ${maxPresses} presses of Tab`);
}

/** What has the focus, for assertions: the tag, its name attribute or its text. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return "";
    return `${el.tagName.toLowerCase()}${el.getAttribute("name") ? `[name=${el.getAttribute("name")}]` : ""} ${el.textContent?.trim().slice(0, 40) ?? ""}`.trim();
  });
}

/** Presses ArrowDown on a focused, closed select until its value is `value`. */
export async function arrowToOption(page: Page, selector: string, value: string, maxPresses = 200): Promise<void> {
  for (let presses = 0; presses <= maxPresses; presses++) {
    if ((await page.locator(selector).inputValue()) === value) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`option ${value} of ${selector} not reached with the arrow keys`);
}
