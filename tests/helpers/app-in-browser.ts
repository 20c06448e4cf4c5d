import { afterAll, afterEach, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { APP_START_LIMIT_MS, startAppServer, type AppServer, type AppServerOptions } from "./app-server.ts";
import { BROWSER_WAIT_MS, describeOpenPages, launchBrowser } from "./browser.ts";

/**
 * The real app on its embedded default (a fresh data folder, demo data) and Debian's Chromium, for one test file.
 * Read `.app` and `.browser` inside tests and hooks. Give the file's tests BROWSER_TEST_MS (browser.ts).
 */
export function useAppInBrowser(options?: AppServerOptions): { app: AppServer; browser: Browser } {
  const session = {} as { app: AppServer; browser: Browser };
  beforeAll(async () => {
    session.app = await startAppServer(options);
    session.browser = await launchBrowser();
  }, APP_START_LIMIT_MS + BROWSER_WAIT_MS);
  // A failed test's pages are still open (its contexts were not closed): say what they showed, for the CI log.
  afterEach(async ({ task }) => {
    if (task.result?.state === "fail" && session.browser) {
      console.info(`What the browser showed when "${task.name}" failed:\n\n${await describeOpenPages(session.browser)}`);
    }
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.app?.stop();
  });
  return session;
}
