import { beforeAll, describe, expect, it, vi } from "vitest";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS_AND_ACCOUNT } from "../../graphql/auth/throttle.ts";
import { createUser } from "../../prisma/factories.ts";
import { cookieFrom, errorCodes, graphqlClient } from "../helpers/graphql.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id email roles } }`;
const PASSWORD = "ett långt och bra lösenord";

beforeAll(async () => {
  await createUser(t.db, { email: "lisa@test.stegvis.se", roles: ["COACH"], password: PASSWORD });
  await createUser(t.db, { email: "olle@test.stegvis.se", roles: ["COACH"], password: PASSWORD });
});

describe("login and logout", () => {
  it("signs in with a session cookie that is HTTP-only, SameSite=Lax and new at every login", async () => {
    const first = await request(LOGIN, { e: "Lisa@Test.Stegvis.se", p: PASSWORD });
    expect(first.errors).toBeUndefined();
    expect(first.data).toMatchObject({ login: { email: "lisa@test.stegvis.se", roles: ["COACH"] } });
    const setCookie = first.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/^stegvis_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+/);

    const cookie = cookieFrom(first.headers)!;
    const me = await request(`{ me { email } }`, undefined, { cookie });
    expect(me.data).toEqual({ me: { email: "lisa@test.stegvis.se" } });

    // Logging in again rotates: a new token, and the old session no longer works.
    const second = await request(LOGIN, { e: "lisa@test.stegvis.se", p: PASSWORD }, { cookie });
    const rotated = cookieFrom(second.headers)!;
    expect(rotated).not.toBe(cookie);
    expect((await request(`{ me { email } }`, undefined, { cookie })).data).toEqual({ me: null });
    expect((await request(`{ me { email } }`, undefined, { cookie: rotated })).data).toEqual({ me: { email: "lisa@test.stegvis.se" } });

    const logout = await request(`mutation { logout }`, undefined, { cookie: rotated });
    expect(logout.data).toEqual({ logout: true });
    expect(logout.headers.get("set-cookie")).toMatch(/^stegvis_session=; .*Max-Age=0/);
    expect((await request(`{ me { email } }`, undefined, { cookie: rotated })).data).toEqual({ me: null });
  });

  it("answers a wrong password and an unknown email with the same error and no cookie", async () => {
    const wrong = await request(LOGIN, { e: "olle@test.stegvis.se", p: "fel lösenord" }, { clientAddress: "198.51.100.1" });
    const unknown = await request(LOGIN, { e: "finns-inte@test.stegvis.se", p: "fel lösenord" }, { clientAddress: "198.51.100.1" });
    for (const result of [wrong, unknown]) {
      expect(errorCodes(result)).toEqual(["INVALID_CREDENTIALS"]);
      expect(result.errors![0]!.message).toBe("Fel e-postadress eller lösenord.");
      expect(result.data).toEqual({ login: null });
      expect(result.headers.get("set-cookie")).toBeNull();
    }
  });

  it("explains a malformed email in Swedish, by field", async () => {
    const result = await request(LOGIN, { e: "inte en adress", p: "x" });
    expect(errorCodes(result)).toEqual(["VALIDATION_FAILED"]);
    expect(result.errors![0]!.extensions!.fieldErrors).toEqual([{ field: "email", message: expect.stringContaining("giltig e-postadress") }]);
  });

  it("throttles the 11th rapid attempt for one account, even with the right password and from another address", async () => {
    await createUser(t.db, { email: "bo@test.stegvis.se", roles: ["SUPPORT_WORKER"], password: PASSWORD });
    for (let attempt = 1; attempt <= MAX_FAILURES_PER_ACCOUNT; attempt++) {
      const result = await request(LOGIN, { e: "bo@test.stegvis.se", p: `fel ${attempt}` }, { clientAddress: `192.0.2.${attempt}` });
      expect(errorCodes(result)).toEqual(["INVALID_CREDENTIALS"]);
    }
    const eleventh = await request(LOGIN, { e: "bo@test.stegvis.se", p: PASSWORD }, { clientAddress: "192.0.2.99" });
    expect(errorCodes(eleventh)).toEqual(["RATE_LIMITED"]);
    expect(eleventh.headers.get("set-cookie")).toBeNull();
    // Other accounts are not affected.
    expect((await request(LOGIN, { e: "olle@test.stegvis.se", p: PASSWORD }, { clientAddress: "192.0.2.99" })).errors).toBeUndefined();
  });

  it("keeps every other account open from an address that has failed more than 50 times (one NAT, many people)", async () => {
    const address = "198.51.100.50";
    for (let attempt = 1; attempt <= 60; attempt++) {
      const result = await request(LOGIN, { e: `gissning${attempt % 12}@test.stegvis.se`, p: `fel ${attempt}` }, { clientAddress: address });
      expect(errorCodes(result), String(attempt)).not.toContain("INTERNAL_SERVER_ERROR");
    }
    await createUser(t.db, { email: "nat@test.stegvis.se", roles: ["COACH"], password: PASSWORD });
    const colleague = await request(LOGIN, { e: "nat@test.stegvis.se", p: PASSWORD }, { clientAddress: address });
    expect(colleague.errors).toBeUndefined();
    expect(cookieFrom(colleague.headers)).toBeDefined();
  });

  it(`lets no more than ${MAX_FAILURES_PER_ACCOUNT} of 30 concurrent wrong passwords for one account be tried, from as many addresses`, async () => {
    await createUser(t.db, { email: "storm@test.stegvis.se", roles: ["COACH"], password: PASSWORD });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => request(LOGIN, { e: "storm@test.stegvis.se", p: `fel ${i}` }, { clientAddress: `203.0.113.${100 + i}` })),
    );
    const codes = results.map((result) => errorCodes(result)[0]);
    expect(codes.filter((code) => code === "INVALID_CREDENTIALS")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(codes.filter((code) => code === "RATE_LIMITED")).toHaveLength(30 - MAX_FAILURES_PER_ACCOUNT);
  });

  it(`stops one address after ${MAX_FAILURES_PER_ADDRESS_AND_ACCOUNT} wrong passwords for an account, while its owner still signs in from elsewhere`, async () => {
    await createUser(t.db, { email: "agare@test.stegvis.se", roles: ["COACH"], password: PASSWORD });
    const attacker = "192.0.2.200";
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => request(LOGIN, { e: "agare@test.stegvis.se", p: `fel ${i}` }, { clientAddress: attacker })),
    );
    const codes = results.map((result) => errorCodes(result)[0]);
    expect(codes.filter((code) => code === "INVALID_CREDENTIALS")).toHaveLength(MAX_FAILURES_PER_ADDRESS_AND_ACCOUNT);
    const limited = results.find((result) => errorCodes(result)[0] === "RATE_LIMITED")!;
    expect(limited.errors![0]!.message).toMatch(/^För många misslyckade inloggningar/);
    // Even the right password is refused from that address for now …
    expect(errorCodes(await request(LOGIN, { e: "agare@test.stegvis.se", p: PASSWORD }, { clientAddress: attacker }))).toEqual(["RATE_LIMITED"]);
    // … but the owner, elsewhere, is not locked out by it.
    expect((await request(LOGIN, { e: "agare@test.stegvis.se", p: PASSWORD }, { clientAddress: "192.0.2.201" })).errors).toBeUndefined();
  });

  it("refuses a deactivated user at once, even with a live session", async () => {
    const user = await createUser(t.db, { email: "stangd@test.stegvis.se", roles: ["COACH"], password: PASSWORD });
    const cookie = cookieFrom((await request(LOGIN, { e: "stangd@test.stegvis.se", p: PASSWORD })).headers)!;
    await t.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect((await request(`{ me { email } }`, undefined, { cookie })).data).toEqual({ me: null });
    expect(errorCodes(await request(LOGIN, { e: "stangd@test.stegvis.se", p: PASSWORD }))).toEqual(["INVALID_CREDENTIALS"]);
  });
});

describe("API hardening", () => {
  it("refuses a 12-level nested query with a typed error before running it", async () => {
    const nested = `{ placements(first: 1) { edges { node { organization { placements { organization { placements { organization { placements { organization { placements { organization { name } } } } } } } } } } } } }`;
    const result = await request(nested);
    expect(errorCodes(result)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(result.errors![0]!.message).toMatch(/för djup/);
    expect(result.data?.placements ?? null).toBeNull();
  });

  it("refuses first: 100000 with a typed error", async () => {
    const result = await request(`{ placements(first: 100000) { totalCount } }`);
    expect(errorCodes(result)).toEqual(["VALIDATION_FAILED"]);
    expect(result.errors![0]!.extensions!.fieldErrors).toEqual([{ field: "first", message: "Högst 100 åt gången." }]);
  });

  it("refuses a cookie-authenticated request that a foreign page could forge", async () => {
    const { createGraphQLServer } = await import("../../graphql/yoga.ts");
    const { createEmbeddedEngine } = await import("../../search/embedded.ts");
    const yoga = createGraphQLServer({ db: () => t.db, search: createEmbeddedEngine, production: true });
    const form = await yoga.fetch("http://stegvis.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "query=mutation%20%7B%20logout%20%7D",
    });
    expect(form.status).toBe(415);
    const foreign = await yoga.fetch("http://stegvis.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ query: "mutation { logout }" }),
    });
    expect(foreign.status).toBe(403);
  });

  it("masks an unexpected error in production and gives a request id to find the log line", async () => {
    const failing = new Proxy(t.db, {
      get: (target, property, receiver) =>
        property === "adaptation"
          ? { findMany: () => Promise.reject(new Error("connection to db.internal:5432 refused for user stegvis")) }
          : Reflect.get(target, property, receiver),
    });
    const broken = graphqlClient(() => failing);
    const logged: unknown[][] = [];
    const spy = vi.mocked(console.error).mockImplementation((...args: unknown[]) => void logged.push(args));
    const result = await broken(`{ adaptations { code } }`);
    spy.mockImplementation(() => {});
    expect(JSON.stringify(result.errors)).not.toContain("db.internal");
    expect(errorCodes(result)).toEqual(["INTERNAL_SERVER_ERROR"]);
    const requestId = result.errors![0]!.extensions!.requestId as string;
    expect(result.errors![0]!.message).toContain(`fel-id ${requestId}`);
    expect(logged).toHaveLength(1);
    expect(String(logged[0]![0])).toContain(requestId);
    expect(String(logged[0]![1])).toContain("db.internal");
  });

  it("reports a missing required input field as the caller's mistake, unmasked, in Swedish with GraphQL's words as detail", async () => {
    const result = await request(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name: "Utan sort" } });
    // Both missing fields, kind and kommunCode, are reported.
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT", "BAD_USER_INPUT"]);
    expect(result.errors!.map((error) => error.message)).toEqual(["Variabeln $i har fel typ eller saknas.", "Variabeln $i har fel typ eller saknas."]);
    expect(result.errors![0]!.extensions!.detail).toContain('Field "kind" of required type "OrganizationKind!" was not provided');
  });

  it("lets an outside system call the API with an organisation-scoped API token until it is revoked", async () => {
    const admin = await createUser(t.db, { email: "admin@test.stegvis.se", roles: ["ADMIN"], password: PASSWORD });
    const adminCookie = cookieFrom((await request(LOGIN, { e: admin.email, p: PASSWORD })).headers)!;
    const organization = await t.db.organization.create({ data: { name: "Systemets ägare", kind: "SOCIAL_ENTERPRISE", kommunCode: "1280" } });
    await t.db.placement.create({
      data: {
        organizationId: organization.id, kind: "WORK_TRAINING", status: "DRAFT", title: "Utkast bara för oss", kommunCode: "1280",
        latitude: 55.6, longitude: 13.0, weekdays: ["MON"], hoursPerDayMin: 2, hoursPerDayMax: 4, capacity: 1,
      },
    });
    const issued = await request<{ createApiToken: { token: string; apiTokenId: string } }>(
      `mutation($o: ID!) { createApiToken(organizationId: $o, name: "Närvarosystemet") { token apiTokenId } }`,
      { o: organization.id },
      { cookie: adminCookie },
    );
    const { token, apiTokenId } = issued.data!.createApiToken;
    expect(token).toMatch(/^stv_/);
    expect(await t.db.apiToken.count({ where: { tokenHash: token } })).toBe(0);

    const drafts = `{ placements(first: 50) { edges { node { title status } } } }`;
    const asSystem = await request<{ placements: { edges: { node: { title: string } }[] } }>(drafts, undefined, { authorization: `Bearer ${token}` });
    expect(asSystem.data!.placements.edges.map((e) => e.node.title)).toContain("Utkast bara för oss");

    await request(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiTokenId }, { cookie: adminCookie });
    const revoked = await request<{ placements: { edges: { node: { title: string } }[] } }>(drafts, undefined, { authorization: `Bearer ${token}` });
    expect(revoked.data!.placements.edges.map((e) => e.node.title)).not.toContain("Utkast bara för oss");
  });
});
