import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { parseDatabaseUrl } from "./connection.ts";

export type Db = PrismaClient;
export { PrismaClient };

/** A PrismaClient over node-postgres for `url` (a `?schema=` parameter selects the PostgreSQL schema). */
export function createDb(url: string): Db {
  const { config, schema } = parseDatabaseUrl(url);
  const pool = new pg.Pool({ ...config, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return new PrismaClient({ adapter: new PrismaPg(pool, { schema, disposeExternalPool: true }) });
}

const DB_KEY = Symbol.for("stegvis.db");
type Holder = { [DB_KEY]?: Db };

/**
 * The process's one client. Kept on globalThis because the Remix server build and the start script load separate
 * copies of this module; both must share one pool.
 */
export function getDb(): Db {
  const holder = globalThis as Holder;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (scripts/start.ts sets it to the embedded database)");
  return (holder[DB_KEY] ??= createDb(url));
}
