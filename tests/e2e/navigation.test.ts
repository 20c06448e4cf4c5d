// Issue 16, acceptance 1 and 4: every role finds its way, on a phone too. Per role, from its start page at 390×844,
// follow the links the pages show (same origin, GET) and check each page: no sideways scroll, the heading and the
// first result or main action within the first two screens, no link to a page the role may not open, and axe-core at
// 0 violations. The start pages are checked with axe at 1280 px as well.
import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { axeViolations } from "../helpers/axe.ts";
import { useAppInBrowser } from "../helpers/app-in-browser.ts";
import { BROWSER_TEST_MS } from "../helpers/browser.ts";
import { loggedInPage } from "../helpers/log-in.ts";

const e2e = useAppInBrowser();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 844 };
/** Pages visited per route pattern (links checked by status: LINKS_CHECKED_PER_PATTERN), so the crawl stays bounded. */
const VISITS_PER_PATTERN = 2;
const LINKS_CHECKED_PER_PATTERN = 4;
/** Set NAV_SCREENSHOTS=/some/dir to keep a screenshot of every page visited. */
const SCREENSHOTS = process.env.NAV_SCREENSHOTS;

const ROLES = [
  { role: "anonymous", email: null, start: "/" },
  { role: "coach", email: "coach@demo.stegvis.se", start: "/coach" },
  { role: "handledare", email: "handledare@demo.stegvis.se", start: "/handledare" },
  { role: "organisation (socialt företag)", email: "socialtforetag@demo.stegvis.se", start: "/organisation" },
  { role: "organisation (arbetsgivare)", email: "arbetsgivare@demo.stegvis.se", start: "/organisation" },
  { role: "admin", email: "admin@demo.stegvis.se", start: "/admin" },
] as const;

/** "/deltagare/ck2x…/rapporter/2026-11" → "/deltagare/:id/rapporter/:month": pages of one kind, whatever the record. */
function patternOf(url: URL): string {
  return url.pathname
    .split("/")
    .map((part) => (/^\d{4}-\d{2}$/.test(part) ? ":month" : /\d/.test(part) || part.length > 24 ? ":id" : part))
    .join("/");
}

/** Files the browser downloads rather than shows: checked by status, never rendered. */
const isDownload = (url: URL, download: boolean) => download || url.pathname.startsWith("/export/") || /\.(csv|xlsx|pdf)$/.test(url.pathname);

const logIn = (context: BrowserContext, email: string) => loggedInPage(context, e2e.app.url, email);

interface PageReport {
  scrollWidth: number;
  innerWidth: number;
  heading: string | null;
  headingTop: number | null;
  /** The first link, button, field, list item, row or article after the heading: the first result or main action. */
  firstAfterHeading: { what: string; top: number } | null;
  links: { href: string; download: boolean }[];
}

/** Measures the page as it stands: widths, where the heading and the first thing to act on start, and its links. */
function measure(): PageReport {
  const top = (el: Element) => el.getBoundingClientRect().top + window.scrollY;
  const shown = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== "hidden";
  };
  const h1 = document.querySelector("main h1");
  const candidates = h1
    ? [...document.querySelectorAll("main a[href], main button, main input:not([type=hidden]), main select, main textarea, main summary, main article, main li, main tr")]
        .filter((el) => h1.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
        .filter(shown)
    : [];
  const first = candidates[0];
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    heading: h1?.textContent?.trim() ?? null,
    headingTop: h1 && shown(h1) ? top(h1) : null,
    firstAfterHeading: first ? { what: `${first.tagName.toLowerCase()} ${first.textContent?.trim().slice(0, 40)}`, top: top(first) } : null,
    links: [...document.querySelectorAll("a[href]")].map((a) => ({ href: (a as HTMLAnchorElement).href, download: a.hasAttribute("download") })),
  };
}

/** The crawl for one role: returns the problems found (empty when all is well) and what it covered. */
async function crawl(context: BrowserContext, page: Page, start: string, signedIn: boolean) {
  const origin = e2e.app.url;
  const problems: string[] = [];
  const visitsOf = new Map<string, number>();
  const checksOf = new Map<string, number>();
  const checked = new Set<string>();
  const queue: { url: string; from: string }[] = [{ url: `${origin}${start}`, from: "(start)" }];
  const visited: string[] = [];

  /** A link not visited in the browser still has to open for this role. */
  async function checkStatus(url: URL, from: string) {
    const response = await context.request.get(url.href, { maxRedirects: 5 });
    const landed = new URL(response.url());
    if (response.status() >= 400) problems.push(`${url.pathname}${url.search} answers ${response.status()} (linked from ${from})`);
    else if (signedIn && landed.pathname === "/logga-in") problems.push(`${url.pathname} sends a signed-in user to the login page (linked from ${from})`);
  }

  while (queue.length) {
    const { url: href, from } = queue.shift()!;
    const url = new URL(href);
    const response = await page.goto(href);
    const path = `${url.pathname}${url.search}`;
    visited.push(path);
    const status = response?.status() ?? 0;
    if (status >= 400) {
      problems.push(`${path} answers ${status} (linked from ${from})`);
      continue;
    }
    if (signedIn && new URL(page.url()).pathname === "/logga-in") {
      problems.push(`${path} sends a signed-in user to the login page (linked from ${from})`);
      continue;
    }
    const report = await page.evaluate(measure);
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${path.replace(/[^a-z0-9]+/gi, "_").slice(0, 120)}.png` });
    if (report.scrollWidth > report.innerWidth) problems.push(`${path} scrolls sideways: ${report.scrollWidth} px wide at ${report.innerWidth} px`);
    if (report.headingTop === null) problems.push(`${path} has no visible main heading`);
    else if (report.headingTop >= 2 * PHONE.height) problems.push(`${path}: the heading starts ${Math.round(report.headingTop)} px down`);
    if (report.firstAfterHeading && report.firstAfterHeading.top >= 2 * PHONE.height) {
      problems.push(`${path}: the first result or action (${report.firstAfterHeading.what}) starts ${Math.round(report.firstAfterHeading.top)} px down`);
    }
    const violations = await axeViolations(page);
    if (violations.length) problems.push(`${path} axe: ${JSON.stringify(violations)}`);

    for (const link of report.links) {
      const target = new URL(link.href);
      target.hash = "";
      if (target.origin !== origin || target.pathname === "/logga-ut" || checked.has(target.href)) continue;
      checked.add(target.href);
      const pattern = patternOf(target);
      if (isDownload(target, link.download)) {
        await checkStatus(target, path);
        continue;
      }
      const visits = visitsOf.get(pattern) ?? 0;
      if (visits < VISITS_PER_PATTERN) {
        visitsOf.set(pattern, visits + 1);
        queue.push({ url: target.href, from: path });
      } else if ((checksOf.get(pattern) ?? 0) < LINKS_CHECKED_PER_PATTERN) {
        checksOf.set(pattern, (checksOf.get(pattern) ?? 0) + 1);
        await checkStatus(target, path);
      }
    }
  }
  return { problems, visited, patterns: [...visitsOf.keys()].sort() };
}

describe("every role finds its way on a phone (390×844)", { timeout: 2 * BROWSER_TEST_MS }, () => {
  if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });

  for (const { role, email, start } of ROLES) {
    it(`${role}: every page reachable from ${start} fits the phone, shows its heading and first result early, links only to pages the role may open, and passes axe`, async () => {
      const context = await e2e.browser.newContext({ viewport: PHONE, bypassCSP: true, locale: "sv-SE" });
      const page = email ? await logIn(context, email) : await context.newPage();
      const startedAt = Date.now();
      const { problems, visited, patterns } = await crawl(context, page, start, email !== null);
      console.info(`${role}: ${visited.length} pages of ${patterns.length} kinds in ${Math.round((Date.now() - startedAt) / 1000)} s`);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe("the navigation on a phone and on a desktop", { timeout: BROWSER_TEST_MS }, () => {
  it("opens the phone menu by keyboard without JavaScript, marks the current page, and shows the role's main pages one click away", async () => {
    const context = await e2e.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await logIn(context, "socialtforetag@demo.stegvis.se");
    const menu = page.getByRole("navigation", { name: "Huvudmeny" });
    expect(await menu.isVisible()).toBe(false);
    await page.locator(".menu > summary").focus();
    await page.keyboard.press("Enter");
    await menu.waitFor({ state: "visible" });
    const current = menu.locator('a[aria-current="page"]');
    await expect(current.textContent()).resolves.toBe("Vår organisation");
    const hrefs = await menu.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(["/organisation", "/forslag", expect.stringMatching(/^\/organisation\/narvaro\/\d{4}-\d{2}$/), expect.stringMatching(/^\/organisation\/rapporter\/\d{4}-\d{2}$/), "/platser"]);
    await context.close();
  });

  it("keeps the filters on /platser behind a disclosure on a phone (first placement within the first screen) and open beside the results on a desktop", async () => {
    for (const [viewport, open] of [[PHONE, false], [DESKTOP, true]] as const) {
      const context = await e2e.browser.newContext({ viewport, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${e2e.app.url}/platser`);
      const adaptations = page.getByRole("group", { name: "Anpassningar som finns" });
      expect(await adaptations.isVisible()).toBe(open);
      const firstPlacement = await page.locator(".placement-card").first().boundingBox();
      expect(firstPlacement!.y).toBeLessThan(viewport.height);
      if (!open) {
        await page.getByText("Filtrera och sortera").click();
        await adaptations.waitFor({ state: "visible" });
      }
      await context.close();
    }
  });

  it("sorts a search typed into the /platser form by best match, as the same search by URL does", async () => {
    const context = await e2e.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${e2e.app.url}/platser?q=lager`);
    const byUrl = await page.locator(".placement-card h2, .placement-card h3").allTextContents();
    await page.goto(`${e2e.app.url}/platser`);
    await page.getByLabel("Sök bland platserna").fill("lager");
    await page.getByRole("button", { name: "Sök", exact: true }).click();
    await page.waitForURL(/q=lager/);
    // Once hydrated, the search is a client-side navigation: the URL changes a moment before React renders the hits.
    await page.getByRole("heading", { level: 2, name: /för ”lager”$/ }).waitFor();
    expect(new URL(page.url()).searchParams.get("sortering") ?? "").toBe("");
    expect(await page.locator(".placement-card h2, .placement-card h3").allTextContents()).toEqual(byUrl);
    await context.close();
  });

  it("keeps Ja / Kanske / Nej above the fold on every yrkeskort at 390×844 and at 1280×844, with focus on the first card after Börja sortera", async () => {
    for (const [viewport, participant] of [[PHONE, "demo-ptc-bol-0007"], [DESKTOP, "demo-ptc-bol-0012"]] as const) {
      const context = await e2e.browser.newContext({ viewport });
      const page = await logIn(context, "coach@demo.stegvis.se");
      await page.goto(`${e2e.app.url}/deltagare/${participant}/yrkeskort`);
      await page.getByRole("button", { name: /^(Börja sortera|Sortera igen)$/ }).click();
      await page.locator("#sort-card-title").waitFor();
      await page.waitForFunction(() => document.activeElement?.id === "sort-card-title");
      const low: string[] = [];
      for (;;) {
        const card = await page.evaluate(() => ({
          progress: document.querySelector(".sort-progress")?.textContent ?? null,
          title: document.querySelector("#sort-card-title")?.textContent ?? "",
          bottom: Math.max(...[...document.querySelectorAll(".answer-button")].map((b) => b.getBoundingClientRect().bottom)),
        }));
        if (card.progress === null) break;
        if (card.bottom > viewport.height) low.push(`${card.title}: the answers end ${Math.round(card.bottom)} px down`);
        await page.keyboard.press("2");
        await page.waitForFunction((before) => document.querySelector(".sort-progress")?.textContent !== before, card.progress);
      }
      expect(low, `at ${viewport.width} px`).toEqual([]);
      await context.close();
    }
  });

  it("passes axe on every role's start page at 1280 px, with the menu's links shown and no menu button", async () => {
    const problems: string[] = [];
    for (const { role, email, start } of ROLES) {
      const context = await e2e.browser.newContext({ viewport: DESKTOP, bypassCSP: true, locale: "sv-SE" });
      const page = email ? await logIn(context, email) : await context.newPage();
      await page.goto(`${e2e.app.url}${start}`);
      if (!(await page.getByRole("navigation", { name: "Huvudmeny" }).isVisible())) problems.push(`${role}: the navigation is hidden at 1280 px`);
      if (await page.locator(".menu > summary").isVisible()) problems.push(`${role}: the menu button shows at 1280 px`);
      const { scrollWidth, innerWidth } = await page.evaluate(measure);
      if (scrollWidth > innerWidth) problems.push(`${role}: ${start} scrolls sideways at 1280 px`);
      const violations = await axeViolations(page);
      if (violations.length) problems.push(`${role}: ${start} axe: ${JSON.stringify(violations)}`);
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
