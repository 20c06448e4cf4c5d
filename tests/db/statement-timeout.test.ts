/**
 * PostgreSQL cancels any statement of the app's that runs past the timeout (prisma/db.ts), so one runaway query
 * cannot hold a connection, and with a full pool every request. Runs against a real PostgreSQL (CI sets
 * DATABASE_URL); the embedded PGlite cannot enforce a statement timeout at all (see prisma/db.ts), so it is skipped.
 */
import { describe, expect, inject, it } from "vitest";
import { createDb } from "../../prisma/db.ts";
import { useTestDatabase } from "../setup/database.ts";

const embedded = inject("databaseIsEmbedded");
if (embedded) console.log("statement timeout tests skipped: PGlite cannot enforce statement_timeout (run with DATABASE_URL, as CI does).");

const t = useTestDatabase();

describe.skipIf(embedded)("the statement timeout", () => {
  it("is set on the app's connections", async () => {
    const db = createDb(t.url);
    try {
      expect(await db.$queryRaw`SHOW statement_timeout`).toEqual([{ statement_timeout: "10s" }]);
    } finally {
      await db.$disconnect();
    }
  });

  it("cancels a statement that runs too long, inside a transaction too, and the connection serves the next one", async () => {
    const db = createDb(t.url, { statementTimeoutMs: 300 });
    try {
      const started = performance.now();
      await expect(db.$queryRaw`SELECT pg_sleep(5)`).rejects.toThrow(/statement timeout/);
      await expect(db.$transaction((tx) => tx.$queryRaw`SELECT pg_sleep(5)`)).rejects.toThrow(/statement timeout/);
      const elapsed = Math.round(performance.now() - started);
      console.info(`two 5 s statements cancelled after ${elapsed} ms in all`);
      expect(elapsed).toBeLessThan(5_000);
      expect(await db.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    } finally {
      await db.$disconnect();
    }
  });
});
