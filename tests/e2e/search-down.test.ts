import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../prisma/embedded.ts";
import { APP_START_LIMIT_MS, startAppServer, type AppServer } from "../helpers/app-server.ts";

let app: AppServer;

beforeAll(async () => {
  // A port nothing listens on: Meilisearch is "down" for the whole test.
  app = await startAppServer({ env: { MEILI_URL: `http://127.0.0.1:${await freePort()}` } });
}, APP_START_LIMIT_MS);

afterAll(() => app?.stop());

describe("with Meilisearch down", () => {
  it("still starts, serves pages and accepts writes, and says the outbox will catch up", async () => {
    expect(app.output()).toMatch(/search: engine unavailable at start .*the outbox will catch up/);
    expect((await fetch(`${app.url}/logga-in`)).status).toBe(200);

    const login = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { login(email: "arbetsgivare@demo.stegvis.se", password: "stegvis-demo") { organizations { id } } }` }),
    });
    const organizationId = ((await login.json()) as { data: { login: { organizations: { id: string }[] } } }).data.login.organizations[0]!.id;
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    const created = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({
        query: `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { id status } }`,
        variables: { input: { organizationId, kind: "INTERNSHIP", title: "Praktik på lagret", kommunCode: "2183", hoursPerDayMin: 3, hoursPerDayMax: 6, capacity: 1, weekdays: ["MON", "TUE"] } },
      }),
    });
    const body = (await created.json()) as { data?: { createPlacement: { status: string } }; errors?: unknown };
    expect(body.errors, app.output()).toBeUndefined();
    expect(body.data!.createPlacement.status).toBe("DRAFT");
  });
});
