/**
 * Issue #17: the app's statements are prepared once per connection and PostgreSQL reuses them, instead of parsing and
 * planning every statement afresh (a third of the database's CPU time per `matches` request). The embedded PGlite
 * serves every connection from one backend, so there statements stay unnamed: a name one connection prepared would
 * already exist for the next ("prepared statement … already exists").
 */
import { describe, expect, inject, it } from "vitest";
import { DEFAULT_STATEMENT_CACHE_SIZE, parseDatabaseUrl, withSchema } from "../../prisma/connection.ts";
import { createDb, statementNames } from "../../prisma/db.ts";
import { useTestDatabase } from "../setup/database.ts";

const embedded = inject("databaseIsEmbedded");
const t = useTestDatabase();

describe("statement names", () => {
  it("gives one text one name, and another text another", () => {
    const name = statementNames(10);
    const first = name({ sql: 'SELECT 1 FROM "Kommun" WHERE code = $1' });
    expect(first).toMatch(/^stegvis_[\w-]+$/);
    expect(name({ sql: 'SELECT 1 FROM "Kommun" WHERE code = $1' })).toBe(first);
    expect(name({ sql: 'SELECT 1 FROM "Kommun" WHERE name = $1' })).not.toBe(first);
    // Another client names the same text alike: a name stands for its text wherever it is used.
    expect(statementNames(10)({ sql: 'SELECT 1 FROM "Kommun" WHERE code = $1' })).toBe(first);
  });

  it("names no more texts than the limit; later ones, and every one with 0, run unnamed", () => {
    const name = statementNames(2);
    const named = [name({ sql: "SELECT 1" }), name({ sql: "SELECT 2" })];
    expect(named.every(Boolean)).toBe(true);
    expect(name({ sql: "SELECT 3" })).toBe("");
    expect(name({ sql: "SELECT 1" })).toBe(named[0]); // the ones named keep their names
    expect(statementNames(0)({ sql: "SELECT 1" })).toBe("");
  });

  it("reads statement_cache_size from the URL, with a default, and refuses what is not a count", () => {
    const url = "postgresql://postgres@127.0.0.1:5432/stegvis";
    expect(parseDatabaseUrl(url).statementCacheSize).toBe(DEFAULT_STATEMENT_CACHE_SIZE);
    expect(parseDatabaseUrl(`${url}?statement_cache_size=0`).statementCacheSize).toBe(0);
    expect(parseDatabaseUrl(withSchema(`${url}?statement_cache_size=50`, "test_x")).statementCacheSize).toBe(50);
    expect(() => parseDatabaseUrl(`${url}?statement_cache_size=-1`)).toThrow(/statement_cache_size/);
    expect(() => parseDatabaseUrl(`${url}?statement_cache_size=many`)).toThrow(/statement_cache_size/);
  });
});

describe.skipIf(embedded)("on PostgreSQL", () => {
  it("prepares a statement once per connection and executes it again and again", async () => {
    const db = createDb(t.url, { poolSize: 1 }); // one connection: the one pg_prepared_statements describes
    try {
      for (let i = 0; i < 7; i++) await db.kommun.findMany({ where: { code: "0180" }, select: { name: true } });
      const statements = await db.$queryRaw<{ name: string; statement: string; executions: number }[]>`
        SELECT name, statement, (generic_plans + custom_plans)::int AS executions FROM pg_prepared_statements`;
      const kommun = statements.filter((one) => one.statement.includes('"Kommun"'));
      expect(kommun).toHaveLength(1);
      expect(kommun[0]!.name).toMatch(/^stegvis_/);
      expect(kommun[0]!.executions).toBe(7);
    } finally {
      await db.$disconnect();
    }
  });
});

describe.skipIf(!embedded)("on the embedded PGlite", () => {
  it("prepares nothing, so connections sharing its one backend run the same statement side by side", async () => {
    expect(parseDatabaseUrl(t.url).statementCacheSize).toBe(0);
    const db = createDb(t.url, { poolSize: 4 });
    try {
      const answers = await Promise.all(
        Array.from({ length: 16 }, () => db.kommun.findMany({ where: { code: "0180" }, select: { name: true } })),
      );
      expect(answers.every((kommuner) => kommuner[0]?.name === "Stockholm")).toBe(true);
    } finally {
      await db.$disconnect();
    }
  });
});
