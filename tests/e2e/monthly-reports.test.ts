// Acceptance 1 (and 8 for the report pages): the demo social enterprise fills last month for three participants in the
// month grid by keyboard alone — everyone by schedule, two sick days, one late arrival with its reason — within 60
// keystrokes in the grid, and submits; the coach returns one report with a comment; the organisation corrects it and
// sends it again; the coach approves; both versions can be read, and what changed between them. The real app runs on
// a scratch PostgreSQL the test can write to: the demo enterprise has two participants placed, the test places a third
// and clears the month so the grid starts empty.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { monthOf } from "../../attendance/month.ts";
import { monthText } from "../../attendance/report.ts";
import { addMonths, systemClock, toDbDate, today } from "../../lib/dates.ts";
import { DEMO_SOCIAL_ENTERPRISE } from "../../prisma/demo-attendance.ts";
import { createDb, type Db } from "../../prisma/db.ts";
import { createAssignment, createParticipant, createProposal, recordConsent } from "../../prisma/factories.ts";
import { APP_START_LIMIT_MS, startAppServer, type AppServer } from "../helpers/app-server.ts";
import { axeViolations } from "../helpers/axe.ts";
import { BROWSER_TEST_MS, BROWSER_WAIT_MS, launchBrowser } from "../helpers/browser.ts";
import { loggedInPage } from "../helpers/log-in.ts";
import { createScratchDatabase } from "../setup/scratch.ts";

const month = monthOf(addMonths(today(systemClock), -1));
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let app: AppServer;
let browser: Browser;
let db: Db;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  app = await startAppServer({ databaseUrl: scratch.url });
  browser = await launchBrowser();
  db = createDb(scratch.url);
  const steget = await db.organization.findFirstOrThrow({ where: { name: DEMO_SOCIAL_ENTERPRISE } });
  const coach = await db.user.findUniqueOrThrow({ where: { email: "coach@demo.stegvis.se" } });
  const placement = await db.placement.findFirstOrThrow({ where: { organizationId: steget.id, status: "PUBLISHED" }, orderBy: { title: "asc" } });
  const tuva = await createParticipant(db, { coachId: coach.id, displayName: "Tuva", hoursPerDayMax: 6 });
  await recordConsent(db, { participantId: tuva.id, recordedById: coach.id, scope: "SHARE_WITH_EMPLOYER" });
  const proposal = await createProposal(db, { participantId: tuva.id, placementId: placement.id, proposedById: coach.id, status: "PLACED" });
  await createAssignment(db, {
    participantId: tuva.id,
    placementId: placement.id,
    proposalId: proposal.id,
    startDate: toDbDate(addMonths(`${month}-01`, -1)),
    hoursPerDay: 4,
    workPlanGoals: "Klara fyra timmar i kaféet.",
    workPlanQuestions: "Passar servering?",
  });
  const live = await db.assignment.findMany({ where: { placement: { organizationId: steget.id }, status: "ACTIVE" }, select: { id: true } });
  const ids = live.map((a) => a.id);
  await db.attendanceDay.deleteMany({ where: { assignmentId: { in: ids }, date: { gte: toDbDate(`${month}-01`), lt: toDbDate(addMonths(`${month}-01`, 1)) } } });
  await db.monthlyReport.deleteMany({ where: { assignmentId: { in: ids }, month: toDbDate(`${month}-01`) } });
}, APP_START_LIMIT_MS + BROWSER_WAIT_MS);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await db?.$disconnect();
  await scratch?.drop();
});

const logIn = (context: BrowserContext, email: string, landing: string) => loggedInPage(context, app.url, email, { landing });

const newContext = () => browser.newContext({ bypassCSP: true, locale: "sv-SE" });
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { row: el?.dataset.row ?? null, scheduled: Number(el?.dataset.scheduled ?? 0), text: el?.textContent?.trim() ?? "", label: el?.getAttribute("aria-label") ?? "" };
  });

async function expectNoAxeViolations(page: Page, where: string) {
  expect(await axeViolations(page), where).toEqual([]);
}

describe("a month reported, returned, corrected and approved", { timeout: BROWSER_TEST_MS * 2 }, () => {
  let returned: { name: string; coachPath: string };

  it("fills the month for three participants by keyboard in at most 60 keystrokes and submits all reports", async () => {
    const context = await newContext();
    const page = await logIn(context, "socialtforetag@demo.stegvis.se", "Vår organisation");
    await page.goto(`${app.url}/organisation/narvaro/${month}`);
    const grid = page.locator("table[role='grid']");
    await grid.waitFor();
    expect(await grid.getAttribute("data-rows")).toBe("3");

    // Every key pressed on the grid's page is counted, the Tabs that reach the grid included.
    let keys = 0;
    const press = async (key: string) => {
      keys += 1;
      await page.keyboard.press(key);
    };
    const type = async (text: string) => {
      keys += text.length;
      await page.keyboard.type(text);
    };
    const until = async (key: string, done: () => Promise<boolean>) => {
      for (let i = 0; i < 40 && !(await done()); i++) await press(key);
      expect(await done(), `${key} never got there`).toBe(true);
    };
    const scheduledCell = async () => (await focused(page)).scheduled > 0;

    await until("Tab", async () => (await focused(page)).row !== null);
    await press("Shift+Tab");
    await press("Shift+Tab");
    expect((await focused(page)).text).toBe("Allt enligt schema, hela månaden");
    await press("Enter");
    await page.getByText(/ifyllda enligt schemat/).waitFor({ state: "attached" });
    await press("Tab");
    await press("Tab");
    expect((await focused(page)).row).toBe("0");

    // Two sick days for the first participant.
    await until("ArrowRight", scheduledCell);
    await type("s");
    await press("ArrowRight");
    await until("ArrowRight", scheduledCell);
    await type("s");
    // A late arrival for the second: 30 minutes short, for another planned activity.
    await press("ArrowDown");
    await until("ArrowRight", scheduledCell);
    const late = await focused(page);
    expect(late.row).toBe("1");
    await type("2:30 a");
    await press("Control+End");
    await press("Tab");
    expect((await focused(page)).text).toBe("Spara närvaron");
    await press("Enter");
    await page.getByText("Närvaron är sparad.").waitFor();
    expect(keys).toBeLessThanOrEqual(60);

    // A comment on each report beside the arbetsplan, then all three sent at once.
    await page.goto(`${app.url}/organisation/rapporter/${month}`);
    const links = await page.locator("table a[href^='/organisation/rapporter/']").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
    expect(links).toHaveLength(3);
    await expectNoAxeViolations(page, "month overview with export links");
    for (const href of links) {
      await page.goto(`${app.url}${href}`);
      await page.getByRole("heading", { name: "Arbetsplanen", exact: true }).waitFor();
      await page.getByLabel("Hur går det med målen och frågorna i arbetsplanen?").fill("Kommer i tid och gör uppgifterna mer och mer själv.");
      await page.getByRole("button", { name: "Spara kommentaren" }).click();
      await page.getByText("Kommentaren är sparad.").waitFor();
    }
    await expectNoAxeViolations(page, "the organisation's report page");
    await page.goto(`${app.url}/organisation/rapporter/${month}`);
    await page.getByRole("button", { name: "Skicka in alla 3 rapporter" }).click();
    await page.getByText("Alla rapporter för månaden är inskickade.").waitFor();
    expect(await page.getByText("Inskickad, väntar på granskning").count()).toBe(3);
    await context.close();
  });

  it("lets the coach return one report with a comment from the start page", async () => {
    const context = await newContext();
    const page = await logIn(context, "coach@demo.stegvis.se", "Mina deltagare");
    const waiting = page.locator("section[aria-labelledby='reports-waiting-heading']");
    const ours = waiting.locator("a", { hasText: monthText(month) });
    expect(await ours.count()).toBe(3);
    await ours.first().click();
    const heading = (await page.getByRole("heading", { level: 1 }).textContent())!;
    returned = { name: /^Närvaro för ([^,]+),/.exec(heading)![1]!, coachPath: new URL(page.url()).pathname };
    await expectNoAxeViolations(page, "the coach's review page");
    await page.getByRole("button", { name: "Skicka tillbaka" }).click();
    await page.getByText("Skriv vad organisationen behöver ändra.").first().waitFor();
    await page.getByLabel("Kommentar till organisationen").fill("Skriv vad som hände på frånvarodagarna.");
    await page.getByRole("button", { name: "Skicka tillbaka" }).click();
    await page.getByText("Rapporten är tillbakaskickad.").waitFor();
    await context.close();
  });

  it("lets the organisation correct the returned month and send it again, and the coach approve it; both versions stay readable", async () => {
    const context = await newContext();
    const page = await logIn(context, "socialtforetag@demo.stegvis.se", "Vår organisation");
    const orgPath = `/organisation${returned.coachPath}`;
    await page.goto(`${app.url}${orgPath}`);
    await page.getByText("Skriv vad som hände på frånvarodagarna.").first().waitFor();

    // The correction: one more day in the grid (its row is open again), and a new comment.
    await page.goto(`${app.url}/organisation/narvaro/${month}`);
    const cell = page.locator(`input[data-row][aria-label^="${returned.name}, "]:not([data-scheduled="0"])`).last();
    await cell.focus();
    await page.keyboard.type("1 s");
    await page.getByRole("button", { name: "Spara närvaron" }).last().click();
    await page.getByText("Närvaron är sparad.").waitFor();
    await page.goto(`${app.url}${orgPath}`);
    await page.getByLabel("Hur går det med målen och frågorna i arbetsplanen?").fill("Sjukdagarna: förkyld. Sista dagen gick hem efter en timme.");
    await page.getByRole("button", { name: "Skicka in rapporten" }).click();
    await page.getByText("Tack! Rapporten är inskickad.").waitFor();
    await context.close();

    const coachContext = await newContext();
    const coach = await logIn(coachContext, "coach@demo.stegvis.se", "Mina deltagare");
    await coach.goto(`${app.url}${returned.coachPath}`);
    await coach.getByRole("button", { name: "Godkänn" }).click();
    await coach.getByText("Rapporten är godkänd.").waitFor();
    await coach.getByRole("link", { name: "Version 1" }).click();
    await coach.getByRole("heading", { name: /^Version 1, inskickad/ }).waitFor();
    expect(await coach.getByText("Jobbcoachens kommentar: Skriv vad som hände på frånvarodagarna.").count()).toBeGreaterThan(0);
    await expectNoAxeViolations(coach, "one version");
    await coach.getByRole("link", { name: "Version 2" }).click();
    await coach.getByRole("heading", { name: /^Version 2, inskickad/ }).waitFor();
    await coach.getByRole("button", { name: "Visa ändringar" }).click();
    await coach.getByRole("heading", { name: "Ändringar från version 1 till version 2" }).waitFor();
    expect(await coach.locator("table", { hasText: "Dagar som ändrades" }).locator("tbody tr").count()).toBe(1);
    await expectNoAxeViolations(coach, "the difference between versions");
    await coachContext.close();
  });
});
