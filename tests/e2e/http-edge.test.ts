// The HTTP edge of the real app (scripts/start.ts), over real HTTP: who may read and change what from another
// origin, where a login may send someone, status codes, request ids, caching and the Content-Security-Policy.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "../../prisma/demo-data.ts";
import { axeViolations } from "../helpers/axe.ts";
import { useAppInBrowser } from "../helpers/app-in-browser.ts";
import { waitForHydration } from "../helpers/browser.ts";
import { logIn as logInThroughForm } from "../helpers/log-in.ts";

const CONFIGURED = "https://kommun.example";
const SIBLING = "https://sibling.example";
const e2e = useAppInBrowser({ env: { CORS_ORIGINS: CONFIGURED } });
const url = (path: string) => `${e2e.app.url}${path}`;

const cookies = new Map<string, string>();

/** A demo user's session cookie (`name=value`), from the login mutation. */
async function cookieFor(email: string): Promise<string> {
  let cookie = cookies.get(email);
  if (!cookie) {
    const response = await graphql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: email, p: DEMO_PASSWORD });
    cookie = response.headers.get("set-cookie")!.split(";")[0]!;
    cookies.set(email, cookie);
  }
  return cookie;
}

/** POST /graphql as our own pages would call it (no Origin: same-origin for the edge). */
function graphql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url("/graphql"), { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
}

async function dataAs<T>(email: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = (await (await graphql(query, variables, { cookie: await cookieFor(email) })).json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const COACH = "coach@demo.stegvis.se";
const firstParticipantOf = async (email: string) =>
  (await dataAs<{ participants: { edges: { node: { id: string } }[] } }>(email, `{ participants(first: 1) { edges { node { id } } } }`)).participants.edges[0]!.node.id;

const crossSiteRefusal = { errors: [{ message: expect.stringContaining("annan webbplats"), extensions: { code: "FORBIDDEN" } }] };

describe("CORS and cross-site requests", () => {
  it("never answers another origin's request that carries a session cookie, GET included", async () => {
    const cookie = await cookieFor(COACH);
    const participants = url(`/graphql?query=${encodeURIComponent("{ participants(first: 2) { edges { node { code } } } }")}`);
    const own = await fetch(participants, { headers: { cookie, "sec-fetch-site": "same-origin" } });
    expect(own.status).toBe(200);
    expect(((await own.json()) as { data: { participants: { edges: unknown[] } } }).data.participants.edges).toHaveLength(2);

    const foreign: Record<string, string>[] = [
      { origin: SIBLING },
      { origin: CONFIGURED }, // a configured origin too: it must use an API token, never a cookie
      { "sec-fetch-site": "same-site" }, // another port on localhost, a sibling subdomain
      { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate" },
    ];
    for (const headers of foreign) {
      const response = await fetch(participants, { headers: { cookie, ...headers } });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
      expect(response.headers.get("access-control-allow-credentials")).toBeNull();
      expect(await response.json()).toEqual(crossSiteRefusal);
    }
  });

  it("gives CORS only to the origins in CORS_ORIGINS, and never with credentials", async () => {
    const query = "{ placements(first: 1) { totalCount } }";
    const post = (origin: string) => graphql(query, {}, { origin, "sec-fetch-site": "cross-site" });
    const preflight = (origin: string) =>
      fetch(url("/graphql"), {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" },
      });

    const configured = await post(CONFIGURED);
    expect(configured.status).toBe(200);
    expect(configured.headers.get("access-control-allow-origin")).toBe(CONFIGURED);
    expect(configured.headers.get("access-control-allow-credentials")).toBeNull();
    const allowed = await preflight(CONFIGURED);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(CONFIGURED);
    expect(allowed.headers.get("access-control-allow-headers")).toContain("authorization");
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();

    const sibling = await post(SIBLING);
    expect(sibling.status).toBe(403);
    expect(sibling.headers.get("access-control-allow-origin")).toBeNull();
    expect((await preflight(SIBLING)).headers.get("access-control-allow-origin")).toBeNull();
    const anonymousRead = await fetch(url(`/graphql?query=${encodeURIComponent(query)}`), { headers: { origin: SIBLING } });
    expect(anonymousRead.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("refuses a cross-site post to a page's action, with ?_data=, .data or neither, and changes nothing", async () => {
    const cookie = await cookieFor("admin@demo.stegvis.se");
    const createOrganization = (name: string) => new URLSearchParams({ intent: "createOrganization", name, kind: "COMPANY", kommunCode: "2183" });
    const attempts: [string, Record<string, string>][] = [
      ["/admin?_data=routes%2Fadmin", { origin: "https://evil.example" }],
      ["/admin.data", { origin: "https://evil.example" }],
      ["/admin", { origin: "https://evil.example" }],
      ["/admin?_data=routes%2Fadmin", { "sec-fetch-site": "same-site" }],
    ];
    for (const [index, [path, headers]] of attempts.entries()) {
      const response = await fetch(url(path), { method: "POST", headers: { cookie, ...headers }, body: createOrganization(`Förfalskad ${index}`), redirect: "manual" });
      expect(response.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
      expect(await response.text()).toContain("annan webbplats");
    }
    // The same form from our own page still works.
    const own = await fetch(url("/admin"), { method: "POST", headers: { cookie, origin: e2e.app.url, "sec-fetch-site": "same-origin" }, body: createOrganization("Äkta AB") });
    expect(own.status).toBe(200);

    const { organizations } = await dataAs<{ organizations: { name: string }[] }>("admin@demo.stegvis.se", `{ organizations { name } }`);
    const names = organizations.map((o) => o.name);
    expect(names).toContain("Äkta AB");
    expect(names.filter((name) => name.startsWith("Förfalskad"))).toEqual([]);
  });

  it("answers Origin: null and a malformed Origin with a typed 403, not a 500", async () => {
    for (const origin of ["null", "http://[bad", "inte en adress"]) {
      const api = await graphql("{ placements(first: 1) { totalCount } }", {}, { origin });
      expect(api.status, origin).toBe(403);
      expect(await api.json()).toEqual(crossSiteRefusal);
      const page = await fetch(url("/logga-in"), { method: "POST", headers: { origin }, body: new URLSearchParams({ email: COACH, password: "fel" }), redirect: "manual" });
      expect(page.status, origin).toBe(403);
      expect(await page.text()).toContain("annan webbplats");
    }
  });
});

describe("answers from pages", () => {
  it("sends someone only to a path on this site after login", async () => {
    const cases: [string, string][] = [
      ["/\\evil.example", "/coach"],
      ["/\t/evil.example", "/coach"],
      ["/..//evil.example", "/coach"],
      ["//evil.example", "/coach"],
      ["https://evil.example/", "/coach"],
      ["/forslag?status=SUGGESTED", "/forslag?status=SUGGESTED"],
    ];
    for (const [redirectTo, expected] of cases) {
      const response = await fetch(url("/logga-in"), {
        method: "POST",
        body: new URLSearchParams({ email: COACH, password: DEMO_PASSWORD, redirectTo }),
        redirect: "manual",
      });
      expect(response.status, redirectTo).toBe(302);
      expect(response.headers.get("location"), JSON.stringify(redirectTo)).toBe(expected);
    }
  });

  it("answers a page for a row the viewer may not see with 403 and a missing one with 404, in Swedish", async () => {
    const coach = await cookieFor(COACH);
    const employerEmail = "arbetsgivare@demo.stegvis.se";
    const employer = await cookieFor(employerEmail);
    const status = async (path: string, cookie: string) => {
      const response = await fetch(url(path), { headers: { cookie } });
      return [response.status, await response.text()] as const;
    };

    const othersParticipant = await firstParticipantOf("coach2@demo.stegvis.se");
    for (const page of ["", "/matchningar", "/yrkeskort", "/redigera"]) {
      const [code, html] = await status(`/deltagare/${othersParticipant}${page}`, coach);
      expect(code, page).toBe(403);
      expect(html).toContain("Du kan inte se deltagaren");
    }
    expect(await status("/deltagare/finns-inte", coach)).toEqual([404, expect.stringContaining("Deltagaren finns inte")]);

    const { me } = await dataAs<{ me: { organizations: { id: string }[] } }>(employerEmail, `{ me { organizations { id } } }`);
    const own = new Set(me.organizations.map((o) => o.id));
    const { proposals } = await dataAs<{ proposals: { edges: { node: { id: string; placement: { organization: { id: string } } } }[] } }>(
      COACH,
      `{ proposals(first: 100) { edges { node { id placement { organization { id } } } } } }`,
    );
    const elsewhere = proposals.edges.map((e) => e.node).find((p) => !own.has(p.placement.organization.id))!;
    expect(await status(`/forslag/${elsewhere.id}`, employer)).toEqual([403, expect.stringContaining("Du kan inte se förslaget")]);
    expect(await status("/forslag/finns-inte", coach)).toEqual([404, expect.stringContaining("Förslaget finns inte")]);

    const social = await dataAs<{ me: { organizations: { placements: { id: string }[] }[] } }>("socialtforetag@demo.stegvis.se", `{ me { organizations { placements { id } } } }`);
    const othersPlacement = social.me.organizations[0]!.placements[0]!.id;
    expect(await status(`/organisation/platser/${othersPlacement}`, employer)).toEqual([404, expect.stringContaining("Platsen finns inte")]);
  });

  it("keeps a caller's X-Request-Id only when it is short and safe, in the response and in the audit log", async () => {
    const cookie = await cookieFor(COACH);
    const participantId = await firstParticipantOf(COACH);
    const read = (requestId: string) => graphql(`query($id: ID!) { participant(id: $id) { id } }`, { id: participantId }, { cookie, "x-request-id": requestId });

    const echoed: string[] = [];
    for (const unsafe of ["a".repeat(3000), "a".repeat(65), "<script>alert(1)</script>", "id med mellanslag"]) {
      const id = (await read(unsafe)).headers.get("x-request-id")!;
      expect(id).not.toBe(unsafe);
      expect(id).toMatch(/^[A-Za-z0-9._-]{1,64}$/);
      echoed.push(id);
    }
    const safe = "kommun-4711.batch_2";
    expect((await read(safe)).headers.get("x-request-id")).toBe(safe);

    const { participantAuditLog } = await dataAs<{ participantAuditLog: { requestId: string | null }[] }>(
      COACH,
      `query($id: ID!) { participantAuditLog(participantId: $id) { requestId } }`,
      { id: participantId },
    );
    const logged = participantAuditLog.map((event) => event.requestId);
    expect(logged).toEqual(expect.arrayContaining([...echoed, safe]));
    expect(logged.filter((id) => id !== null && !/^[A-Za-z0-9._-]{1,64}$/.test(id))).toEqual([]);
  });

  it("marks every dynamic response no-store and keeps static assets cacheable", async () => {
    const cookie = await cookieFor(COACH);
    const participantId = await firstParticipantOf(COACH);
    const home = await fetch(url("/"));
    const asset = (await home.text()).match(/\/build\/[\w./-]+\.js/)![0];
    const dynamic: [string, RequestInit][] = [
      ["/", {}],
      ["/platser", { headers: { cookie } }],
      ["/coach", { headers: { cookie } }],
      [`/deltagare/${participantId}`, { headers: { cookie } }],
      [`/deltagare/${participantId}.data`, { headers: { cookie } }],
      ["/finns-inte", { headers: { cookie } }],
      [`/graphql?query=${encodeURIComponent("{ me { id } }")}`, { headers: { cookie } }],
      ["/graphql", { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ query: "{ me { id } }" }) }],
    ];
    for (const [path, init] of dynamic) {
      expect((await fetch(url(path), init)).headers.get("cache-control"), path).toBe("no-store");
    }
    // The anonymous listing is the same for everyone (the response cache, docs/decisions/0019): kept, but asked for again every time.
    const listing = await fetch(url("/platser"));
    expect(listing.headers.get("cache-control")).toBe("no-cache");
    expect(listing.headers.get("vary")).toBe("Cookie, Authorization");
    const cached = (await fetch(url(asset))).headers.get("cache-control");
    expect(cached).toMatch(/max-age=\d+/);
    expect(cached).not.toContain("no-store");
  });

  it("allows inline scripts only with a fresh nonce per response, and no inline styles", async () => {
    const pages = await Promise.all([fetch(url("/logga-in")), fetch(url("/logga-in"))]);
    const nonces: string[] = [];
    for (const page of pages) {
      const policy = page.headers.get("content-security-policy")!;
      const directives = Object.fromEntries(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      expect(directives["script-src"]).not.toContain("'unsafe-inline'");
      expect(directives["style-src"]).toEqual(["'self'"]);
      const nonce = directives["script-src"].find((value: string) => value.startsWith("'nonce-"))!.slice("'nonce-".length, -1);
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      const html = await page.text();
      const inline = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attributes) => !/\bsrc=/.test(attributes));
      expect(inline.length).toBeGreaterThan(0);
      for (const attributes of inline) expect(attributes).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});

/** A page to open: a path, or paths found among the links of the page opened last. */
type Step = string | ((links: string[]) => string[]);

const participantPage = /^\/deltagare\/(?!ny$)[^/?]+$/;
const proposalPage = /^\/forslag\/[^/?]+$/;

/** Each role's main pages, from its start page on, the ids found by following links as a person would. */
const tours: { email: string | null; start: string; steps: Step[] }[] = [
  {
    email: null,
    start: "/",
    steps: ["/platser", (links) => [first(links, /^\/platser\/[^/?]+$/)], (links) => [first(links, /^\/organisationer\/[^/?]+$/)], "/logga-in"],
  },
  {
    email: COACH,
    start: "/coach",
    steps: [
      (links) => {
        const participant = first(links, participantPage);
        return [participant, `${participant}/yrkeskort`, `${participant}/matchningar`, `${participant}/redigera`];
      },
      "/deltagare/ny",
      "/forslag",
      (links) => [first(links, proposalPage)],
    ],
  },
  { email: "handledare@demo.stegvis.se", start: "/handledare", steps: [] }, // the demo handledare follows nobody yet
  {
    email: "arbetsgivare@demo.stegvis.se",
    start: "/organisation",
    steps: [(links) => [first(links, /^\/organisation\/platser\/(?!ny$)[^/?]+$/)], "/organisation/platser/ny", "/organisation/import", "/forslag"],
  },
  { email: "socialtforetag@demo.stegvis.se", start: "/organisation", steps: ["/forslag", (links) => [first(links, proposalPage)]] },
  { email: "admin@demo.stegvis.se", start: "/admin", steps: [] },
];

function first(links: string[], pattern: RegExp): string {
  const link = links.find((href) => pattern.test(href));
  if (!link) throw new Error(`no link like ${pattern} among ${links.join(" ")}`);
  return link;
}

/** Records every CSP violation and script error in the page, across navigations. */
function watchForViolations(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  return problems;
}

const linksOn = (page: Page) => page.$$eval("a[href]", (anchors) => anchors.map((a) => a.getAttribute("href")!));

/**
 * Opens a page under the real CSP and waits until Remix has hydrated it, which needs every script to have run. Our
 * browser's `goto` waits for that already (tests/helpers/browser.ts), so a script the CSP blocks fails it.
 */
async function openHydrated(page: Page, path: string, problems: string[]) {
  const neverHydrated = (error: Error) => {
    throw new Error(`${path} never hydrated: ${problems.join("\n") || error.message}`);
  };
  const response = await page.goto(url(path)).catch(neverHydrated);
  expect(response?.status(), path).toBe(200);
  await waitForHydration(page).catch(neverHydrated);
}

async function logIn(page: Page, email: string, start: string): Promise<void> {
  await logInThroughForm(page, url(""), email);
  expect(new URL(page.url()).pathname).toBe(start);
}

describe("the pages in Chromium under the Content-Security-Policy", () => {
  for (const { email, start, steps } of tours) {
    it(`runs every script on ${email ?? "an anonymous visitor"}'s pages without a CSP violation`, { timeout: 180_000 }, async () => {
      const context = await e2e.browser.newContext({ locale: "sv-SE" });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      const problems = watchForViolations(page);
      if (email) await logIn(page, email, start); // a client-side form post under the CSP
      await openHydrated(page, start, problems);
      for (const step of steps) {
        for (const path of typeof step === "string" ? [step] : step(await linksOn(page))) await openHydrated(page, path, problems);
      }
      // A client-side navigation too: the hydrated search form fetches the next page's data from our origin.
      await openHydrated(page, "/platser", problems);
      await page.getByLabel("Sök bland platserna").fill("lager");
      await page.getByRole("button", { name: "Sök", exact: true }).click();
      await page.waitForURL(/\/platser\?q=lager/);
      await page.getByRole("heading", { level: 1, name: "Lediga platser" }).waitFor();
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it("shows the 403 and 404 pages accessibly", { timeout: 120_000 }, async () => {
    const othersParticipant = await firstParticipantOf("coach2@demo.stegvis.se");
    const context = await e2e.browser.newContext({ bypassCSP: true, locale: "sv-SE" }); // axe is injected inline
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await logIn(page, COACH, "/coach");
    for (const [path, status, heading] of [
      [`/deltagare/${othersParticipant}`, 403, "Du kan inte se deltagaren"],
      ["/finns-inte", 404, "Sidan finns inte"],
    ] as const) {
      expect((await page.goto(url(path)))?.status()).toBe(status);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      expect(await axeViolations(page), path).toEqual([]);
    }
    await context.close();
  });
});
