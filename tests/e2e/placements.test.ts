import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { axeViolations } from "../helpers/axe.ts";
import { useAppInBrowser } from "../helpers/app-in-browser.ts";
import { BROWSER_TEST_MS } from "../helpers/browser.ts";
import { loggedInPage } from "../helpers/log-in.ts";
import { fiftyRows } from "../placements/helpers.ts";

const e2e = useAppInBrowser();

/** A context that may inject axe-core (the app's CSP forbids inline scripts). */
const newContext = (options: { javaScriptEnabled?: boolean } = {}) => e2e.browser.newContext({ bypassCSP: true, locale: "sv-SE", ...options });

const logIn = (context: BrowserContext, email = "arbetsgivare@demo.stegvis.se") => loggedInPage(context, e2e.app.url, email, { landing: "Vår organisation" });

/** Everything but the title, with max hours below min hours. */
async function fillPlacementWithTwoMistakes(page: Page) {
  await page.getByLabel("Beskrivning", { exact: true }).fill("Du packar reservdelar till cyklar i små påsar. Vi visar hur. Det är lugnt.");
  await page.getByLabel("Arbetsuppgifter", { exact: true }).fill("Räkna delar\nPacka påsar\nSätta på etiketter");
  // Each area and category of pictures is a disclosure: open the ones to choose from.
  for (const group of ["Lager och logistik", "Förstå och kommunicera", "Uppgifter"]) await page.locator("summary", { hasText: group }).click();
  await page.getByRole("checkbox", { name: "Handpackning och enkel montering" }).check();
  await page.getByRole("checkbox", { name: "Bildstöd" }).check();
  await page.getByRole("checkbox", { name: "Eget tempo" }).check();
  await page.getByLabel("Minst antal timmar om dagen").fill("4");
  await page.getByLabel("Högst antal timmar om dagen").fill("2");
  await page.getByLabel("Adress", { exact: true }).fill("Verkstadsvägen 12, 821 41 Bollnäs");
  await page.getByLabel("Handledare på plats", { exact: true }).fill("Peter Ström");
}

async function expectTwoFieldErrors(page: Page) {
  await expect(page.locator("#title-error").textContent()).resolves.toBe("Skriv en rubrik för platsen.");
  await expect(page.locator("#hoursPerDayMax-error").textContent()).resolves.toBe("Högsta antal timmar kan inte vara mindre än lägsta antal timmar.");
  await expect(page.getByLabel("Rubrik").getAttribute("aria-invalid")).resolves.toBe("true");
  await expect(page.getByLabel("Rubrik").getAttribute("aria-describedby")).resolves.toContain("title-error");
  await expect(page.getByLabel("Högst antal timmar om dagen").getAttribute("aria-invalid")).resolves.toBe("true");
}

describe("posting and finding a placement in Chromium (acceptance 1)", { timeout: BROWSER_TEST_MS }, () => {
  it("lets the employer fix Swedish field errors, publish, and an anonymous visitor find it by a title word with a typo", async () => {
    const employer = await newContext();
    const page = await logIn(employer);
    await page.getByRole("link", { name: "Lägg till en plats" }).click();
    await page.getByRole("heading", { level: 1, name: "Ny plats" }).waitFor();

    await fillPlacementWithTwoMistakes(page);
    await page.getByRole("button", { name: "Spara och publicera" }).click();
    await page.getByRole("alert").waitFor();
    await expectTwoFieldErrors(page);
    expect(new URL(page.url()).pathname).toBe("/organisation/platser/ny");

    await page.getByLabel("Rubrik").fill("Packa reservdelar till cyklar");
    await page.getByLabel("Högst antal timmar om dagen").fill("5");
    await page.getByRole("button", { name: "Spara och publicera" }).click();
    await page.waitForURL(/\/organisation\?sparad=/);
    const row = page.getByRole("row", { name: /Packa reservdelar till cyklar/ });
    await expect(row.getByRole("cell").nth(1).textContent()).resolves.toBe("Publicerad");
    await employer.close();

    const visitor = await newContext();
    const anonymous = await visitor.newPage();
    await anonymous.goto(`${e2e.app.url}/`);
    await anonymous.getByRole("link", { name: "Platser" }).click();
    await anonymous.getByLabel("Sök bland platserna").fill("reservdeler");
    await anonymous.getByRole("button", { name: "Sök", exact: true }).click();
    await anonymous.waitForURL(/q=reservdeler/);
    // Once hydrated, the search is a client-side navigation: the URL changes a moment before React renders the hits,
    // and the new placement, the newest, is in the list from before the search too.
    await anonymous.getByRole("heading", { level: 2, name: /för ”reservdeler”$/ }).waitFor();
    const hit = anonymous.getByRole("link", { name: "Packa reservdelar till cyklar" });
    await hit.click();
    await anonymous.getByRole("heading", { level: 1, name: "Packa reservdelar till cyklar" }).waitFor();
    const adaptations = anonymous.getByRole("region", { name: "Anpassningar som finns här" });
    await expect(adaptations.locator("svg").count()).resolves.toBe(2);
    await expect(adaptations.textContent()).resolves.toContain("Bildstöd");
    await expect(anonymous.getByRole("region", { name: "Det här arbetet" }).locator("svg").count()).resolves.toBe(1);
    await expect(anonymous.getByText("Verkstadsvägen 12, 821 41 Bollnäs, Bollnäs kommun").count()).resolves.toBe(1);
    await visitor.close();
  });

  it("gives the same Swedish field errors without JavaScript (the server checks with the same schema)", async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await logIn(context);
    await page.goto(`${e2e.app.url}/organisation/platser/ny`);
    await fillPlacementWithTwoMistakes(page);
    await page.getByRole("button", { name: "Spara som utkast" }).click();
    await page.getByRole("alert").waitFor();
    await expectTwoFieldErrors(page);
    await expect(page.getByRole("checkbox", { name: "Bildstöd" }).isChecked()).resolves.toBe(true);
    await context.close();
  });

  it("filters /platser by a facet and shows counts", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.app.url}/platser`);
    const option = page.getByRole("checkbox", { name: /^Praktik \(\d+\)$/ });
    const count = Number((await option.locator("xpath=..").textContent())?.match(/\((\d+)\)/)?.[1]);
    await option.check();
    await page.getByRole("button", { name: "Visa platser" }).click();
    await page.waitForURL(/typ=INTERNSHIP/);
    await page.getByRole("heading", { level: 2, name: new RegExp(`^${count} plats(er)?$`) }).waitFor();
    for (const kind of await page.locator("article.placement-card .kind").allTextContents()) expect(kind).toBe("Praktik");
    await context.close();
  });
});

describe("accessibility with axe-core in Chromium (acceptance 5)", { timeout: BROWSER_TEST_MS }, () => {
  it("finds no WCAG 2.1 A/AA violations on /platser, a placement page, an organisation profile and the placement form", async () => {
    const visitor = await newContext();
    const page = await visitor.newPage();
    await page.goto(`${e2e.app.url}/platser?q=lager&anpassning=NAMED_MENTOR`);
    expect(await axeViolations(page), "/platser").toEqual([]);
    await page.goto(`${e2e.app.url}/platser`);
    expect(await axeViolations(page), "/platser").toEqual([]);
    const first = page.locator("article.placement-card h3 a").first();
    await first.click();
    await page.waitForURL(/\/platser\/[^/]+$/);
    expect(await axeViolations(page), page.url()).toEqual([]);
    await page.locator(".where a").click();
    await page.waitForURL(/\/organisationer\//);
    expect(await axeViolations(page), page.url()).toEqual([]);
    await visitor.close();

    const employer = await newContext();
    const form = await logIn(employer);
    expect(await axeViolations(form), "/organisation").toEqual([]);
    await form.goto(`${e2e.app.url}/organisation/platser/ny`);
    expect(await axeViolations(form), "empty form").toEqual([]);
    await form.getByRole("button", { name: "Spara och publicera" }).click();
    await form.getByRole("alert").waitFor();
    expect(await axeViolations(form), "form with errors").toEqual([]);
    await form.goto(`${e2e.app.url}/organisation/import`);
    expect(await axeViolations(form), "import").toEqual([]);
    await employer.close();
  });
});

describe("CSV import in Chromium (acceptance 4)", { timeout: BROWSER_TEST_MS }, () => {
  it("shows the 3 invalid rows of 50 with their row numbers, imports 47, and a second import adds none", async () => {
    const context = await newContext();
    const page = await logIn(context);
    const file = { name: "platser.csv", mimeType: "text/csv", buffer: Buffer.from(fiftyRows(), "utf8") };
    const upload = async () => {
      await page.goto(`${e2e.app.url}/organisation/import`);
      await page.getByLabel("CSV-fil").setInputFiles(file);
      await page.getByRole("button", { name: "Läs in och granska" }).click();
      await page.getByRole("heading", { name: "Granska innan import" }).waitFor();
    };
    await upload();
    const errors = await page.locator(".import-errors li").allTextContents();
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^Rad 12: rubrik: Skriv en rubrik för platsen\./);
    expect(errors[1]).toMatch(/^Rad 30 \(Plats nummer 29\): timmar_max: Högsta antal timmar/);
    expect(errors[2]).toMatch(/^Rad 45 \(Plats nummer 44\): kommun: Kommunen Atlantis finns inte/);
    expect(await axeViolations(page), "import preview").toEqual([]);
    await page.getByRole("button", { name: "Importera 47 platser" }).click();
    await page.getByRole("heading", { name: "Klart" }).waitFor();
    await expect(page.getByRole("status").last().textContent()).resolves.toMatch(/^47 nya platser och 0 uppdaterade\./);

    await upload();
    await page.getByRole("button", { name: "Importera 47 platser" }).click();
    await page.getByRole("heading", { name: "Klart" }).waitFor();
    await expect(page.getByRole("status").last().textContent()).resolves.toMatch(/^0 nya platser och 47 uppdaterade\./);
    await page.goto(`${e2e.app.url}/organisation`);
    await expect(page.getByRole("link", { name: /^Plats nummer \d+$/ }).count()).resolves.toBe(47);
    await context.close();
  });
});
