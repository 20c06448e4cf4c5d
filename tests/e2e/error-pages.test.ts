import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../prisma/embedded.ts";
import { startAppServer, type AppServer } from "../helpers/app-server.ts";
import { axeViolations } from "../helpers/axe.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { logIn } from "../helpers/log-in.ts";

// The app runs on a PostgreSQL that this test owns (in memory, in this process), so it can take the database away
// mid-run: a real server error, not one made up for the test.
let database: EmbeddedPostgres | undefined;
let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  database = await startEmbeddedPostgres();
  app = await startAppServer({ databaseUrl: database.url });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await database?.stop();
});

async function errorPage(page: Page, path: string) {
  const response = await page.goto(`${app.url}${path}`);
  const heading = page.getByRole("heading", { level: 1 });
  await heading.waitFor();
  const link = page.locator("main section.error a");
  return {
    status: response?.status(),
    heading: await heading.textContent(),
    text: await page.locator("main section.error p").first().textContent(),
    next: { label: await link.textContent(), href: await link.getAttribute("href") },
    violations: await axeViolations(page),
  };
}

describe("error pages", () => {
  it("tell a page that is not for you, a missing page and a server error apart in Swedish, each with a way on", { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ bypassCSP: true, locale: "sv-SE" }); // axe is injected inline
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await logIn(page, app.url, "coach@demo.stegvis.se");
    expect(new URL(page.url()).pathname).toBe("/coach");

    const pages = [
      {
        path: "/admin",
        status: 403,
        heading: "Du får inte se den här sidan",
        text: expect.stringContaining("Sidan är till för andra."),
        next: { label: "Till din startsida", href: "/coach" },
      },
      {
        path: "/finns-inte",
        status: 404,
        heading: "Sidan finns inte",
        text: expect.stringContaining("Adressen kan vara fel."),
        // No route matched, so Remix runs no loader, the root's included: the page cannot know who is signed in.
        next: { label: "Till startsidan", href: "/" },
      },
      {
        path: "/coach",
        outage: true, // the database goes away while the app runs
        status: 500,
        heading: "Något gick fel",
        text: "Det är inte ditt fel. Försök igen om en stund.",
        next: { label: "Till startsidan", href: "/" },
      },
    ];
    for (const { path, outage, ...expected } of pages) {
      if (outage) {
        await database!.stop();
        database = undefined;
      }
      expect(await errorPage(page, path), path).toEqual({ ...expected, violations: [] });
    }
    expect(new Set(pages.map((p) => p.heading)).size).toBe(3);
    await context.close();
  });
});
