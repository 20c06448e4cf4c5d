// Issue 14 in Chromium on the demo world: /statistik is axe-clean at 1280 px and at 390×844 without sideways
// scrolling; each chart has a table with the same numbers; the page, its CSV export and the API over HTTP publish
// the same (suppressed) figures; a bad period is named beside its field in Swedish; a handledare is refused.
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { cellText } from "../../app/components/statistics/format.ts";
import { readCsv } from "../../lib/csv.ts";
import { axeViolations } from "../helpers/axe.ts";
import { useAppInBrowser } from "../helpers/app-in-browser.ts";
import { BROWSER_TEST_MS } from "../helpers/browser.ts";
import { loggedInPage } from "../helpers/log-in.ts";

const e2e = useAppInBrowser();

const API_QUERY = `query($from: String, $to: String) {
  statistics(from: $from, to: $to) { from to scope tables { key title columns rows { label isTotal cells { value suppressed } } } }
}`;

interface ApiStatistics {
  from: string;
  to: string;
  scope: string;
  tables: { key: string; title: string; columns: string[]; rows: { label: string; isTotal: boolean; cells: { value: number | null; suppressed: boolean }[] }[] }[];
}

async function signedIn(browser: Browser, email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true, locale: "sv-SE", viewport });
  return loggedInPage(context, e2e.app.url, email);
}

async function openStatistics(page: Page, query = ""): Promise<void> {
  await page.goto(`${e2e.app.url}/statistik${query}`);
  await page.getByRole("heading", { level: 1, name: "Statistik" }).waitFor();
}

/** Every table on the page as "table | row | column | text" lines. */
async function pageCells(page: Page, selector = ".stat-section table[data-table]:not([data-table$='-chart'])"): Promise<string[]> {
  return page.locator(selector).evaluateAll((tables) =>
    tables.flatMap((table) =>
      [...table.querySelectorAll("tbody tr")].flatMap((row) =>
        [...row.querySelectorAll("td")].map(
          (cell) => `${table.getAttribute("data-table")} | ${row.getAttribute("data-label")} | ${cell.getAttribute("data-column")} | ${cell.textContent}`,
        ),
      ),
    ),
  );
}

async function apiStatistics(page: Page, variables: { from: string; to: string }): Promise<ApiStatistics> {
  const response = await page.request.post(`${e2e.app.url}/graphql`, { data: { query: API_QUERY, variables }, headers: { "content-type": "application/json" } });
  const body = (await response.json()) as { data: { statistics: ApiStatistics }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data.statistics;
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

describe("statistics in Chromium", { timeout: BROWSER_TEST_MS }, () => {
  it("is axe-clean at 1280 px and at 390×844 with no sideways scrolling, and each chart's bars equal the table beside it", async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const page = await signedIn(e2e.browser, "admin@demo.stegvis.se", viewport);
      await openStatistics(page);
      expect(await axeViolations(page)).toEqual([]);
      await expectNoSidewaysScroll(page);

      const pairs = page.locator(".stat-pair");
      expect(await pairs.count()).toBe(2);
      for (let i = 0; i < 2; i++) {
        const pair = pairs.nth(i);
        const bars = await pair.locator("svg g[data-label]").evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute("data-label")}: ${n.getAttribute("data-value")}`));
        const rows = await pair.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute("data-label")}: ${tr.querySelector("td")?.textContent}`));
        expect(bars.length).toBeGreaterThan(0);
        expect(bars).toEqual(rows);
      }
      await page.context().close();
    }
  });

  it("shows on the page and in the CSV exactly the figures the API gives over HTTP, hidden ones as < 5 and as empty with Dold = ja", async () => {
    const page = await signedIn(e2e.browser, "admin@demo.stegvis.se");
    await openStatistics(page);
    const from = await page.getByLabel("Från månad").inputValue();
    const to = await page.getByLabel("Till och med månad").inputValue();
    const api = await apiStatistics(page, { from, to });
    expect(api.scope).toBe("ALL");

    const fromApi = api.tables.flatMap((table) => table.rows.flatMap((row) => row.cells.map((cell, c) => `${table.key} | ${row.label} | ${table.columns[c]} | ${cellText(cell)}`)));
    expect(await pageCells(page)).toEqual(fromApi);
    // The demo world is small: most figures are hidden, and each hidden one reads "< 5".
    expect(fromApi.some((line) => line.endsWith("| < 5"))).toBe(true);

    const csvResponse = await page.request.get(`${e2e.app.url}/statistik.csv?fran=${from}&till=${to}`);
    expect(csvResponse.headers()["content-type"]).toContain("text/csv");
    const bytes = await csvResponse.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...lines] = readCsv(bytes.toString("utf8"), ";");
    expect(header).toEqual(["Period", "Urval", "Tabell", "Rad", "Kolumn", "Värde", "Dold"]);
    const fromCsv = lines.map(([, , title, row, column, value, hidden]) => `${title} | ${row} | ${column} | ${value} | ${hidden}`);
    const expected = api.tables.flatMap((table) =>
      table.rows.flatMap((row) =>
        row.cells.map((cell, c) => `${table.title} | ${row.label} | ${table.columns[c]} | ${cell.value === null ? "" : String(cell.value).replace(".", ",")} | ${cell.suppressed ? "ja" : "nej"}`),
      ),
    );
    expect(fromCsv).toEqual(expected);
    await page.context().close();
  });

  it("names a bad period beside its field in Swedish, and refuses a handledare", async () => {
    const page = await signedIn(e2e.browser, "admin@demo.stegvis.se");
    await openStatistics(page);
    await page.getByLabel("Från månad").fill("2026-05");
    await page.getByLabel("Till och med månad").fill("2026-01");
    await page.getByRole("button", { name: "Visa statistik" }).click();
    await page.getByText("Till-månaden kan inte vara före från-månaden.").waitFor();
    expect(await page.getByLabel("Till och med månad").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Till och med månad").getAttribute("aria-describedby")).toContain("till-error");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel("Från månad").fill("2020-01");
    await page.getByLabel("Till och med månad").fill("2026-01");
    await page.getByRole("button", { name: "Visa statistik" }).click();
    await page.getByText("Perioden är för lång. Välj högst 24 månader.").waitFor();
    await page.context().close();

    const handledare = await signedIn(e2e.browser, "handledare@demo.stegvis.se");
    const response = await handledare.goto(`${e2e.app.url}/statistik`);
    expect(response?.status()).toBe(403);
    await handledare.context().close();
  });
});
