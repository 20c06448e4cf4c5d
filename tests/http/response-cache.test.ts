/**
 * The anonymous response cache (scripts/response-cache.ts, docs/decisions/0019): the cache itself (LRU, index version,
 * age), and the real app over HTTP: anonymous listing reads are kept, signed-in ones never read or fill it, and a
 * placement published meanwhile shows in the anonymous listing once the sync worker has drained it.
 */
import { get as httpGet, type IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ResponseCache, toCachedResponse } from "../../scripts/response-cache.ts";
import { startAppServer, type AppServer } from "../helpers/app-server.ts";

const CACHE = "x-stegvis-cache";

describe("ResponseCache", () => {
  const answer = (text: string) => toCachedResponse(200, [["content-type", "application/json"]], Buffer.from(text), "")!;

  it("forgets the least recently used entry first, by entries and by bytes", () => {
    const cache = new ResponseCache({ maxEntries: 2, maxBytes: 10, version: () => 1 });
    cache.set("a", answer("aaa"), 1);
    cache.set("b", answer("bbb"), 1);
    expect(cache.get("a")).toBeDefined(); // a is now the most recent
    cache.set("c", answer("ccc"), 1);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    cache.set("d", answer("dddddddd"), 1); // 3 + 3 + 8 bytes > 10: the oldest go until it fits
    expect(cache.size).toBe(1);
    expect(cache.get("d")).toBeDefined();
    expect(cache.totalBytes).toBe(8);
  });

  it("drops everything when the index version moves, and never keeps an answer made before the move", () => {
    let version = 1;
    const cache = new ResponseCache({ version: () => version });
    cache.set("a", answer("old"), cache.currentVersion());
    const made = cache.currentVersion();
    version = 2; // a drain changed the index while the next answer was being made
    cache.set("b", answer("maybe stale"), made);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("b")).toBeUndefined();
    expect(cache.totalBytes).toBe(0);
  });

  it("keeps an answer at most maxAgeMs", () => {
    let now = 0;
    const cache = new ResponseCache({ maxAgeMs: 1_000, version: () => 0, now: () => now });
    cache.set("a", answer("x"), 0);
    now = 1_000;
    expect(cache.get("a")).toBeDefined();
    now = 1_001;
    expect(cache.get("a")).toBeUndefined();
  });

  it("keeps no answer with a cookie or an error status, and gives HTML a fresh nonce per hit", () => {
    expect(toCachedResponse(200, [["set-cookie", "a=b"]], Buffer.from("x"), "")).toBeNull();
    expect(toCachedResponse(500, [], Buffer.from("x"), "")).toBeNull();
    const page = toCachedResponse(200, [["content-type", "text/html"]], Buffer.from('<script nonce="N1">1</script><script nonce="N1">2</script>'), "N1")!;
    expect((page.body as { htmlAround: Buffer[] }).htmlAround.map(String)).toEqual(['<script nonce="', '">1</script><script nonce="', '">2</script>']);
  });
});

describe("the response cache in the real app", () => {
  let app: AppServer;
  // An hour: a kept answer would outlive the test, so only the index version can make the published placement show.
  beforeAll(async () => {
    app = await startAppServer({ env: { RESPONSE_CACHE_MAX_AGE_SECONDS: "3600" } });
  });
  afterAll(() => app?.stop());

  const post = (body: unknown, cookie?: string) =>
    fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
  const DRAFT_AND_PUBLISHED = { query: "{ placements(first: 100, filter: { statuses: [DRAFT, PUBLISHED] }) { totalCount edges { node { id status } } } }" };
  type Listing = { data: { placements: { totalCount: number; edges: { node: { id: string; status: string } }[] } } };

  async function login(email: string): Promise<string> {
    const response = await post({ query: `mutation { login(email: "${email}", password: "stegvis-demo") { id } }` });
    expect(response.status).toBe(200);
    return response.headers.getSetCookie()[0]!.split(";")[0]!;
  }

  it("answers a repeated anonymous /platser from the cache, with this response's own script nonce", async () => {
    const first = await fetch(`${app.url}/platser?q=lager`);
    const firstHtml = await first.text();
    const second = await fetch(`${app.url}/platser?q=lager`);
    const secondHtml = await second.text();
    expect(second.headers.get(CACHE)).toBe("hit");
    expect(second.headers.get("vary")).toBe("Cookie, Authorization");
    const nonce = second.headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(secondHtml).toContain(`nonce="${nonce}"`);
    expect(secondHtml).not.toContain(`nonce="${first.headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1]}"`);
    expect(secondHtml.replaceAll(nonce!, "")).toBe(firstHtml.replace(/nonce="[^"]*"/g, 'nonce=""'));
  });

  it("never gives a signed-in viewer the anonymous page, nor keeps theirs for anonymous visitors", async () => {
    await fetch(`${app.url}/platser`);
    expect((await fetch(`${app.url}/platser`)).headers.get(CACHE)).toBe("hit");
    const cookie = await login("coach@demo.stegvis.se");
    const signedIn = await fetch(`${app.url}/platser`, { headers: { cookie } });
    expect(signedIn.headers.get(CACHE)).toBeNull();
    expect(signedIn.headers.get("cache-control")).toBe("no-store");
    expect(await signedIn.text()).toContain("Logga ut");
    const anonymous = await fetch(`${app.url}/platser`);
    expect(anonymous.headers.get(CACHE)).toBe("hit");
    expect(await anonymous.text()).not.toContain("Logga ut");
  });

  it("keeps anonymous and signed-in GraphQL answers apart, and shows a newly published placement after the drain", async () => {
    const anonymousListing = async () => {
      const response = await post(DRAFT_AND_PUBLISHED);
      return { cache: response.headers.get(CACHE), body: (await response.json()) as Listing };
    };
    const before = await anonymousListing();
    expect(before.body.data.placements.edges.every(({ node }) => node.status === "PUBLISHED")).toBe(true);
    const again = await anonymousListing();
    expect(again.cache).toBe("hit");
    expect(again.body).toEqual(before.body);
    // Over GET, a browser that holds the answer is told it is unchanged.
    const listingUrl = `${app.url}/graphql?query=${encodeURIComponent(DRAFT_AND_PUBLISHED.query)}`;
    const overGet = await fetch(listingUrl, { headers: { accept: "application/json" } });
    expect(overGet.status).toBe(200);
    const etag = overGet.headers.get("etag");
    expect(etag).toBeTruthy();
    // node:http, since fetch adds `Cache-Control: no-cache` to a conditional request, which asks for a full answer.
    const revalidated = await new Promise<IncomingMessage>((resolve, reject) =>
      httpGet(listingUrl, { headers: { accept: "application/json", "if-none-match": etag! } }, resolve).on("error", reject),
    );
    revalidated.resume();
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.headers[CACHE]).toBe("hit");

    // The same request from an organisation member: their own draft is in it, and nothing is kept or served from the cache.
    const cookie = await login("socialtforetag@demo.stegvis.se");
    const member = await post(DRAFT_AND_PUBLISHED, cookie);
    expect(member.headers.get(CACHE)).toBeNull();
    const memberListing = (await member.json()) as Listing;
    const draft = memberListing.data.placements.edges.find(({ node }) => node.status === "DRAFT")?.node;
    expect(draft).toBeDefined();
    const afterMember = await anonymousListing();
    expect(afterMember.cache).toBe("hit");
    expect(afterMember.body.data.placements.edges.map(({ node }) => node.id)).not.toContain(draft!.id);

    const published = await post({ query: `mutation { publishPlacement(id: "${draft!.id}") { id status } }` }, cookie);
    expect(((await published.json()) as { data: { publishPlacement: { status: string } } }).data.publishPlacement.status).toBe("PUBLISHED");
    // The sync worker drains the outbox every second; wait for the observable state, not a time.
    for (;;) {
      const now = await anonymousListing();
      if (now.body.data.placements.edges.some(({ node }) => node.id === draft!.id)) {
        expect(now.body.data.placements.totalCount).toBe(before.body.data.placements.totalCount + 1);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 120_000);

  it("never keeps a mutation or a query beyond the listing", async () => {
    await post({ query: "{ me { id } }" });
    expect((await post({ query: "{ me { id } }" })).headers.get(CACHE)).toBeNull();
    const mixed = { query: "{ placements(first: 1) { totalCount } me { id } }" };
    await post(mixed);
    expect((await post(mixed)).headers.get(CACHE)).toBeNull();
  });
});
