import { describe, expect, it } from "vitest";
import { useAppInBrowser } from "../helpers/app-in-browser.ts";
import { BROWSER_TEST_MS } from "../helpers/browser.ts";

const e2e = useAppInBrowser();

describe("home page in Chromium", { timeout: BROWSER_TEST_MS }, () => {
  it("lists published demo placements", async () => {
    const page = await e2e.browser.newPage();
    const response = await page.goto(e2e.app.url);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toContain("Stegvis");
    const heading = await page.getByRole("heading", { name: /Lediga platser/ }).textContent();
    expect(Number(heading?.match(/\((\d+)\)/)?.[1])).toBeGreaterThanOrEqual(60);
    expect(await page.locator("article.placement-card").count()).toBeGreaterThan(10);
    await page.close();
  });

  it("answers POST /graphql over HTTP with at least 60 published placements", async () => {
    const response = await fetch(`${e2e.app.url}/graphql`, {
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

describe("login in Chromium", { timeout: BROWSER_TEST_MS }, () => {
  const roles = [
    { email: "admin@demo.stegvis.se", path: "/admin", heading: "Administration" },
    { email: "coach@demo.stegvis.se", path: "/coach", heading: "Mina deltagare" },
    { email: "handledare@demo.stegvis.se", path: "/handledare", heading: "Deltagare jag följer upp" },
    { email: "arbetsgivare@demo.stegvis.se", path: "/organisation", heading: "Vår organisation" },
    { email: "socialtforetag@demo.stegvis.se", path: "/organisation", heading: "Vår organisation" },
  ];

  for (const { email, path, heading } of roles) {
    it(`logs ${email} in to ${path} and out again`, async () => {
      const context = await e2e.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${e2e.app.url}/`);
      await page.getByRole("link", { name: "Logga in" }).click();
      await page.getByLabel("E-postadress").fill(email);
      await page.getByLabel("Lösenord").fill("stegvis-demo");
      await page.getByRole("button", { name: "Logga in" }).click();
      await page.waitForURL(`${e2e.app.url}${path}`);
      await page.getByRole("heading", { level: 1, name: heading, exact: true }).waitFor({ state: "visible" });
      if (path === "/coach") {
        // The coach's start page: the caseload, the proposals waiting, the assignments starting soon.
        await page.getByRole("heading", { level: 2, name: "Förslag som väntar" }).waitFor();
        await page.getByRole("heading", { level: 2, name: "Börjar snart" }).waitFor();
        expect(await page.locator('a[href^="/forslag/"]').count()).toBeGreaterThan(0);
        expect(await page.locator('a[href^="/deltagare/"]').count()).toBeGreaterThanOrEqual(30);
      }
      const cookies = await context.cookies();
      expect(cookies.find((c) => c.name === "stegvis_session")).toMatchObject({ httpOnly: true, sameSite: "Lax" });

      await page.getByRole("button", { name: "Logga ut" }).click();
      await page.waitForURL(`${e2e.app.url}/`);
      await page.getByRole("link", { name: "Logga in" }).waitFor({ state: "visible" });
      await page.goto(`${e2e.app.url}${path}`);
      expect(new URL(page.url()).pathname).toBe("/logga-in");
      await context.close();
    });
  }

  it("shows a Swedish error for a wrong password and stays on the login page", async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.app.url}/logga-in`);
    await page.getByLabel("E-postadress").fill("coach@demo.stegvis.se");
    await page.getByLabel("Lösenord").fill("fel-lösenord");
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toBe("Fel e-postadress eller lösenord.");
    expect(new URL(page.url()).pathname).toBe("/logga-in");
    await page.close();
  });

  it("sends security headers with every page", async () => {
    const response = await fetch(`${e2e.app.url}/logga-in`);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });
});
