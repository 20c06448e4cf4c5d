// The embedded PostgreSQL multiplexes one PGlite backend across many connections. A parameterised query is several
// protocol messages (Parse, Bind, Execute, Sync); if another connection's messages run in between — a transaction
// starting, say — the unnamed portal is replaced or closed (`portal "" does not exist`), or the backend waits forever.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../prisma/embedded.ts";

let embedded: EmbeddedPostgres;
beforeAll(async () => {
  embedded = await startEmbeddedPostgres();
});
afterAll(async () => {
  await embedded?.stop();
});

describe("the embedded PostgreSQL", () => {
  it("answers parameterised queries from many connections at once, some inside transactions, each with its own result", async () => {
    const clients = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const client = new pg.Client({ connectionString: embedded.url });
        await client.connect();
        return client;
      }),
    );
    try {
      // Each client runs its queries one after another (as a pooled connection does); the clients run at once.
      const rounds = await Promise.allSettled(
        clients.map(async (client, c) => {
          const rows: { n: number; who: string }[] = [];
          for (let i = 0; i < 25; i++) {
            // Every other client wraps its query in a transaction, which takes the backend for that connection alone.
            if (c % 2) await client.query("BEGIN");
            rows.push((await client.query("SELECT $1::int AS n, $2::text AS who", [i, `client ${c}`])).rows[0]);
            if (c % 2) await client.query("COMMIT");
          }
          return rows;
        }),
      );
      const failures = rounds.flatMap((round) => (round.status === "rejected" ? [String(round.reason)] : []));
      expect(failures).toEqual([]);
      const rows = rounds.flatMap((round) => (round as PromiseFulfilledResult<{ n: number; who: string }[]>).value);
      expect(rows).toEqual(clients.flatMap((_, c) => Array.from({ length: 25 }, (_, i) => ({ n: i, who: `client ${c}` }))));
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it("keeps serving other connections after one sends a statement that fails", async () => {
    const [bad, good] = await Promise.all([0, 1].map(async () => {
      const client = new pg.Client({ connectionString: embedded.url });
      await client.connect();
      return client;
    }));
    try {
      const results = await Promise.allSettled([
        bad.query("SELECT $1::int AS n", ["not a number"]),
        ...Array.from({ length: 10 }, (_, i) => good.query("SELECT $1::int AS n", [i])),
      ]);
      expect(results[0]!.status).toBe("rejected");
      expect(results.slice(1).map((r) => (r as PromiseFulfilledResult<pg.QueryResult>).value.rows[0].n)).toEqual(Array.from({ length: 10 }, (_, i) => i));
      expect((await bad.query("SELECT $1::int AS n", [7])).rows[0].n).toBe(7);
    } finally {
      await Promise.all([bad.end(), good.end()]);
    }
  });
});
