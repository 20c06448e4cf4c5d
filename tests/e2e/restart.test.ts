import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../prisma/embedded.ts";
import { APP_START_LIMIT_MS, startAppServer } from "../helpers/app-server.ts";

// Like `.data/pglite` on a fresh clone: the data folder and its parent do not exist yet.
const scratch = mkdtempSync(path.join(tmpdir(), "stegvis-restart-"));
const dataDir = path.join(scratch, ".data", "pglite");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function placementCount(url: string): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ placements(first: 1) { totalCount } }" }),
  });
  const body = (await response.json()) as { data: { placements: { totalCount: number } } };
  return body.data.placements.totalCount;
}

async function withEmbeddedDb<T>(port: number, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres" });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

describe("npm start on the embedded default", () => {
  it("creates its data folder, keeps data written in the previous run and does not seed twice", { timeout: 2 * APP_START_LIMIT_MS + 60_000 }, async () => {
    const dbPort = await freePort();
    const env = { EMBEDDED_DB_PORT: String(dbPort) };

    const first = await startAppServer({ dataDir, env });
    const countBefore = await placementCount(first.url);
    expect(countBefore).toBeGreaterThanOrEqual(60);
    expect(first.output()).toContain("demo data loaded");
    await withEmbeddedDb(dbPort, (client) =>
      client.query(`INSERT INTO "Organization" (id, name, kind, "kommunCode", "updatedAt") VALUES ('restart-org', 'Kvar efter omstart', 'ASSOCIATION', '1781', now())`),
    );
    await first.stop();

    const second = await startAppServer({ dataDir, env });
    try {
      expect(second.output()).toContain("demo data already present");
      expect(await placementCount(second.url)).toBe(countBefore);
      const rows = await withEmbeddedDb(dbPort, (client) => client.query(`SELECT name FROM "Organization" WHERE id = 'restart-org'`));
      expect(rows.rows).toEqual([{ name: "Kvar efter omstart" }]);
      const users = await withEmbeddedDb(dbPort, (client) => client.query(`SELECT count(*)::int AS n FROM "User" WHERE email = 'coach@demo.stegvis.se'`));
      expect(users.rows[0].n).toBe(1);
    } finally {
      await second.stop();
    }
  });
});
