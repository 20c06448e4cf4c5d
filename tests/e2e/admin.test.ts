import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useAppInBrowser } from "../helpers/app-in-browser.ts";
import { BROWSER_TEST_MS } from "../helpers/browser.ts";

const e2e = useAppInBrowser();

async function login(page: Page, email: string, password: string) {
  await page.goto(`${e2e.app.url}/logga-in`);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
}

describe("administration in Chromium", { timeout: BROWSER_TEST_MS }, () => {
  it("creates an organisation and a user, gives a one-time password link that works once, and deactivates the user", async () => {
    const admin = await e2e.browser.newContext();
    const page = await admin.newPage();
    await login(page, "admin@demo.stegvis.se", "stegvis-demo");
    await page.getByRole("heading", { level: 1, name: "Administration" }).waitFor();

    const organizationForm = page.getByRole("form", { name: "Ny organisation" });
    await organizationForm.getByLabel("Namn").fill("Återbruket i Arvika");
    await organizationForm.getByLabel("Sort").selectOption("SOCIAL_ENTERPRISE");
    await organizationForm.getByLabel("Kommun").selectOption({ label: "Arvika" });
    await organizationForm.getByRole("button", { name: "Skapa organisationen" }).click();
    await page.getByText("Klart! Ändringen är sparad.").waitFor();

    const userForm = page.getByRole("form", { name: "Nytt konto" });
    await userForm.getByLabel("Namn").fill("Nora Nyström");
    await userForm.getByLabel("E-postadress").fill("inte-en-adress");
    await userForm.getByRole("button", { name: "Skapa kontot" }).click();
    await userForm.getByText(/giltig e-postadress/).waitFor();
    await expect(userForm.getByText("Välj minst en roll.").isVisible()).resolves.toBe(true);

    await userForm.getByLabel("E-postadress").fill("nora@arvika.example");
    await userForm.getByLabel("Arbetsgivare", { exact: true }).check();
    await userForm.getByLabel("Organisation (för arbetsgivare)").selectOption({ label: "Återbruket i Arvika" });
    await userForm.getByRole("button", { name: "Skapa kontot" }).click();
    const row = page.getByRole("row", { name: /Nora Nyström/ });
    await row.waitFor();

    await row.getByRole("button", { name: /Länk för nytt lösenord/ }).click();
    const link = (await page.locator(".notice code").textContent())!;
    expect(link).toMatch(/\/aterstall-losenord\/[\w-]{40,}$/);

    const nora = await e2e.browser.newContext();
    const noraPage = await nora.newPage();
    await noraPage.goto(link);
    await noraPage.getByLabel("Nytt lösenord (minst 12 tecken)").fill("kort");
    await noraPage.getByLabel("Skriv lösenordet igen").fill("kort");
    await noraPage.getByRole("button", { name: "Spara lösenordet" }).click();
    await noraPage.getByText("Lösenordet behöver vara minst 12 tecken.").waitFor();
    await noraPage.getByLabel("Nytt lösenord (minst 12 tecken)").fill("arvika återbruk 2026");
    await noraPage.getByLabel("Skriv lösenordet igen").fill("arvika återbruk 2026");
    await noraPage.getByRole("button", { name: "Spara lösenordet" }).click();
    await noraPage.getByRole("heading", { name: "Klart!" }).waitFor();

    // The link works once.
    await noraPage.goto(link);
    await noraPage.getByLabel("Nytt lösenord (minst 12 tecken)").fill("ett annat lösenord");
    await noraPage.getByLabel("Skriv lösenordet igen").fill("ett annat lösenord");
    await noraPage.getByRole("button", { name: "Spara lösenordet" }).click();
    await noraPage.getByRole("alert").getByText(/ogiltig eller för gammal/).waitFor();

    await login(noraPage, "nora@arvika.example", "arvika återbruk 2026");
    await noraPage.getByRole("heading", { level: 1, name: "Vår organisation" }).waitFor();
    await noraPage.getByRole("heading", { level: 2, name: "Återbruket i Arvika" }).waitFor();

    await row.getByRole("button", { name: /Stäng av/ }).click();
    await page.getByRole("row", { name: /Nora Nyström.*Avstängd/ }).waitFor();
    await noraPage.reload();
    expect(new URL(noraPage.url()).pathname).toBe("/logga-in");
    await admin.close();
    await nora.close();
  });

  it("keeps what the administrator typed and chose when the server refuses it without JavaScript, and never sends a password back", async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, locale: "sv-SE" });
    const page = await context.newPage();
    await login(page, "admin@demo.stegvis.se", "inte lösenordet");
    await page.getByRole("alert").getByText("Fel e-postadress eller lösenord.").waitFor();
    await expect(page.getByLabel("E-postadress").inputValue()).resolves.toBe("admin@demo.stegvis.se");
    await expect(page.getByLabel("Lösenord").inputValue()).resolves.toBe("");
    await expect(page.content()).resolves.not.toContain("inte lösenordet");

    await login(page, "admin@demo.stegvis.se", "stegvis-demo");
    await page.getByRole("heading", { level: 1, name: "Administration" }).waitFor();
    const userForm = page.getByRole("form", { name: "Nytt konto" });
    await userForm.getByLabel("Namn").fill("Vera Väntan");
    await userForm.getByLabel("E-postadress").fill("inte-en-adress");
    await userForm.getByLabel("Arbetsgivare", { exact: true }).check();
    await userForm.getByRole("button", { name: "Skapa kontot" }).click();
    await userForm.getByText("En arbetsgivare behöver höra till minst en organisation.").waitFor();
    const email = userForm.getByLabel("E-postadress");
    await expect(email.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(email.getAttribute("aria-describedby")).resolves.toBe("user-email-error");
    await expect(userForm.locator("#user-email-error").textContent()).resolves.toMatch(/giltig e-postadress/);
    // What was typed and chosen stays, in this form only.
    await expect(userForm.getByLabel("Namn").inputValue()).resolves.toBe("Vera Väntan");
    await expect(email.inputValue()).resolves.toBe("inte-en-adress");
    await expect(userForm.getByLabel("Arbetsgivare", { exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole("form", { name: "Ny organisation" }).getByLabel("Namn").inputValue()).resolves.toBe("");
    await context.close();
  });
});
