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

/**
 * Waits until the card sorter takes its keys. Its one keydown listener (1/2/3, U, L) is added by an effect once it
 * has mounted, after "Börja sortera", "Sortera igen" or a reload, and the same effect shows "Läs upp": the button is
 * the sign. The card's heading is not, since it is there before the effect runs, and a key pressed then is lost.
 */
export async function waitForCardSorter(page: Page): Promise<void> {
  await page.locator(".card-sort").getByRole("button", { name: "Läs upp" }).waitFor();
}
