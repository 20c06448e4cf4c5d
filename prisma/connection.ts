import pg from "pg";

/** Prepared statements per connection unless the URL says otherwise (see parseDatabaseUrl). */
export const DEFAULT_STATEMENT_CACHE_SIZE = 500;

/**
 * Parses a DATABASE_URL into discrete pg settings. Discrete settings matter: with `connectionString`, pg lets the
 * URL win over an overridden `database`, which once sent "shadow" work to the real database. A `?schema=` parameter
 * selects a PostgreSQL schema (tests give each file its own). `?statement_cache_size=N` (Prisma's old name for it)
 * bounds the prepared statements a client keeps per connection; 0 turns them off, as a server that shares one backend
 * among connections needs (the embedded PGlite socket, PgBouncer in transaction mode).
 */
export function parseDatabaseUrl(url: string): { config: pg.PoolConfig; schema: string; statementCacheSize: number } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? "public";
  const cacheSize = parsed.searchParams.get("statement_cache_size");
  const statementCacheSize = cacheSize === null ? DEFAULT_STATEMENT_CACHE_SIZE : Number(cacheSize);
  if (!Number.isSafeInteger(statementCacheSize) || statementCacheSize < 0) {
    throw new Error(`DATABASE_URL: statement_cache_size must be a whole number from 0, not "${cacheSize}"`);
  }
  const sslmode = parsed.searchParams.get("sslmode");
  return {
    schema,
    statementCacheSize,
    config: {
      host: decodeURIComponent(parsed.hostname),
      port: parsed.port ? Number(parsed.port) : 5432,
      user: decodeURIComponent(parsed.username) || undefined,
      password: decodeURIComponent(parsed.password) || undefined,
      database: decodeURIComponent(parsed.pathname.slice(1)) || undefined,
      ssl: sslmode === "require" ? { rejectUnauthorized: false } : undefined,
      options: schema === "public" ? undefined : `-c search_path="${schema}"`,
    },
  };
}

export function withSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("schema", schema);
  return parsed.toString();
}
