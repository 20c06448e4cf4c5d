import pg from "pg";

/**
 * Parses a DATABASE_URL into discrete pg settings. Discrete settings matter: with `connectionString`, pg lets the
 * URL win over an overridden `database`, which once sent "shadow" work to the real database. A `?schema=` parameter
 * selects a PostgreSQL schema (tests give each file its own).
 */
export function parseDatabaseUrl(url: string): { config: pg.PoolConfig; schema: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? "public";
  const sslmode = parsed.searchParams.get("sslmode");
  return {
    schema,
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
