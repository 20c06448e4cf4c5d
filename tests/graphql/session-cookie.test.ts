import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createGraphQLServer } from "../../graphql/yoga.ts";
import { createUser } from "../../prisma/factories.ts";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
const PASSWORD = "ett långt och bra lösenord";
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`;

beforeAll(async () => {
  await createUser(t.db, { email: "kim@test.stegvis.se", roles: ["COACH"], password: PASSWORD });
});
afterEach(() => vi.unstubAllEnvs());

/** The Set-Cookie headers of a login and then a logout, sent to `url` by a server in the given mode. */
async function sessionCookies(url: string, production: boolean): Promise<string[]> {
  const yoga = createGraphQLServer({ db: () => t.db, search: createEmbeddedEngine, production });
  const post = (query: string, variables?: Record<string, unknown>) =>
    yoga.fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) }, { clientAddress: "203.0.113.9" });
  const login = await post(LOGIN, { e: "kim@test.stegvis.se", p: PASSWORD });
  const logout = await post(`mutation { logout }`);
  return [login.headers.get("set-cookie") ?? "no cookie", logout.headers.get("set-cookie") ?? "no cookie"];
}

const isSecure = (setCookie: string) => /;\s*Secure(;|$)/i.test(setCookie);

describe("the session cookie", () => {
  it("is Secure exactly when the request came over HTTPS, in production and development alike", async () => {
    for (const production of [true, false]) {
      const overHttp = await sessionCookies("http://stegvis.test/graphql", production);
      expect(overHttp.map(isSecure), `plain HTTP, production=${production}`).toEqual([false, false]);
      const overHttps = await sessionCookies("https://stegvis.test/graphql", production);
      expect(overHttps.map(isSecure), `HTTPS, production=${production}`).toEqual([true, true]);
    }
  });

  it("is Secure when PUBLIC_URL says the app is served over HTTPS, though the proxy in front forwards plain HTTP", async () => {
    vi.stubEnv("PUBLIC_URL", "https://stegvis.kommun.example");
    expect((await sessionCookies("http://stegvis.test/graphql", true)).map(isSecure)).toEqual([true, true]);
    vi.stubEnv("PUBLIC_URL", "http://stegvis.intern.example");
    expect((await sessionCookies("http://stegvis.test/graphql", true)).map(isSecure)).toEqual([false, false]);
  });
});
