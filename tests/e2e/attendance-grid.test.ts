import { mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { monthOf, shiftMonth } from "../../attendance/month.ts";
import { DEMO_PASSWORD } from "../../prisma/demo-data.ts";
import { systemClock, today } from "../../lib/dates.ts";
import { axeViolations } from "../helpers/axe.ts";
import { useAppInBrowser } from "../helpers/app-in-browser.ts";
import { BROWSER_TEST_MS } from "../helpers/browser.ts";
import { loggedInPage } from "../helpers/log-in.ts";

const e2e = useAppInBrowser();
const ORG = "socialtforetag@demo.stegvis.se";
const month = monthOf(today(systemClock));
const screenshots = path.resolve(import.meta.dirname, "../../.cache/screenshots");

const logIn = (context: BrowserContext, email = ORG) => loggedInPage(context, e2e.app.url, email, { landing: "Vår organisation" });

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { row: el?.dataset.row ?? null, col: el?.dataset.col ?? null, value: el?.value ?? null, tag: el?.tagName ?? "", text: el?.textContent?.trim() ?? "" };
  });

/** The grid's cells as the page shows them: per row, col → value, and the scheduled minutes. */
const cells = (page: Page) =>
  page.$$eval("input[data-row]", (inputs) =>
    (inputs as HTMLInputElement[]).map((el) => ({ row: Number(el.dataset.row), col: Number(el.dataset.col), value: el.value, scheduled: Number(el.dataset.scheduled), label: el.getAttribute("aria-label") ?? "" })),
  );

async function pressUntil(page: Page, key: string, done: () => Promise<boolean>, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await done()) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never got there`);
}

describe("the month grid by keyboard", { timeout: BROWSER_TEST_MS }, () => {
  it("lists who is placed here on the start page with contacts and a link to the month, without axe violations", async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true, locale: "sv-SE" });
    const page = await logIn(context);
    const placed = page.getByRole("region", { name: "Placerade hos er" }).or(page.locator("section.placed-here"));
    await placed.getByRole("heading", { name: "Placerade hos er" }).waitFor();
    expect(await placed.locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await placed.locator("a[href^='mailto:']").count()).toBeGreaterThan(0);
    expect(await placed.locator(`a[href^='/organisation/narvaro/${month}']`).count()).toBeGreaterThan(0);
    expect(await axeViolations(page), "start page").toEqual([]);
    await context.close();
  });

  it("moves with the arrow keys, reads 3,5 / 3:30 / a letter, fills the month by schedule, saves, and shows the values after a reload", async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true, locale: "sv-SE" });
    const page = await logIn(context);
    await page.goto(`${e2e.app.url}/organisation/narvaro/${month}`);
    await page.locator("table[role='grid']").waitFor();
    expect(await axeViolations(page), "grid").toEqual([]);

    // Tab into the grid: one cell is in the tab order (roving tabindex).
    await pressUntil(page, "Tab", async () => (await focused(page)).row !== null);
    const start = await focused(page);
    expect(start).toMatchObject({ row: "0" });
    const before = await cells(page);
    const row0 = before.filter((c) => c.row === 0);
    const row1 = before.filter((c) => c.row === 1);

    // "Allt enligt schema" for the whole month: two Shift+Tab from the first cell (the row's button, then the month's).
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    expect((await focused(page)).text).toBe("Allt enligt schema, hela månaden");
    await page.keyboard.press("Enter");
    await page.getByText(/ifyllda enligt schemat/).waitFor({ state: "attached" });
    const filled = await cells(page);
    for (const cell of filled) if (cell.scheduled > 0) expect(cell.value, cell.label).not.toBe("");

    // Back into the grid, then type: 3,5 → right → 3:30 → right → S (whole day sick) → down → V.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ row: "0", col: String(row0[0]!.col) });
    await page.keyboard.type("3,5");
    await page.keyboard.press("ArrowRight");
    expect((await focused(page)).col).toBe(String(row0[1]!.col));
    await page.keyboard.type("3:30");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.type("s");
    const sickCol = (await focused(page)).col;
    let expectedRow1: { col: string; value: string } | null = null;
    if (row1.length) {
      await page.keyboard.press("ArrowDown");
      const down = await focused(page);
      expect(down.row).toBe("1");
      await page.keyboard.type("v");
      expectedRow1 = { col: down.col!, value: "V" };
      await page.keyboard.press("ArrowUp");
      expect((await focused(page)).row).toBe("0");
    }
    // Home and End stay in the row.
    await page.keyboard.press("End");
    expect(await focused(page)).toMatchObject({ row: "0", col: String(row0[row0.length - 1]!.col) });
    await page.keyboard.press("Home");
    expect(await focused(page)).toMatchObject({ row: "0", col: String(row0[0]!.col) });

    // Save: Ctrl+End to the last cell, Tab to the Save button under the grid.
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Tab");
    expect((await focused(page)).text).toBe("Spara närvaron");
    await page.keyboard.press("Enter");
    await page.getByText("Närvaron är sparad.").waitFor();

    await page.reload();
    await page.locator("table[role='grid']").waitFor();
    const after = await cells(page);
    const at = (row: number, col: string | number) => after.find((c) => c.row === row && c.col === Number(col))!.value;
    expect(at(0, row0[0]!.col)).toBe("3:30");
    expect(at(0, row0[1]!.col)).toBe("3:30");
    expect(at(0, sickCol!)).toBe("S");
    if (expectedRow1) expect(at(1, expectedRow1.col)).toBe("V");
    for (const cell of filled.filter((c) => c.scheduled > 0 && c.row > 1)) expect(at(cell.row, cell.col), cell.label).toBe(cell.value);
    await context.close();
  });

  it("asks for a reason when a day falls more than 15 minutes short, and names the cell", async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true, locale: "sv-SE" });
    const page = await logIn(context);
    await page.goto(`${e2e.app.url}/organisation/narvaro/${month}`);
    await page.locator("table[role='grid']").waitFor();
    await pressUntil(page, "Tab", async () => (await focused(page)).row !== null);
    const scheduled = (await cells(page)).filter((c) => c.row === 0 && c.scheduled > 30);
    await pressUntil(page, "ArrowRight", async () => (await focused(page)).col === String(scheduled[0]!.col));
    await page.keyboard.type("0:10");
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const alert = page.getByRole("alert").filter({ hasText: "kortare än schemat" });
    await alert.waitFor();
    expect(await page.locator("input[aria-invalid='true']").count()).toBe(1);
    expect(await axeViolations(page), "grid with an error").toEqual([]);
    await context.close();
  });

  it("fits a phone (390×844): the grid scrolls inside its region, the page does not, and the names stay in view", async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true, locale: "sv-SE", viewport: { width: 390, height: 844 } });
    const page = await logIn(context);
    await page.goto(`${e2e.app.url}/organisation/narvaro/${month}`);
    await page.locator("table[role='grid']").waitFor();
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, "attendance-390.png") });
    const sizes = await page.evaluate(() => {
      const region = document.querySelector<HTMLElement>(".attendance-scroll")!;
      return { page: document.documentElement.scrollWidth, viewport: window.innerWidth, region: region.scrollWidth, regionVisible: region.clientWidth };
    });
    expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
    expect(sizes.region).toBeGreaterThan(sizes.regionVisible);
    // Go to the row's last day by keyboard: the region scrolls, the participant's name stays at its left edge.
    await pressUntil(page, "Tab", async () => (await focused(page)).row !== null);
    await page.keyboard.press("End");
    const stuck = await page.evaluate(() => {
      const region = document.querySelector<HTMLElement>(".attendance-scroll")!;
      const name = document.querySelector<HTMLElement>(".attendance-grid tbody th")!;
      return { scrolled: region.scrollLeft, nameLeft: name.getBoundingClientRect().left, regionLeft: region.getBoundingClientRect().left };
    });
    expect(stuck.scrolled).toBeGreaterThan(0);
    expect(Math.abs(stuck.nameLeft - stuck.regionLeft)).toBeLessThan(3);
    await page.screenshot({ path: path.join(screenshots, "attendance-390-end.png") });
    expect(await axeViolations(page), "grid on a phone").toEqual([]);
    await context.close();
  });

  it("works at 1280 px without page scroll", async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true, locale: "sv-SE", viewport: { width: 1280, height: 900 } });
    const page = await logIn(context);
    await page.goto(`${e2e.app.url}/organisation/narvaro/${month}`);
    await page.locator("table[role='grid']").waitFor();
    await page.screenshot({ path: path.join(screenshots, "attendance-1280.png"), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await context.close();
  });
});

describe("the month grid without JavaScript", { timeout: BROWSER_TEST_MS }, () => {
  it("is a plain form: the server fills by schedule, reads the cells, and names a bad cell in Swedish", async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, locale: "sv-SE" });
    const page = await logIn(context);
    const previous = shiftMonth(month, -1);
    await page.goto(`${e2e.app.url}/organisation/narvaro/${previous}`);
    await page.locator("table.attendance-grid").waitFor();
    // Clear a row-1 cell by its label so the server's fill has something to do, then ask for it.
    const firstRowFill = page.locator(".fill-row").first();
    const target = (await cells(page)).find((c) => c.row === 0 && c.scheduled > 30)!;
    const cell = page.locator(`input[data-row="0"][data-col="${target.col}"]`);
    await cell.fill("");
    await firstRowFill.click();
    await page.waitForLoadState();
    expect(await page.locator(`input[data-row="0"][data-col="${target.col}"]`).inputValue()).not.toBe("");

    await page.locator(`input[data-row="0"][data-col="${target.col}"]`).fill("9x");
    await page.getByRole("button", { name: "Spara närvaron" }).first().click();
    await page.getByRole("alert").filter({ hasText: "Rätta" }).waitFor();
    expect(await page.locator("input[aria-invalid='true']").count()).toBe(1);

    await page.locator(`input[data-row="0"][data-col="${target.col}"]`).fill("1 A");
    await page.getByRole("button", { name: "Spara närvaron" }).first().click();
    await page.getByText("Närvaron är sparad.").waitFor();
    expect(await page.locator(`input[data-row="0"][data-col="${target.col}"]`).inputValue()).toBe("1 A");
    await context.close();
  });
});

describe("two saves of the same month through the real /graphql endpoint (acceptance 3)", { timeout: BROWSER_TEST_MS }, () => {
  async function login(email: string): Promise<string> {
    const response = await fetch(`${e2e.app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: e2e.app.url },
      body: JSON.stringify({ query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, variables: { e: email, p: DEMO_PASSWORD } }),
    });
    return response.headers.get("set-cookie")!.split(";")[0]!;
  }
  const call = async (cookie: string, query: string, variables: object) =>
    (await (
      await fetch(`${e2e.app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", origin: e2e.app.url, cookie }, body: JSON.stringify({ query, variables }) })
    ).json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] };

  it("lets exactly one win; the other is refused with ATTENDANCE_CONFLICT and the winner's days are all there", async () => {
    const first = await login(ORG);
    const second = await login(ORG);
    const org = (await call(first, `{ me { organizations { id } } }`, {})).data.me.organizations[0].id;
    const future = shiftMonth(month, 1);
    const rows = (await call(first, `query($o: ID!, $m: String!) { attendanceMonth(organizationId: $o, month: $m) { revision assignment { id } days { date kind scheduledMinutes } } }`, { o: org, m: future })).data.attendanceMonth;
    expect(rows.length).toBeGreaterThan(0);
    const row = rows[0];
    const scheduled = row.days.filter((d: { kind: string }) => d.kind === "SCHEDULED");
    const save = (cookie: string, minutes: number, reason: string) =>
      call(cookie, `mutation($input: SaveAttendanceInput!) { saveAttendance(input: $input) { revision } }`, {
        input: { organizationId: org, month: future, rows: [{ assignmentId: row.assignment.id, revision: row.revision, days: scheduled.map((d: { date: string }) => ({ date: d.date, attendedMinutes: minutes, absenceReason: reason })) }] },
      });
    const results = await Promise.all([save(first, 60, "SICK"), save(second, 0, "LEAVE_APPROVED")]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost.map((r) => r.errors![0]!.extensions.code)).toEqual(["ATTENDANCE_CONFLICT"]);
    const winner = results[0] === won[0] ? { minutes: 60, reason: "SICK" } : { minutes: 0, reason: "LEAVE_APPROVED" };
    const now = (await call(first, `query($a: ID!, $m: String!) { assignmentAttendance(assignmentId: $a, month: $m) { revision days { kind attendedMinutes absenceReason } } }`, { a: row.assignment.id, m: future })).data.assignmentAttendance;
    expect(now.revision).toBe(row.revision + 1);
    const reported = now.days.filter((d: { kind: string }) => d.kind === "SCHEDULED");
    expect(reported.every((d: { attendedMinutes: number; absenceReason: string }) => d.attendedMinutes === winner.minutes && d.absenceReason === winner.reason)).toBe(true);
  });
});

describe("a conflict in the grid", { timeout: BROWSER_TEST_MS }, () => {
  it("shows whose save won and the stored values of that row, keeps what was typed in the other rows, and saves them next time", async () => {
    const later = shiftMonth(month, 2);
    const [first, second] = await Promise.all([e2e.browser.newContext({ locale: "sv-SE" }), e2e.browser.newContext({ locale: "sv-SE" })]);
    const anna = await logIn(first);
    const bo = await logIn(second);
    for (const page of [anna, bo]) {
      await page.goto(`${e2e.app.url}/organisation/narvaro/${later}`);
      await page.locator("table[role='grid']").waitFor();
    }
    const scheduled = (await cells(anna)).filter((c) => c.scheduled > 0);
    const mine = scheduled.find((c) => c.row === 0)!;
    const other = scheduled.find((c) => c.row === 1);
    const cell = (page: Page, c: { row: number; col: number }) => page.locator(`input[data-row="${c.row}"][data-col="${c.col}"]`);

    await cell(anna, mine).fill("2 S");
    await anna.getByRole("button", { name: "Spara närvaron" }).first().click();
    await anna.getByText("Närvaron är sparad.").waitFor();

    await cell(bo, mine).fill("1 V");
    if (other) await cell(bo, other).fill("L");
    await bo.getByRole("button", { name: "Spara närvaron" }).first().click();
    const alert = bo.getByRole("alert").filter({ hasText: "Någon annan sparade" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Annika Sjöberg");
    expect(await cell(bo, mine).inputValue()).toBe("2 S");
    if (other) {
      expect(await cell(bo, other).inputValue()).toBe("L");
      await bo.getByRole("button", { name: "Spara närvaron" }).first().click();
      await bo.getByText("Närvaron är sparad.").waitFor();
      expect(await cell(bo, other).inputValue()).toBe("L");
      expect(await cell(bo, mine).inputValue()).toBe("2 S");
    }
    await first.close();
    await second.close();
  });
});
