import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { axeViolations } from "../helpers/axe.ts";
import { useAppInBrowser } from "../helpers/app-in-browser.ts";
import { BROWSER_TEST_MS } from "../helpers/browser.ts";
import { loggedInPage } from "../helpers/log-in.ts";
import { waitForCardSorter } from "../helpers/keyboard.ts";

const e2e = useAppInBrowser();

const logInAsCoach = (context: BrowserContext) => loggedInPage(context, e2e.app.url, "coach@demo.stegvis.se", { landing: "Mina deltagare" });

/** Records what the page asks the browser to read aloud (headless Chromium has no voices to hear). */
function recordSpeech() {
  const spoken: { text: string; lang: string }[] = [];
  (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
  window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => void spoken.push({ text: utterance.text, lang: utterance.lang });
}

/** Moves focus with Tab alone until the focused element's text starts with `name`. */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    if (text.startsWith(name)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

const progress = (page: Page) => page.locator(".sort-progress").textContent();
const cardTitle = (page: Page) => page.locator("#sort-card-title").textContent();

/** Presses one answer key and waits for the next card (or the end). */
async function pressAnswer(page: Page, key: string) {
  const before = await progress(page);
  await page.keyboard.press(key);
  await page.waitForFunction((text) => document.querySelector(".sort-progress")?.textContent !== text, before);
}

describe("a coach's guidance in Chromium", { timeout: BROWSER_TEST_MS }, () => {
  it("creates a participant with a must-have adaptation, records consent, sorts yrkeskort by keyboard across a reload, and sees the summary and history", async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true, locale: "sv-SE" });
    await context.addInitScript(recordSpeech);
    const page = await logInAsCoach(context);
    // The start page shows each participant's stage and next step.
    await page.getByRole("row", { name: /Maja.*BOL-0011.*Kartläggning.*Registrera samtycke/ }).waitFor();

    // Create: an empty form says in Swedish what is missing, next to each field.
    await page.getByRole("link", { name: "Ny deltagare" }).click();
    await page.getByRole("heading", { level: 1, name: "Ny deltagare" }).waitFor();
    await page.getByRole("button", { name: "Spara deltagaren" }).click();
    await page.locator(".field-error").getByText("Skriv ett förnamn eller det namn deltagaren vill använda.").waitFor();
    const nameField = page.getByLabel("Förnamn eller namn deltagaren vill använda");
    expect(await nameField.getAttribute("aria-invalid")).toBe("true");
    expect(await nameField.getAttribute("aria-describedby")).toContain("displayName-error");
    await page.locator(".field-error").getByText("Skriv hur många timmar om dagen deltagaren kan vara på plats.").waitFor();
    await expectNoAxeViolations(page);

    await nameField.fill("Kim");
    await page.getByLabel("Kod", { exact: true }).fill("BOL-0042");
    await page.getByLabel("Hemkommun").selectOption({ label: "Bollnäs" });
    await page.getByLabel("Högst antal timmar om dagen").fill("3,5");
    await page.getByLabel("Intressen", { exact: true }).fill("djur, trädgård");
    for (const category of ["Fysisk miljö", "Förstå och kommunicera"]) await page.locator("summary", { hasText: category }).click();
    await page.getByRole("group", { name: "Tyst och lugn miljö" }).getByLabel("Måste ha").check();
    await page.getByRole("group", { name: "Bildstöd" }).getByLabel("Bra att ha").check();
    await page.getByRole("button", { name: "Spara deltagaren" }).click();

    // The profile.
    await page.getByRole("heading", { level: 1, name: "Kim BOL-0042" }).waitFor();
    const profileUrl = page.url();
    await page.getByText("Nästa steg: Registrera samtycke.").waitFor();
    await page.getByText("Högst 3,5 timmar om dagen").waitFor();
    const mustHave = page.locator("h3", { hasText: "Måste ha" }).locator("xpath=following-sibling::ul[1]");
    expect(await mustHave.textContent()).toBe("Tyst och lugn miljö");
    await expectNoAxeViolations(page);

    // Consent before anything else.
    const consentForm = page.getByRole("form", { name: "Registrera samtycke" });
    await consentForm.getByLabel("Vad deltagaren samtycker till").selectOption("SHARE_WITH_EMPLOYER");
    await consentForm.getByRole("button", { name: "Registrera samtycke" }).click();
    await page.getByText("Samtycket är registrerat.").waitFor();
    await page.getByText("Nästa steg: Sortera yrkeskort tillsammans.").waitFor();
    await page.getByRole("button", { name: /Återkalla/ }).waitFor();
    await expectNoAxeViolations(page);

    // Card sorting, from here on by keyboard only.
    await page.getByRole("link", { name: "Sortera yrkeskort" }).click();
    await page.getByRole("heading", { level: 1, name: "Yrkeskort med Kim" }).waitFor();
    await tabTo(page, "Börja sortera");
    await page.keyboard.press("Enter");
    await page.locator("#sort-card-title").waitFor();
    await waitForCardSorter(page); // L reads aloud only once the sorter's effect has seen speechSynthesis
    expect(await progress(page)).toBe("Kort 1 av 46");
    await expectNoAxeViolations(page);

    await page.keyboard.press("l");
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
    expect(spoken).toEqual([{ text: expect.stringContaining(`${await cardTitle(page)}.`), lang: "sv-SE" }]);

    const firstKeys = ["1", "2", "3", "1", "1", "3", "2"];
    const answered: string[] = [];
    for (const key of firstKeys) {
      answered.push((await cardTitle(page))!);
      await pressAnswer(page, key);
    }
    expect(await progress(page)).toBe("Kort 8 av 46");
    expect(await page.locator("[aria-live]").textContent()).toContain("Kort 8 av 46");
    // Undo the seventh answer; that card comes back.
    await page.keyboard.press("u");
    await page.waitForFunction(() => document.querySelector(".sort-progress")?.textContent === "Kort 7 av 46");
    expect(await cardTitle(page)).toBe(answered[6]);
    await page.getByText("Alla svar är sparade.").waitFor();

    // Interrupted: a reload resumes at the first unanswered card.
    await page.reload();
    await page.locator("#sort-card-title").waitFor();
    await waitForCardSorter(page);
    expect(await progress(page)).toBe("Kort 7 av 46");
    expect(await cardTitle(page)).toBe(answered[6]);

    for (const key of ["3", "1", "1", "2", "3", "1"]) await pressAnswer(page, key);
    expect(await progress(page)).toBe("Kort 13 av 46");
    await page.getByText("Alla svar är sparade.").waitFor();
    await expectNoAxeViolations(page);

    await tabTo(page, "Avsluta");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: /^Sammanfattning/ }).waitFor();
    // 12 cards: keys 1,2,3,1,1,3 then 3,1,1,2,3,1.
    await page.getByText("Ja: 6. Kanske: 2. Nej: 4. Inte sorterade: 34.").waitFor();
    expect(await page.locator(".summary-area h3").count()).toBeGreaterThan(1);
    await expectNoAxeViolations(page);

    // A second session: the first one's answers stay in the history.
    await tabTo(page, "Sortera igen");
    await page.keyboard.press("Enter");
    await page.locator("#sort-card-title").waitFor();
    await waitForCardSorter(page); // a new sorter: its key listener comes with its first effects
    expect(await progress(page)).toBe("Kort 1 av 46");
    await pressAnswer(page, "3"); // the first card was Ja the first time
    await pressAnswer(page, "2"); // the second card stays Kanske
    await page.getByText("Alla svar är sparade.").waitFor();
    await tabTo(page, "Avsluta");
    await page.keyboard.press("Enter");
    await page.getByText("Ja: 0. Kanske: 1. Nej: 1. Inte sorterade: 44.").waitFor();
    await page.getByRole("link", { name: /^Sammanfattning/ }).waitFor();

    await page.goto(profileUrl);
    const history = page.getByRole("table", { name: /Svar på yrkeskort vid 2 tillfällen/ });
    await history.waitFor();
    expect(await history.getByRole("row", { name: new RegExp(answered[0]!) }).textContent()).toContain("Ja → Nej");
    expect(await history.getByRole("row", { name: new RegExp(answered[1]!) }).textContent()).not.toContain("→");
    await page.getByText("Nästa steg: Gå igenom korten och sök platser.").waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("works without JavaScript: server-side field errors next to the fields, an edit, and sorting by buttons", async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, locale: "sv-SE" });
    const page = await logInAsCoach(context);

    await page.goto(`${e2e.app.url}/deltagare/ny`);
    await page.getByLabel("Förnamn eller namn deltagaren vill använda").fill("Noa");
    await page.getByLabel("Kod", { exact: true }).fill("BOL-42");
    await page.getByLabel("Hemkommun").selectOption({ label: "Bollnäs" });
    await page.getByLabel("Högst antal timmar om dagen").fill("2");
    await page.locator("summary", { hasText: "Arbetstid" }).click();
    await page.getByRole("group", { name: "Kortare dagar" }).getByLabel("Måste ha").check();
    await page.getByRole("button", { name: "Spara deltagaren" }).click();
    await page.locator(".field-error").getByText("Skriv koden som tre bokstäver, ett bindestreck och fyra siffror, till exempel BOL-0042.").waitFor();
    const code = page.getByLabel("Kod", { exact: true });
    expect(await code.getAttribute("aria-invalid")).toBe("true");
    expect(await code.getAttribute("aria-describedby")).toBe("code-hint code-error");
    // What was typed and chosen stays.
    expect(await page.getByLabel("Förnamn eller namn deltagaren vill använda").inputValue()).toBe("Noa");
    expect(await page.getByRole("group", { name: "Kortare dagar" }).getByLabel("Måste ha").isChecked()).toBe(true);
    await code.fill("BOL-0043");
    await page.getByRole("button", { name: "Spara deltagaren" }).click();
    await page.getByRole("heading", { level: 1, name: "Noa BOL-0043" }).waitFor();

    await page.getByRole("link", { name: "Ändra profilen" }).click();
    await page.getByLabel("Högst antal timmar om dagen").fill("20");
    await page.getByRole("button", { name: "Spara ändringarna" }).click();
    await page.locator(".field-error").getByText("Högst 12 timmar om dagen.").waitFor();
    await page.getByLabel("Högst antal timmar om dagen").fill("2,5");
    await page.getByRole("button", { name: "Spara ändringarna" }).click();
    await page.getByText("Högst 2,5 timmar om dagen").waitFor();

    await page.getByRole("link", { name: "Sortera yrkeskort" }).click();
    await page.getByRole("button", { name: "Börja sortera" }).click();
    await page.getByText("Kort 1 av 46").waitFor();
    await page.getByRole("button", { name: "Ja", exact: true }).click();
    await page.getByText("Kort 2 av 46").waitFor();
    await page.getByRole("button", { name: "Nej", exact: true }).click();
    await page.getByText("Kort 3 av 46").waitFor();
    await page.getByRole("button", { name: "Ångra" }).click();
    await page.getByText("Kort 2 av 46").waitFor();
    await page.getByRole("button", { name: "Avsluta" }).click();
    await page.getByText("Ja: 1. Kanske: 0. Nej: 0. Inte sorterade: 45.").waitFor();
    await context.close();
  });
});
