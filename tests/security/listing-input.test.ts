/**
 * The listing's filter: the requests that once stopped the server (issue #15) are refused at once with a typed
 * error, and the database path reads an "all of these adaptations" filter with one sub-select however many codes.
 * The real server's behaviour under them, with a concurrent request, is in http-endpoint.test.ts.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../graphql/context.ts";
import { listPlacements } from "../../graphql/placement-listing.ts";
import { PrismaClient } from "../../generated/prisma/client.ts";
import { parseDatabaseUrl } from "../../prisma/connection.ts";
import { seedDemoData } from "../../prisma/seed.ts";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { graphqlClient } from "../helpers/graphql.ts";
import { looksSwedish } from "../helpers/schema-operations.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);
const LIST = `query($filter: PlacementFilter) { placements(first: 5, filter: $filter) { totalCount edges { node { id } } } }`;
// With a status besides PUBLISHED even an anonymous caller's listing reads the database, where the cost was.
const DATABASE_PATH = { statuses: ["PUBLISHED", "PAUSED"] };

let codes: string[];
beforeAll(async () => {
  await seedDemoData(t.db);
  codes = (await t.db.adaptation.findMany({ select: { code: true }, orderBy: { sortOrder: "asc" } })).map((a) => a.code);
  await request(LIST, {}); // builds the search index, so the figures below are the requests' own
});

async function timed(filter: Record<string, unknown>) {
  const started = performance.now();
  const result = await request(LIST, { filter });
  return { result, ms: Math.round(performance.now() - started) };
}

function expectRefused(result: Awaited<ReturnType<typeof request>>, field: string, message: RegExp) {
  expect(result.status).toBe(200);
  expect(result.errors?.map((error) => error.extensions?.code)).toEqual(["VALIDATION_FAILED"]);
  expect(looksSwedish(result.errors![0]!.message)).toBe(true);
  expect(result.errors![0]!.extensions!.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
}

describe("the placements filter", () => {
  it("refuses 200 distinct adaptation codes from an anonymous caller at once, on both listing paths", async () => {
    const many = Array.from({ length: 200 }, (_, i) => `KOD_${i}`);
    for (const extra of [{}, DATABASE_PATH]) {
      const { result, ms } = await timed({ adaptationCodes: many, ...extra });
      console.info(`200 adaptation codes${"statuses" in extra ? " (database path)" : ""}: refused in ${ms} ms`);
      expectRefused(result, "filter.adaptationCodes", /^Högst 50 värden/);
    }
  });

  it("refuses 10,000 codes followed by one with a NUL byte at once", async () => {
    const { result, ms } = await timed({ adaptationCodes: [...Array(10_000).fill("a"), "a\u0000b"], ...DATABASE_PATH });
    console.info(`10,000 codes and a NUL byte: refused in ${ms} ms`);
    expectRefused(result, "filter.adaptationCodes", /^Högst 50 värden/);
    const nul = await timed({ adaptationCodes: ["a\u0000b"], ...DATABASE_PATH });
    expectRefused(nul.result, "filter.adaptationCodes.0", /NUL/);
  });

  it("names unknown codes instead of searching for them, and reads repeated codes once", async () => {
    const unknown = await timed({ adaptationCodes: [codes[0], "FINNS_INTE", "INTE_HELLER"], ...DATABASE_PATH });
    expectRefused(unknown.result, "filter.adaptationCodes", /^Okänd anpassning: FINNS_INTE, INTE_HELLER\.$/);
    const kommun = await timed({ kommunCodes: ["9999"] });
    expectRefused(kommun.result, "filter.kommunCodes", /^Okänd kommun: 9999\.$/);
    const once = await request(LIST, { filter: { adaptationCodes: [codes[0]], ...DATABASE_PATH } });
    const repeated = await request(LIST, { filter: { adaptationCodes: Array(50).fill(codes[0]), ...DATABASE_PATH } });
    expect(repeated.errors).toBeUndefined();
    expect(repeated.data).toEqual(once.data);
  });

  it("reads 'all of these adaptations' on the database path with one sub-select, however many codes", async () => {
    const { config, schema } = parseDatabaseUrl(t.url);
    const db = new PrismaClient({ adapter: new PrismaPg(new pg.Pool(config), { schema, disposeExternalPool: true }), log: [{ emit: "event", level: "query" }] });
    const statements: string[] = [];
    db.$on("query", (event) => statements.push(event.query));
    try {
      const context = createContext({ db, search: createEmbeddedEngine() });
      const list = (adaptationCodes: string[]) => listPlacements(context, { filter: { adaptationCodes, statuses: ["PUBLISHED", "PAUSED"] }, first: 20, offset: 0 });
      await list(codes.slice(0, 1));
      statements.length = 0;
      const started = performance.now();
      const listing = await list(codes);
      console.info(`all ${codes.length} adaptation codes on the database path: ${Math.round(performance.now() - started)} ms`);
      expect(listing.totalCount).toBe(0);
      const read = statements.find((sql) => /FROM "[^"]+"\."Placement"/.test(sql) && sql.includes("PlacementAdaptation"));
      expect(read, statements.join("\n")).toBeDefined();
      expect(read!.match(/"PlacementAdaptation"/g)).toHaveLength(1);
    } finally {
      await db.$disconnect();
    }
  });
});
