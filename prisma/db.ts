import { createHash } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { parseDatabaseUrl } from "./connection.ts";

export type Db = PrismaClient;
export { PrismaClient };

/**
 * PostgreSQL cancels any statement of the app's that runs longer than this, so one pathological query cannot hold a
 * connection (and, with the pool full, every request) for minutes. The app's queries take milliseconds.
 * The embedded PGlite has no such guard (measured): pglite-socket ignores startup parameters, and even an explicit
 * SET statement_timeout is never enforced, because its backend runs on this process's own thread, where no timer
 * fires while a statement runs. There, bounded inputs (graphql/input-limits.ts) and query shapes are the guard.
 */
export const STATEMENT_TIMEOUT_MS = Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 10_000);

/** A PrismaClient over node-postgres for `url` (a `?schema=` parameter selects the PostgreSQL schema). */
export function createDb(
  url: string,
  {
    statementTimeoutMs = STATEMENT_TIMEOUT_MS,
    poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10),
    onConnect,
  }: {
    statementTimeoutMs?: number;
    poolSize?: number;
    /** Called with every connection the pool opens (a test counts the statements it sends). */
    onConnect?: (client: pg.PoolClient) => void;
  } = {},
): Db {
  const { config, schema, statementCacheSize } = parseDatabaseUrl(url);
  const pool = new pg.Pool({
    ...config,
    max: poolSize,
    // A startup parameter: it holds for every connection the pool opens, inside transactions too.
    statement_timeout: statementTimeoutMs,
  });
  if (onConnect) pool.on("connect", onConnect);
  const statementNameGenerator = statementNames(statementCacheSize);
  const adapter = new PrismaPg(pool, { schema, disposeExternalPool: true, statementNameGenerator });
  const db = new PrismaClient({ adapter });
  Object.defineProperty(db, SCHEMA, { value: schema });
  directPools.set(db, { pool, name: statementNameGenerator });
  return db;
}

interface DirectPool {
  pool: pg.Pool;
  name: (query: { sql: string }) => string;
}
/**
 * Keyed by the client object itself, not kept on it: Prisma copies a client's own properties onto each interactive
 * transaction's client, and a statement meant for the transaction must not run on the pool beside it.
 */
const directPools = new WeakMap<Db, DirectPool>();

/**
 * Runs one raw statement on `db`'s own node-postgres pool, past Prisma's request path: for the few statements every
 * request runs (the viewer, the match profile, the ranked rows, one access-log row). Prisma adds about 0.1 ms of CPU
 * per raw statement on top of node-postgres's 0.06 ms (a `SELECT 1`, measured alone), and on two cores the app's main
 * thread is what `matches` waits for (decision 0027). The same pool, the same prepared statement names and the same
 * statement timeout as Prisma's own queries. A client that is not createDb's (a transaction's, a test's wrapper) runs
 * it through Prisma as before.
 *
 * Dates are sent as UTC, as Prisma sends them (node-postgres would send local time, which a `timestamp` column takes
 * as is). Rows come back as node-postgres parses them, so select text, numbers, booleans and arrays of those: a
 * `timestamp` column would come back read as local time (select `extract(epoch …)` instead), a bigint as a string.
 */
export async function queryRows<T>(db: Db, query: Prisma.Sql): Promise<T[]> {
  const direct = directPools.get(db);
  if (!direct) return db.$queryRaw<T[]>(query);
  const text = query.text;
  const values = query.values.map((value) => (value instanceof Date ? value.toISOString() : value));
  const { rows } = await direct.pool.query({ name: direct.name({ sql: text }) || undefined, text, values });
  return rows as T[];
}

/**
 * Names for prepared statements, so that node-postgres parses each distinct statement once per connection and
 * PostgreSQL may reuse its plan: unnamed, every statement was parsed and planned afresh, a third of the database's
 * CPU time per `matches` request (issue #17). The name is a digest of the text, so one text has one name. At most
 * `limit` texts are named (the URL's statement_cache_size): statements whose text grows with a list (`IN ($1, $2, …)`)
 * could otherwise fill every connection's memory on the server, as node-postgres never deallocates. Those past the
 * limit run unnamed, as before.
 */
export function statementNames(limit: number): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined && names.size < limit) {
      name = `stegvis_${createHash("sha1").update(sql).digest("base64url")}`;
      names.set(sql, name);
    }
    return name ?? ""; // past the limit: node-postgres sends a statement named "" unnamed
  };
}

/** Kept on the client itself (not in a WeakMap keyed by it), so a wrapper such as a test's Proxy still answers. */
const SCHEMA = Symbol("stegvis.db.schema");

/**
 * The PostgreSQL schema `db` works in, for raw SQL: the embedded server ignores the connection's search_path, so raw
 * queries name the schema as Prisma's own queries do. "public" for a client createDb did not make.
 */
export function schemaOf(db: Db): string {
  return (db as Db & { [SCHEMA]?: string })[SCHEMA] ?? "public";
}

/** A table of `db`'s schema for raw SQL, quoted as Prisma quotes it: "schema"."Name". */
export function tableOf(db: Db, name: string): Prisma.Sql {
  return Prisma.raw(`"${schemaOf(db).replaceAll('"', '""')}"."${name.replaceAll('"', '""')}"`);
}

const DB_KEY = Symbol.for("stegvis.db");
type Holder = { [DB_KEY]?: Db };

/**
 * The process's one client. Kept on globalThis, so that a process loading this module twice still has one pool: the
 * server is one bundle now (decision 0025), but a script run through tsx next to a build would not be.
 */
export function getDb(): Db {
  const holder = globalThis as Holder;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (scripts/start.ts sets it to the embedded database)");
  return (holder[DB_KEY] ??= createDb(url));
}
