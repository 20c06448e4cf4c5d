import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createDb } from "../../prisma/db.ts";
import { DEMO_PASSWORD } from "../../prisma/demo-data.ts";
import { seedDemoData } from "../../prisma/seed.ts";
import { APP_START_LIMIT_MS, runScript, startAppServer, type AppServer } from "../helpers/app-server.ts";
import { BROWSER_TEST_MS, BROWSER_WAIT_MS, launchBrowser } from "../helpers/browser.ts";
import { createScratchDatabase } from "../setup/scratch.ts";

// A host name that is not localhost, reached over plain HTTP: Chromium does not treat it as a secure context, so it
// drops a Secure cookie there (as on a kommun's internal server), while it forgives that on localhost.
const HOST = "stegvis.test";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser({ args: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`] });
}, BROWSER_WAIT_MS);
afterAll(() => browser?.close());

const at = (app: AppServer, path: string) => `http://${HOST}:${app.port}${path}`;

/** Signs in on the login page and waits for the start page's heading. */
async function logIn(page: Page, app: AppServer, email: string, password: string, heading: string) {
  await page.goto(at(app, "/logga-in"));
  expect(await page.evaluate(() => window.isSecureContext), "plain HTTP on a host name is not a secure context").toBe(false);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}

/** What GET /graphql shows a browser: GraphiQL outside production only. */
async function graphiqlServed(app: AppServer): Promise<boolean> {
  const response = await fetch(`${app.url}/graphql`, { headers: { accept: "text/html" } });
  return response.ok && /graphiql/i.test(await response.text());
}

describe("npm start with no settings, over plain HTTP on a host name", { timeout: BROWSER_TEST_MS }, () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer({ env: { NODE_ENV: undefined } });
  }, APP_START_LIMIT_MS);
  afterAll(() => app?.stop());

  it("lets a browser sign in, and runs in development at runtime whatever the build baked in", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, app, "coach@demo.stegvis.se", DEMO_PASSWORD, "Mina deltagare");
    expect((await context.cookies()).find((cookie) => cookie.name === "stegvis_session")).toMatchObject({ secure: false, httpOnly: true });
    await context.close();

    expect(app.output()).toContain("mode: development");
    expect(await graphiqlServed(app)).toBe(true);
  });
});

describe("production on a new, empty database", { timeout: BROWSER_TEST_MS }, () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const production = { NODE_ENV: "production", TRUST_PROXY: "1" };
  beforeAll(async () => {
    scratch = await createScratchDatabase();
  }, APP_START_LIMIT_MS);
  afterAll(() => scratch?.drop());

  it("gets its first administrator from npm run admin:create, who signs in through the one-time link", async () => {
    const created = await runScript("scripts/admin-create.ts", ["--email", "Chef@Kommun.example", "--name", "Kim Chef"], {
      databaseUrl: scratch.url,
      env: production,
    });
    expect(created, created.output).toMatchObject({ code: 0 });
    expect(created.output).toContain("Administrator account created: chef@kommun.example");
    const link = new URL(created.output.match(/http:\/\/localhost:3000\/aterstall-losenord\/[\w-]+/)![0]);

    const again = await runScript("scripts/admin-create.ts", ["--email", "vikarie@kommun.example"], { databaseUrl: scratch.url, env: production });
    expect(again.code).toBe(1);
    expect(again.output).toContain("There is already an administrator (chef@kommun.example)");
    const forced = await runScript("scripts/admin-create.ts", ["--email", "vikarie@kommun.example", "--force"], { databaseUrl: scratch.url, env: production });
    expect(forced.output).toContain("Administrator account created: vikarie@kommun.example");

    const app = await startAppServer({ databaseUrl: scratch.url, env: production });
    try {
      expect(app.output()).toContain("mode: production");
      expect(await graphiqlServed(app)).toBe(false);

      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(at(app, link.pathname));
      await page.getByLabel("Nytt lösenord (minst 12 tecken)").fill("ett första lösenord");
      await page.getByLabel("Skriv lösenordet igen").fill("ett första lösenord");
      await page.getByRole("button", { name: "Spara lösenordet" }).click();
      await page.getByRole("heading", { name: "Klart!" }).waitFor();
      await logIn(page, app, "chef@kommun.example", "ett första lösenord", "Administration");
      await context.close();

      // Behind a TLS proxy (TRUST_PROXY) that says the request came over HTTPS, the cookie is Secure.
      const login = (headers: Record<string, string>) =>
        fetch(`${app.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify({ query: `mutation { login(email: "chef@kommun.example", password: "ett första lösenord") { id } }` }),
        }).then((response) => response.headers.get("set-cookie") ?? "");
      expect(await login({ "x-forwarded-proto": "https" })).toMatch(/; Secure$/);
      expect(await login({})).not.toMatch(/Secure/);
    } finally {
      await app.stop();
    }
  });

  it("refuses to start while demo accounts exist, says how to remove them, and starts once they are removed", async () => {
    const db = createDb(scratch.url);
    try {
      await seedDemoData(db);
    } finally {
      await db.$disconnect();
    }
    const refused = await startAppServer({ databaseUrl: scratch.url, env: production }).then(
      async (app) => {
        await app.stop();
        return "started";
      },
      (error: Error) => error.message,
    );
    expect(refused).toMatch(/Refusing to start in production: the database holds \d+ demo accounts \(admin@demo\.stegvis\.se, .*npm run db:remove-demo/s);

    const removed = await runScript("scripts/remove-demo-data.ts", [], { databaseUrl: scratch.url, env: production });
    expect(removed.output).toMatch(/removed \d+ demo accounts/);
    expect(removed.code).toBe(0);

    const app = await startAppServer({ databaseUrl: scratch.url, env: production });
    await app.stop();
    expect(app.output()).toContain("Stegvis is listening");
  });
});
