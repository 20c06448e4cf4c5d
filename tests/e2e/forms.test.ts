// The participant and placement forms in Chromium (issue 16): the kommun picker by keyboard and without JavaScript,
// the kommun list out of the loader data, the Tab stops each form takes, error summary links that move focus, and the
// CSV import's Swedish file input and its answer to a file that is not CSV.
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { axeViolations } from "../helpers/axe.ts";
import { useAppInBrowser } from "../helpers/app-in-browser.ts";
import { BROWSER_TEST_MS } from "../helpers/browser.ts";
import { loggedInPage } from "../helpers/log-in.ts";

const e2e = useAppInBrowser();

/** Where each form stands: at most this many Tab stops (they were 70 and 119 before issue 16). */
const TAB_STOPS_MAX = { participant: 35, placement: 50 };

const logIn = (context: BrowserContext, email: string, landing: string) => loggedInPage(context, e2e.app.url, email, { landing });
const logInAsCoach = (context: BrowserContext) => logIn(context, "coach@demo.stegvis.se", "Mina deltagare");

/** The kommun picker once hydrated: its text box is a combobox. */
const picker = (page: Page) => page.getByRole("combobox", { name: "Kommuner deltagaren kan resa till" });

/** Presses Tab from the top of the page until focus has passed through the form and left it; the stops inside it. */
async function tabStopsIn(page: Page, formId: string): Promise<number> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let inside = 0;
  for (let press = 0; press < 400; press++) {
    await page.keyboard.press("Tab");
    const inForm = await page.evaluate((id) => Boolean(document.activeElement && document.getElementById(id)?.contains(document.activeElement)), formId);
    if (!inForm && inside > 0) return inside;
    if (!inForm) continue;
    inside++;
    // LIST_TAB_STOPS=1 prints each stop, to see where a form's stops go.
    if (process.env.LIST_TAB_STOPS) console.info(await page.evaluate(() => `${document.activeElement?.tagName} #${document.activeElement?.id} ${document.activeElement?.getAttribute("type") ?? ""}`));
  }
  throw new Error(`Tab never left #${formId}`);
}

async function fillRequiredParticipantFields(page: Page, code: string) {
  await page.getByLabel("Förnamn eller namn deltagaren vill använda").fill("Robin");
  await page.getByLabel("Kod", { exact: true }).fill(code);
  await page.getByLabel("Hemkommun").selectOption({ label: "Bollnäs" });
  await page.getByLabel("Högst antal timmar om dagen").fill("4");
}

describe("the participant form in Chromium", { timeout: BROWSER_TEST_MS }, () => {
  it("chooses travel kommuner by typing and Enter, shows them as chips, removes one, and saves the codes", async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true, locale: "sv-SE" });
    const page = await logInAsCoach(context);
    await page.goto(`${e2e.app.url}/deltagare/ny`);
    await fillRequiredParticipantFields(page, "BOL-0901");

    const box = picker(page);
    await box.focus();
    await box.pressSequentially("ovan");
    await page.getByRole("listbox").getByRole("option", { name: "Ovanåker" }).waitFor();
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Enter");
    await page.getByRole("list", { name: "Valda kommuner" }).getByText("Ovanåker").waitFor();
    await page.getByText("Ovanåker vald. 1 kommun vald.").waitFor({ state: "attached" });
    // Case and accents do not matter: "soderhamn" finds Söderhamn.
    await box.pressSequentially("soderhamn");
    await page.getByRole("listbox").getByRole("option", { name: "Söderhamn" }).waitFor();
    await page.keyboard.press("Enter");
    await box.pressSequentially("Hudik");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByText("Hudiksvall vald. 3 kommuner valda.").waitFor({ state: "attached" });
    expect(await axeViolations(page)).toEqual([]);

    // Backspace in the empty box removes the last chip; a chip's button removes its kommun.
    await page.keyboard.press("Escape");
    await page.keyboard.press("Backspace");
    await page.getByText("Hudiksvall borttagen. 2 kommuner valda.").waitFor({ state: "attached" });
    await page.getByRole("button", { name: "Ta bort Ovanåker" }).click();
    await page.getByText("Ovanåker borttagen. 1 kommun vald.").waitFor({ state: "attached" });
    // Focus never falls to <body>: it moves to the next chip or back to the box.
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("BODY");

    await page.getByRole("button", { name: "Spara deltagaren" }).click();
    await page.getByRole("heading", { level: 1, name: "Robin BOL-0901" }).waitFor();
    await page.getByText("Söderhamn", { exact: true }).waitFor();
    await context.close();
  });

  it("takes at most 35 Tab stops, and its error summary links move focus to the fields", async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true, locale: "sv-SE" });
    const page = await logInAsCoach(context);
    await page.goto(`${e2e.app.url}/deltagare/ny`);
    await picker(page).waitFor();
    const stops = await tabStopsIn(page, "participant-form");
    console.info(`participant form: ${stops} Tab stops`);
    expect(stops).toBeLessThanOrEqual(TAB_STOPS_MAX.participant);

    await page.getByRole("button", { name: "Spara deltagaren" }).click();
    const summary = page.locator("#form-errors");
    const nameLink = summary.getByRole("link", { name: "Skriv ett förnamn eller det namn deltagaren vill använda." });
    await nameLink.waitFor();
    // The links follow the form's order.
    const links = await summary.getByRole("link").allTextContents();
    expect(links[0]).toBe("Skriv ett förnamn eller det namn deltagaren vill använda.");
    await nameLink.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("displayName");
    await summary.getByRole("link", { name: "Skriv hur många timmar om dagen deltagaren kan vara på plats." }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("hoursPerDayMax");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("without JavaScript: a multiple select of every kommun, rendered by the server though the loader data has none, saving the codes chosen", async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, locale: "sv-SE" });
    const page = await logInAsCoach(context);
    await page.goto(`${e2e.app.url}/deltagare/ny`);
    const select = page.locator("select#travelKommunCodes[multiple]");
    expect(await select.locator("option").count()).toBe(290);

    // The loader's data (what the page hands to the browser as JSON) holds no kommun list.
    const data = await page.request.get(`${e2e.app.url}/deltagare/ny?_data=routes%2Fdeltagare.ny`);
    expect(data.ok()).toBe(true);
    const json = await data.text();
    expect(json).not.toContain("Övertorneå");
    expect(json).not.toContain("kommuner");

    await fillRequiredParticipantFields(page, "BOL-0902");
    await select.selectOption([{ label: "Ovanåker" }, { label: "Ljusdal" }]);
    await page.getByRole("button", { name: "Spara deltagaren" }).click();
    await page.getByRole("heading", { level: 1, name: "Robin BOL-0902" }).waitFor();
    await page.getByText(/Ljusdal, Ovanåker|Ovanåker, Ljusdal/).waitFor();

    // The error summary's links are plain jumps to the fields' ids.
    await page.goto(`${e2e.app.url}/deltagare/ny`);
    await page.getByRole("button", { name: "Spara deltagaren" }).click();
    const link = page.locator("#form-errors").getByRole("link", { name: "Skriv ett förnamn eller det namn deltagaren vill använda." });
    expect(await link.getAttribute("href")).toBe("#displayName");
    await context.close();
  });
});

describe("the placement form and the placement list in Chromium", { timeout: BROWSER_TEST_MS }, () => {
  it("takes at most 50 Tab stops, and no loader sends the kommun list", async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true, locale: "sv-SE" });
    const page = await logIn(context, "arbetsgivare@demo.stegvis.se", "Vår organisation");
    await page.goto(`${e2e.app.url}/organisation/platser/ny`);
    await page.locator("#placement-form").waitFor();
    const stops = await tabStopsIn(page, "placement-form");
    console.info(`placement form: ${stops} Tab stops`);
    expect(stops).toBeLessThanOrEqual(TAB_STOPS_MAX.placement);
    // Its kommun select is still every kommun, from the static module.
    expect(await page.locator("select#kommunCode option").count()).toBe(291);

    for (const [url, route] of [
      ["/organisation/platser/ny", "routes/organisation.platser.$id"],
      ["/platser", "routes/platser._index"],
    ]) {
      const json = await (await page.request.get(`${e2e.app.url}${url}?_data=${encodeURIComponent(route)}`)).text();
      expect(json, url).not.toContain("Övertorneå");
    }
    await context.close();
  });

  it("filters /platser by kommun with the picker, and without JavaScript with a select of the kommuner that have places", async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true, locale: "sv-SE" });
    const page = await context.newPage();
    await page.goto(`${e2e.app.url}/platser`);
    const box = page.getByRole("combobox", { name: "Kommun", exact: true });
    await box.focus();
    await box.pressSequentially("boll");
    const bollnas = page.getByRole("listbox").getByRole("option", { name: /^Bollnäs \(\d+\)$/ });
    const inBollnas = Number((await bollnas.textContent())!.match(/\((\d+)\)/)![1]);
    await page.keyboard.press("Enter");
    await page.getByRole("list", { name: "Valda kommuner" }).getByText("Bollnäs").waitFor();
    await page.getByRole("button", { name: "Visa platser" }).click();
    await page.waitForURL(/kommun=2183/);
    // A client-side navigation: the URL changes a moment before React renders the narrowed list that axe is to check.
    await page.getByRole("heading", { level: 2, name: inBollnas === 1 ? "1 plats" : `${inBollnas} platser`, exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    const noScript = await e2e.browser.newContext({ javaScriptEnabled: false, locale: "sv-SE" });
    const plain = await noScript.newPage();
    await plain.goto(`${e2e.app.url}/platser?kommun=2183`);
    const select = plain.locator("select#kommun[multiple]");
    expect(await select.locator("option:checked").allTextContents()).toEqual([expect.stringMatching(/^Bollnäs \(\d+\)$/)]);
    await noScript.close();
  });
});

describe("the CSV import page in Chromium", { timeout: BROWSER_TEST_MS }, () => {
  it("has a Swedish file input that names the chosen file, and answers a picture with a Swedish error at the field", async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true, locale: "sv-SE" });
    const page = await logIn(context, "arbetsgivare@demo.stegvis.se", "Vår organisation");
    await page.goto(`${e2e.app.url}/organisation/import`);
    await page.getByText("Ingen fil vald").waitFor();
    await page.getByText("Välj fil", { exact: true }).waitFor();
    const input = page.getByLabel("CSV-fil");
    // PNG's signature and header: bytes no CSV file holds.
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61", "hex");
    await input.setInputFiles({ name: "bild.png", mimeType: "image/png", buffer: png });
    await page.getByText("Vald fil: bild.png").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Läs in och granska" }).click();
    const error = page.locator("#file-error");
    await error.getByText(/^Filen går inte att läsa som text\. Den är inte en CSV-fil/).waitFor();
    expect(await page.getByLabel("CSV-fil").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("CSV-fil").getAttribute("aria-describedby")).toBe("file-hint file-error");
    expect(await page.locator("table").count()).toBe(0);
    await context.close();
  });
});
