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
  const adapter = new PrismaPg(pool, { schema, disposeExternalPool: true, statementNameGenerator: statementNames(statementCacheSize) });
  const db = new PrismaClient({ adapter });
  Object.defineProperty(db, SCHEMA, { value: schema });
  return db;
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
