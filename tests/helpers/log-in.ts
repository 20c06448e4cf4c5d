import type { BrowserContext, Page } from "playwright-core";
import { DEMO_PASSWORD } from "../../prisma/demo-data.ts";

export interface LogInOptions {
  /** The level-1 heading of the page the person should land on; without it, any page but the login page will do. */
  landing?: string;
  password?: string;
}

/**
 * Signs in on `page` through the login form, as a person does, and returns once the app has taken them away from the
 * login page (to `landing`, when given). `appUrl` is the running app's origin.
 */
export async function logIn(page: Page, appUrl: string, email: string, { landing, password = DEMO_PASSWORD }: LogInOptions = {}): Promise<void> {
  await page.goto(`${appUrl}/logga-in`);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  if (landing) await page.getByRole("heading", { level: 1, name: landing }).waitFor();
  else await page.waitForURL((url) => url.pathname !== "/logga-in");
}

/** A new page in `context`, signed in as `email` (logIn). */
export async function loggedInPage(context: BrowserContext, appUrl: string, email: string, options?: LogInOptions): Promise<Page> {
  const page = await context.newPage();
  await logIn(page, appUrl, email, options);
  return page;
}
