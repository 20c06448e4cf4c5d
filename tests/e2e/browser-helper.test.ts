import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { BROWSER_TEST_MS, BROWSER_WAIT_MS, describeOpenPages, launchBrowser } from "../helpers/browser.ts";

// The test helper that explains a failed browser test in the CI log: what each open page showed, and its errors.
describe("describeOpenPages", { timeout: BROWSER_TEST_MS }, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, BROWSER_WAIT_MS);
  afterAll(() => browser?.close());

  it("names each open page's address, its visible text and its uncaught and console errors", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      `<main><h1>Nytt konto</h1><p>Skriv en giltig e-postadress.</p></main>
       <script>console.error("saknar data"); setTimeout(() => { throw new Error("trasig hydrering"); });</script>`,
    );
    await expect.poll(() => describeOpenPages(browser), { timeout: BROWSER_WAIT_MS }).toContain("uncaught: trasig hydrering");
    const description = await describeOpenPages(browser);
    expect(description).toContain("page about:blank");
    expect(description).toMatch(/Nytt konto\s+Skriv en giltig e-postadress\./);
    expect(description).toContain("console: saknar data");
    await context.close();
    await expect(describeOpenPages(browser)).resolves.toBe("(no page open)");
  });
});
