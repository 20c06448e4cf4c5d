// Issue 13's acceptance in Chromium, as handledare@demo.stegvis.se on the demo world: the overdue person first, a
// follow-up typed by keyboard alone taking them off the overdue list, the chart and its table carrying the same new
// steps, Mina steg without notes, axe-core on every page, and the form without JavaScript.
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { addDays, systemClock, today } from "../../lib/dates.ts";
import { axeViolations } from "../helpers/axe.ts";
import { useAppInBrowser } from "../helpers/app-in-browser.ts";
import { BROWSER_TEST_MS } from "../helpers/browser.ts";
import { loggedInPage } from "../helpers/log-in.ts";

const e2e = useAppInBrowser();

const NOTE = "Ali berättade i förtroende om en jobbig vecka hemma.";

const logIn = (context: BrowserContext) => loggedInPage(context, e2e.app.url, "handledare@demo.stegvis.se", { landing: "Deltagare jag följer upp" });

/** Moves focus with Tab alone until the element with `id` has it. */
async function tabToId(page: Page, id: string, maxPresses = 200): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((wanted) => document.activeElement?.id === wanted, id)) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** The numbers the chart draws and the numbers its table holds, as "AREA date rating" lines. */
async function chartAndTable(page: Page) {
  const chart = await page.locator("svg g[data-rating]").evaluateAll((nodes) =>
    nodes.map((n) => `${n.getAttribute("data-area")} ${n.getAttribute("data-date")} ${n.getAttribute("data-rating")}`).sort(),
  );
  const table = await page.locator(".progress-table tbody tr").evaluateAll((rows) =>
    rows.flatMap((row) =>
      [...row.querySelectorAll("td")]
        .filter((cell) => cell.textContent !== "–")
        .map((cell) => `${row.getAttribute("data-area")} ${cell.getAttribute("data-date")} ${cell.textContent}`),
    ).sort(),
  );
  return { chart, table };
}

describe("a handledare's Supported Employment follow-up in Chromium", { timeout: BROWSER_TEST_MS }, () => {
  it("shows the overdue person first, and a follow-up typed by keyboard alone from the start page takes them off the list; the chart and its table show the new steps", async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true, locale: "sv-SE" });
    const page = await logIn(context);
    const day = today(systemClock);

    const first = page.locator(".follow-up-card").first();
    expect(await first.getAttribute("class")).toContain("overdue");
    expect(await first.locator("h3").textContent()).toContain("Ali");
    await page.getByText("2 personer behöver en uppföljning nu").waitFor();
    await page.getByText("När räknas någon som försenad?").click();
    await page.getByText("5 Stöd på och utanför arbetsplatsen: var 14:e dag").waitFor();
    await expectNoAxeViolations(page);

    // From the start page to the form, then the whole form by keyboard.
    await first.getByRole("link", { name: "Ny uppföljning med Ali" }).click();
    await page.getByRole("heading", { level: 1, name: "Ny uppföljning med Ali" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByText("Förra steget: 6").first().waitFor();

    await tabToId(page, "notes");
    await page.keyboard.type(NOTE);
    await tabToId(page, "rating-WORK_TASKS");
    await page.keyboard.type("7");
    await tabToId(page, "rating-ATTENDANCE");
    await page.keyboard.type("9");
    await tabToId(page, "action-1-description");
    await page.keyboard.type("Ringa lagret om rasterna");
    await page.keyboard.press("Tab");
    await page.keyboard.type("SE");
    await page.keyboard.press("Tab");
    await page.keyboard.type(addDays(day, 7));
    await tabToId(page, "nextDate");
    await page.keyboard.type(addDays(day, 14));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Spara uppföljningen");
    await page.keyboard.press("Enter");

    await page.getByText("Uppföljningen är sparad.").waitFor();
    await page.getByText("Ringa lagret om rasterna: SE-handledaren").waitFor();
    await expectNoAxeViolations(page);

    // Off the overdue list: Anton, overdue by the interval, is first now.
    await page.getByRole("link", { name: "Till alla jag följer upp" }).click();
    await page.getByText("1 person behöver en uppföljning nu").waitFor();
    const ali = page.locator(".follow-up-card", { has: page.getByRole("link", { name: /^Ali / }) });
    expect(await ali.getAttribute("class")).not.toContain("overdue");
    expect(await page.locator(".follow-up-card").first().locator("h3").textContent()).toContain("Anton");
    await ali.getByText("Ringa lagret om rasterna").waitFor();

    // The chart and its table carry the new steps, and the same numbers.
    await ali.getByRole("link", { name: "Stegförflyttning för Ali" }).click();
    await page.getByRole("heading", { level: 1, name: "Stegförflyttning för Ali" }).waitFor();
    await page.getByRole("img", { name: /Stegförflyttning för Ali/ }).waitFor();
    const { chart, table } = await chartAndTable(page);
    expect(chart).toContain(`WORK_TASKS ${day} 7`);
    expect(chart).toContain(`ATTENDANCE ${day} 9`);
    expect(chart.length).toBeGreaterThan(10);
    expect(table).toEqual(chart);
    await expectNoAxeViolations(page);

    // Mina steg: the new steps as ladders, and no note written about Ali.
    await page.getByRole("link", { name: "Mina steg (för Ali)" }).click();
    await page.getByRole("heading", { level: 1, name: "Mina steg: Ali" }).waitFor();
    await page.getByRole("img", { name: "Arbetsuppgifter: steg 7 av 10" }).waitFor();
    await page.getByText("Du är på steg 7. Förra gången steg 6. Du har gått uppåt!").waitFor();
    const text = await page.locator("main").textContent();
    expect(text).not.toContain(NOTE);
    expect(text).not.toContain("Rasterna blir ibland för korta"); // a demo note of an earlier follow-up
    expect(text).not.toContain("Ringa lagret"); // agreed actions are the handledare's notes too
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("works without JavaScript: the server answers with the error beside the field, then saves", async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, bypassCSP: true, locale: "sv-SE" });
    const page = await logIn(context);
    await page.locator(".follow-up-card", { has: page.getByRole("link", { name: /^Anton / }) }).getByRole("link", { name: "Ny uppföljning med Anton" }).click();
    await page.getByRole("heading", { level: 1, name: "Ny uppföljning med Anton" }).waitFor();
    await page.getByRole("button", { name: "Spara uppföljningen" }).click();
    await page.getByText("Skriv vad ni gjorde.").waitFor();
    expect(await page.getByLabel("Vad ni gjorde").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("Vad ni gjorde").fill("Vi gick igenom bandsågen tillsammans.");
    await page.getByRole("radio", { name: "Bra", exact: true }).check();
    await page.getByLabel("Kroppen").selectOption("6");
    await page.getByRole("button", { name: "Spara uppföljningen" }).click();
    await page.getByText("Uppföljningen är sparad.").waitFor();
    await page.getByText("Bra", { exact: true }).waitFor();
    await context.close();
  });
});
