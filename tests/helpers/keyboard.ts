import type { Page } from "playwright-core";

/** Moves focus with Tab alone until the focused element's text starts with `name` (keyboard-only journeys). */
export async function tabTo(page: Page, name: string, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    if (text.startsWith(name)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}
