import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { parseDatabaseUrl } from "../../prisma/connection.ts";
import { startEmbeddedPostgres } from "../../prisma/embedded.ts";

/**
 * A whole empty database, for tests that run the real migration engine or the real server against it: a new
 * database on the test server when that is a real PostgreSQL, otherwise a new in-memory embedded one.
 */
export async function createScratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (inject("databaseIsEmbedded")) {
    const embedded = await startEmbeddedPostgres();
    return { url: embedded.url, drop: embedded.stop };
  }
  const base = inject("databaseUrl");
  const name = `stegvis_scratch_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client(parseDatabaseUrl(base).config);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  url.searchParams.delete("schema");
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
