import { describe, expect, it } from "vitest";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { buildDemoWorld } from "../../prisma/demo-data.ts";
import { axeViolations } from "../helpers/axe.ts";
import { useAppInBrowser } from "../helpers/app-in-browser.ts";
import { BROWSER_TEST_MS } from "../helpers/browser.ts";
import { loggedInPage } from "../helpers/log-in.ts";
import { tabTo, waitForCardSorter } from "../helpers/keyboard.ts";

const e2e = useAppInBrowser();

/** A context that may inject axe-core (the app's CSP forbids inline scripts). */
const newContext = () => e2e.browser.newContext({ bypassCSP: true, locale: "sv-SE" });

const logIn = (context: BrowserContext, email: string, landing: string) => loggedInPage(context, e2e.app.url, email, { landing });

/** The demo login of the organisation with this name (every demo organisation has one member). */
function memberEmailOf(organizationName: string): string {
  const world = buildDemoWorld();
  const organization = world.organizations.find((o) => o.name === organizationName);
  const membership = world.memberships.find((m) => m.organizationId === organization?.id);
  const user = world.users.find((u) => u.id === membership?.userId);
  if (!user) throw new Error(`no demo member for ${organizationName}`);
  return user.email;
}

async function expectNoAxeViolations(page: Page, where: string) {
  expect(await axeViolations(page), where).toEqual([]);
}

/** "Inga lediga platser just nu" → 0, "1 ledig plats" → 1, "3 lediga platser" → 3. */
function freeSpotsIn(text: string): number {
  if (/Inga lediga platser/.test(text)) return 0;
  const match = text.match(/(\d+) ledig/);
  if (!match) throw new Error(`no free spots in "${text}"`);
  return Number(match[1]);
}

async function freeSpotsOnPlacementPage(page: Page, placementPath: string): Promise<number> {
  await page.goto(`${e2e.app.url}${placementPath}`);
  return freeSpotsIn((await page.locator("dt", { hasText: "Lediga platser" }).locator("xpath=following-sibling::dd[1]").textContent()) ?? "");
}

const stepOf = (page: Page) => page.locator("dt", { hasText: "Steg" }).locator("xpath=following-sibling::dd[1]").textContent();

async function answerCards(page: Page, keys: string[]) {
  for (const key of keys) {
    const before = await page.locator(".sort-progress").textContent();
    await page.keyboard.press(key);
    await page.waitForFunction((text) => document.querySelector(".sort-progress")?.textContent !== text, before);
  }
}

/** Demo participants of coach@demo with an active consent to share with employers and no proposal yet. */
function consentedDemoParticipants(): { id: string; displayName: string }[] {
  const world = buildDemoWorld();
  const coach = world.users.find((u) => u.email === "coach@demo.stegvis.se")!;
  const proposed = new Set(world.proposals.map((p) => p.participantId));
  return world.participants
    .filter((p) => p.coachId === coach.id && !proposed.has(p.id))
    .filter((p) => world.consents.some((c) => c.participantId === p.id && c.scope === "SHARE_WITH_EMPLOYER" && !c.withdrawnAt))
    .map((p) => ({ id: p.id, displayName: p.displayName }));
}

describe("proposing and answering without JavaScript", { timeout: BROWSER_TEST_MS }, () => {
  it("proposes from the matches page and shows the employer's missing reason for no next to the field", async () => {
    const coachContext = await e2e.browser.newContext({ javaScriptEnabled: false, locale: "sv-SE" });
    const coach = await logIn(coachContext, "coach@demo.stegvis.se", "Mina deltagare");
    let chosen: { id: string; displayName: string } | undefined;
    for (const candidate of consentedDemoParticipants()) {
      await coach.goto(`${e2e.app.url}/deltagare/${candidate.id}/matchningar`);
      if (await coach.locator("ol.match-list details").count()) {
        chosen = candidate;
        break;
      }
    }
    expect(chosen, "a consented demo participant with matches").toBeDefined();
    const top = coach.locator("ol.match-list > li").first();
    const title = (await top.locator("h3 a").textContent())!;
    const organizationName = (await top.locator(".where .organization").textContent())!;
    await top.getByText(`Föreslå ${chosen!.displayName} hit`).click();
    await top.getByRole("button", { name: `Föreslå ${chosen!.displayName} till ${title}` }).click();
    await coach.getByText(`${chosen!.displayName} är föreslagen.`).waitFor();
    const proposalUrl = coach.url();
    await coachContext.close();

    const employerContext = await e2e.browser.newContext({ javaScriptEnabled: false, locale: "sv-SE" });
    const employer = await logIn(employerContext, memberEmailOf(organizationName), "Vår organisation");
    await employer.goto(proposalUrl);
    await employer.getByRole("button", { name: "Nej" }).click();
    await employer.getByText("Välj varför ni säger nej.").waitFor();
    const reason = employer.getByLabel("Om ni säger nej: välj varför");
    expect(await reason.getAttribute("aria-invalid")).toBe("true");
    expect(await reason.getAttribute("aria-describedby")).toContain("declineReason-error");
    await reason.selectOption({ label: "Tiderna passar inte" });
    await employer.getByRole("button", { name: "Nej" }).click();
    await employer.getByText("Tack! Ert svar är skickat till jobbcoachen.").waitFor();
    expect(await stepOf(employer)).toBe("Nej tack");
    await employer.getByText("Tiderna passar inte").waitFor();
    await employerContext.close();
  });
});

describe("from a new participant to an assignment, in Chromium (acceptance 1 and 5)", { timeout: BROWSER_TEST_MS }, () => {
  it("coach creates Alva, records consent, sorts 12 yrkeskort by keyboard, proposes the top match; the employer sees only consented fields and wants to meet; the coach starts the insats and the placement has one free spot less", async () => {
    // ---- the coach: profile, consent, card sorting (the participant pages)
    const coachContext = await newContext();
    const coach = await logIn(coachContext, "coach@demo.stegvis.se", "Mina deltagare");
    await coach.getByRole("link", { name: "Ny deltagare" }).click();
    await coach.getByRole("heading", { level: 1, name: "Ny deltagare" }).waitFor();
    await coach.getByLabel("Förnamn eller namn deltagaren vill använda").fill("Alva");
    await coach.getByLabel("Kod", { exact: true }).fill("BOL-0777");
    await coach.getByLabel("Hemkommun").selectOption({ label: "Bollnäs" });
    await coach.getByLabel("Högst antal timmar om dagen").fill("4");
    await coach.getByLabel("Intressen", { exact: true }).fill("lager, packa");
    await coach.getByLabel("Mål", { exact: true }).fill("Hemligt mål: klara en hel vecka");
    await coach.locator("summary", { hasText: "Förstå och kommunicera" }).click();
    await coach.getByRole("group", { name: "Bildstöd" }).getByLabel("Bra att ha").check();
    await coach.getByRole("button", { name: "Spara deltagaren" }).click();
    await coach.getByRole("heading", { level: 1, name: "Alva BOL-0777" }).waitFor();
    const profileUrl = coach.url();

    const consentForm = coach.getByRole("form", { name: "Registrera samtycke" });
    await consentForm.getByLabel("Vad deltagaren samtycker till").selectOption("SHARE_WITH_EMPLOYER");
    await consentForm.getByRole("button", { name: "Registrera samtycke" }).click();
    await coach.getByText("Samtycket är registrerat.").waitFor();

    await coach.getByRole("link", { name: "Sortera yrkeskort" }).click();
    await coach.getByRole("heading", { level: 1, name: "Yrkeskort med Alva" }).waitFor();
    await tabTo(coach, "Börja sortera");
    await coach.keyboard.press("Enter");
    await coach.locator("#sort-card-title").waitFor();
    await waitForCardSorter(coach); // the answer keys are the sorter's, listened to once it has mounted
    await answerCards(coach, ["3", "3", "2", "1", "1", "1", "2", "3", "3", "2", "3", "1", "1", "1"]);
    expect(await coach.locator(".sort-progress").textContent()).toBe("Kort 15 av 46");
    await coach.getByText("Alla svar är sparade.").waitFor();
    await tabTo(coach, "Avsluta");
    await coach.keyboard.press("Enter");
    await coach.getByRole("heading", { level: 2, name: /^Sammanfattning/ }).waitFor();

    // ---- matches: ranked hits with reasons, near misses apart, narrowing by kind
    await coach.goto(`${profileUrl}/matchningar`);
    await coach.getByRole("heading", { level: 1, name: "Platser som passar Alva" }).waitFor();
    await coach.getByRole("heading", { level: 2, name: "Nästan rätt: en sak saknas" }).waitFor();
    const hits = coach.locator("ol.match-list > li");
    expect(await hits.count()).toBeGreaterThan(1);
    expect(await hits.first().locator(".reasons li").count()).toBeGreaterThan(0);
    await expectNoAxeViolations(coach, "matches");

    await coach.getByRole("checkbox", { name: "Praktik" }).check();
    await coach.getByRole("button", { name: "Visa platser" }).click();
    await coach.waitForURL(/typ=INTERNSHIP/);
    // The client-side navigation changes the URL a moment before React renders the narrowed list.
    await coach.waitForFunction(() => [...document.querySelectorAll("article.placement-card .kind")].every((kind) => kind.textContent === "Praktik"));
    for (const kind of await coach.locator("article.placement-card .kind").allTextContents()) expect(kind).toBe("Praktik");
    await expectNoAxeViolations(coach, "matches narrowed");
    await coach.goto(`${profileUrl}/matchningar`);

    const top: Locator = hits.first();
    const title = (await top.locator("h3 a").textContent())!;
    const placementPath = (await top.locator("h3 a").getAttribute("href"))!;
    const organizationName = (await top.locator(".where .organization").textContent())!;
    const freeBefore = freeSpotsIn((await top.locator(".facts").textContent())!);
    expect(freeBefore).toBeGreaterThan(0);

    await top.getByText("Föreslå Alva hit").click();
    await top.getByLabel("Meddelande till arbetsplatsen").fill("Alva tycker om ordning och att packa. Hon vill börja med fyra timmar.");
    await top.getByRole("button", { name: `Föreslå Alva till ${title}` }).click();
    await coach.getByRole("heading", { level: 1, name: `Alva till ${title}` }).waitFor();
    await coach.getByText("Alva är föreslagen.").waitFor();
    const proposalUrl = coach.url();
    expect(await stepOf(coach)).toBe("Föreslagen");
    await coach.getByText("Skickat i dag").waitFor();
    await expectNoAxeViolations(coach, "proposal, coach");
    await coach.goto(`${e2e.app.url}/forslag`);
    await coach.getByRole("link", { name: `Alva till ${title}` }).waitFor();
    await expectNoAxeViolations(coach, "/forslag, coach");

    // ---- the employer: only the consented fields, and "let's meet"
    const employerContext = await newContext();
    const employer = await logIn(employerContext, memberEmailOf(organizationName), "Vår organisation");
    await employer.getByText(/förslag väntar på ert svar/).waitFor();
    await employer.getByRole("link", { name: "Se alla förslag" }).click();
    await employer.getByRole("heading", { level: 1, name: "Förslag till er" }).waitFor();
    await expectNoAxeViolations(employer, "/forslag, employer");
    await employer.getByRole("link", { name: `Alva till ${title}` }).click();
    await employer.getByRole("heading", { level: 1, name: `Alva till ${title}` }).waitFor();
    const about = employer.getByRole("region", { name: "Om Alva" });
    expect(await about.textContent()).toContain("Högst 4 timmar om dagen");
    expect(await about.textContent()).toContain("Bildstöd (bra att ha)");
    expect(await about.textContent()).toContain("Alva tycker om ordning och att packa.");
    const everything = (await employer.locator("main").textContent())!;
    for (const secret of ["BOL-0777", "Hemligt mål", "lager, packa"]) expect(everything).not.toContain(secret);
    await expectNoAxeViolations(employer, "proposal, employer");

    await employer.getByLabel("Meddelande till jobbcoachen (frivilligt)").fill("Välkommen på studiebesök på tisdag kl 10.");
    await employer.getByRole("button", { name: "Vi vill träffas" }).click();
    await employer.getByText("Tack! Ert svar är skickat till jobbcoachen.").waitFor();
    expect(await stepOf(employer)).toBe("Studiebesök");
    await employerContext.close();

    // ---- the coach starts the insats with an arbetsplan
    await coach.goto(proposalUrl);
    expect(await stepOf(coach)).toBe("Studiebesök");
    await coach.getByText("Välkommen på studiebesök på tisdag kl 10.").waitFor();
    const place = coach.getByRole("region", { name: "Starta insats" });
    await place.getByRole("button", { name: "Starta insats" }).click();
    await coach.getByText("Skriv minst ett mål i arbetsplanen.").waitFor();
    expect(await coach.getByLabel("Arbetsplan: mål").getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(coach, "place form with errors");

    await coach.getByLabel("Arbetsplan: mål").fill("Komma i tid fyra dagar i veckan\nPacka en order själv");
    await coach.getByLabel("Arbetsplan: frågor som arbetsträningen ska svara på").fill("Passar lagerarbete för Alva?\nHur många timmar orkar hon?");
    await coach.getByLabel("SE-handledare").selectOption({ label: "Sara Ek" });
    await coach.getByRole("region", { name: "Starta insats" }).getByRole("button", { name: "Starta insats" }).click();
    await coach.getByText("Insatsen har startat.").waitFor();
    expect(await stepOf(coach)).toBe("Insats startad");
    const assignment = coach.getByRole("region", { name: "Insatsen" });
    expect(await assignment.textContent()).toContain("Packa en order själv");
    expect(await assignment.textContent()).toContain("Sara Ek");
    const history = await coach.getByRole("region", { name: "Historik" }).locator("li").allTextContents();
    expect(history.map((line) => line.replace(/^[^:]*: /, "").split(/ \(|,/)[0])).toEqual(["Föreslagen", "Studiebesök", "Insats startad"]);
    await expectNoAxeViolations(coach, "proposal with assignment");

    // ---- one free spot less
    expect(await freeSpotsOnPlacementPage(coach, placementPath)).toBe(freeBefore - 1);
    await coachContext.close();
  });
});
