import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { APP_START_LIMIT_MS, startAppServer, type AppServer, type AppServerOptions } from "./app-server.ts";
import { BROWSER_WAIT_MS, launchBrowser } from "./browser.ts";

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
  afterAll(async () => {
    await session.browser?.close();
    await session.app?.stop();
  });
  return session;
}
