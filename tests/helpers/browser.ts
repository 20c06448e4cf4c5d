import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Time limits for tests that drive the real app in Chromium, sized for a loaded 2-core machine (load 8 and more).
 * Every wait is for something observable on the page, so a generous limit costs nothing when all is well; it only
 * decides how long a real failure takes to report.
 */
export const BROWSER_WAIT_MS = 60_000; // one wait: an element, a navigation, a response
export const BROWSER_TEST_MS = 300_000; // one whole test

/**
 * Debian's Chromium, headless. Never a downloaded browser build: none can be fetched here. Every context it opens
 * (and so every page, `browser.newPage()` included) waits up to BROWSER_WAIT_MS by default.
 */
export async function launchBrowser({ args = [] }: { args?: string[] } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y --no-install-recommends chromium`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    timeout: BROWSER_WAIT_MS,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...args,
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(BROWSER_WAIT_MS);
    return context;
  };
  return browser;
}

/**
 * Waits until the page's scripts have taken over after a full page load (goto, reload, a form posted before the
 * scripts ran): before that a page is plain HTML, so a grid's select-on-focus or arrow keys, the kommun picker's
 * combobox, a roving tabindex or a window key listener are not there yet, and a test that types at once races them.
 *
 * `__remixRouter.state.initialized` alone is not enough: Remix sets it when React *starts* hydrating, and the
 * components switch to their enhanced selves only after hydration has committed and their mount effects have run
 * (seen on the month grid with the CPU slowed down: never enhanced at that moment). app/root.tsx puts
 * `data-hydrated` on <html> in the same render as those effects' updates, so this waits for that.
 *
 * It says nothing about a component mounted later by a client-side navigation (a card sorter after "Börja
 * sortera"): wait for that component's own enhanced state.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized === true &&
      document.documentElement.hasAttribute("data-hydrated"),
  );
}
