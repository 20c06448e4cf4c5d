import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Response } from "playwright-core";

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
 * (and so every page, `browser.newPage()` included) waits up to BROWSER_WAIT_MS by default, and, unless JavaScript
 * is off, acts on a page only once it has hydrated (hydrateOnLoad).
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
    context.on("page", recordErrors);
    if (options?.javaScriptEnabled === false) withoutScripts.add(context);
    else {
      context.on("page", hydrateOnLoad);
      const newPage = context.newPage.bind(context);
      context.newPage = async () => hydrateOnLoad(await newPage());
    }
    return context;
  };
  return browser;
}

const withoutScripts = new WeakSet<BrowserContext>();
const pageErrors = new WeakMap<Page, string[]>();
const KEPT_ERRORS = 10;

/** Keeps a page's last uncaught errors and console errors, for describeOpenPages. */
function recordErrors(page: Page): void {
  const errors: string[] = [];
  pageErrors.set(page, errors);
  const keep = (text: string) => {
    errors.push(text);
    if (errors.length > KEPT_ERRORS) errors.shift();
  };
  page.on("pageerror", (error) => keep(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") keep(`console: ${message.text()}`);
  });
}

/**
 * What every page still open in `browser` shows: its address, its visible text (the start of it) and its last
 * errors. Printed when a browser test fails (useAppInBrowser), so a failure in CI says what the page looked like.
 */
export async function describeOpenPages(browser: Browser, textLimit = 2_000): Promise<string> {
  const parts: string[] = [];
  for (const page of browser.contexts().flatMap((context) => context.pages())) {
    const text = await page
      .evaluate(() => document.body?.innerText ?? "")
      .catch((error: unknown) => `(not readable: ${error instanceof Error ? error.message : String(error)})`);
    const errors = pageErrors.get(page) ?? [];
    parts.push(
      [
        `page ${page.url()}`,
        text.length > textLimit ? `${text.slice(0, textLimit)}…` : text,
        ...(errors.length ? ["errors:", ...errors] : []),
      ].join("\n"),
    );
  }
  return parts.join("\n\n---\n\n") || "(no page open)";
}
const hydrating = new WeakSet<Page>();

/** The locator actions a person does with the mouse or keyboard; each waits for hydration first (hydrateOnLoad). */
const ACTIONS = ["check", "clear", "click", "dblclick", "fill", "focus", "press", "pressSequentially", "selectOption", "setChecked", "setInputFiles", "tap", "type", "uncheck"] as const;
let actionsWait = false;

/**
 * Lets no test act on one of the app's pages while it is still plain HTML, which a person on a fast machine rarely
 * does and a test on a loaded one often did (the cause of every flaky browser test so far): `goto` and `reload`
 * return once the page they loaded has hydrated, and so does every locator action above, whatever loaded the page
 * (a plain link, a form posted before the scripts ran). A page that is not one of the app's (a file, a bare error
 * from the server) is acted on at once. Contexts opened with JavaScript off are left alone.
 */
function hydrateOnLoad(page: Page): Page {
  if (hydrating.has(page)) return page;
  hydrating.add(page);
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => afterLoad(page, await goto(...args));
  page.reload = async (...args) => afterLoad(page, await reload(...args));
  if (!actionsWait) {
    actionsWait = true;
    const prototype = Object.getPrototypeOf(page.locator("html")) as Record<(typeof ACTIONS)[number], (...args: unknown[]) => Promise<unknown>>;
    for (const name of ACTIONS) {
      const action = prototype[name];
      prototype[name] = async function (this: Locator, ...args: unknown[]) {
        await waitForAppScripts(this.page());
        return action.apply(this, args);
      };
    }
  }
  return page;
}

async function afterLoad(page: Page, response: Response | null): Promise<Response | null> {
  if (response?.headers()["content-type"]?.startsWith("text/html")) await waitForAppScripts(page);
  return response;
}

/**
 * Waits until the page has been parsed and, if it is one of the app's pages, has hydrated (waitForHydration). In a
 * context with JavaScript off it returns at once: there the plain HTML is the page.
 */
export async function waitForAppScripts(page: Page): Promise<void> {
  if (withoutScripts.has(page.context())) return;
  await page.waitForFunction(
    () =>
      document.readyState !== "loading" &&
      (!("__remixContext" in window) ||
        ((window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized === true &&
          document.documentElement.hasAttribute("data-hydrated"))),
  );
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
 * Our browser's `goto`, `reload`, locator actions and axeViolations already wait for this (hydrateOnLoad); call it
 * before reading a page loaded some other way (measures after a click on a plain link), or to fail when a page never
 * hydrates. It says nothing about a component mounted later by a client-side navigation (a card sorter after "Börja
 * sortera"): wait for that component's own enhanced state.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => "__remixContext" in window);
  await waitForAppScripts(page);
}
