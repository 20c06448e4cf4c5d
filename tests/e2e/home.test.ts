import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startAppServer, type AppServer } from "../helpers/app-server.ts";
import { launchBrowser } from "../helpers/browser.ts";

let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  // The embedded default, as on a fresh machine: no DATABASE_URL, an empty data folder.
  app = await startAppServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("home page in Chromium", () => {
  it("lists published demo placements", async () => {
    const page = await browser.newPage();
    const response = await page.goto(app.url);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toContain("Stegvis");
    const heading = await page.getByRole("heading", { name: /Lediga platser/ }).textContent();
    expect(Number(heading?.match(/\((\d+)\)/)?.[1])).toBeGreaterThanOrEqual(60);
    expect(await page.locator("article.placement-card").count()).toBeGreaterThan(10);
    await page.close();
  });

  it("answers POST /graphql over HTTP with at least 60 published placements", async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ placements(first: 5) { totalCount edges { node { id title kind kommunCode } } } }" }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { placements: { totalCount: number; edges: { node: { kind: string } }[] } } };
    expect(body.data.placements.totalCount).toBeGreaterThanOrEqual(60);
    expect(body.data.placements.edges).toHaveLength(5);
    for (const { node } of body.data.placements.edges) expect(["WORK_TRAINING", "INTERNSHIP"]).toContain(node.kind);
  });
});
