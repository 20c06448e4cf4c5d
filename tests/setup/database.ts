import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { parseDatabaseUrl, withSchema } from "../../prisma/connection.ts";
import { createDb, type Db } from "../../prisma/db.ts";
import { defaultMigrationsDir } from "../../prisma/migrate.ts";
import { loadReferenceData } from "../../prisma/reference-data.ts";

export interface TestDatabase {
  db: Db;
  url: string;
  schema: string;
}

function migrationSql(): string {
  return readdirSync(defaultMigrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(defaultMigrationsDir, name, "migration.sql"), "utf8"))
    .join("\n;\n");
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client(parseDatabaseUrl(inject("databaseUrl")).config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh PostgreSQL schema with every committed migration and the reference data, for one test file.
 * SET LOCAL inside one transaction: the embedded server multiplexes one backend, so a session-wide search_path
 * would leak into other test files' connections.
 */
export async function createTestDatabase(): Promise<TestDatabase & { drop(): Promise<void> }> {
  const schema = `test_${process.env.VITEST_POOL_ID ?? "0"}_${randomBytes(4).toString("hex")}`;
  await adminQuery(`BEGIN; CREATE SCHEMA "${schema}"; SET LOCAL search_path TO "${schema}";\n${migrationSql()};\nCOMMIT;`);
  const url = withSchema(inject("databaseUrl"), schema);
  const db = createDb(url);
  await loadReferenceData(db);
  return {
    db,
    url,
    schema,
    async drop() {
      await db.$disconnect();
      await adminQuery(`DROP SCHEMA "${schema}" CASCADE`);
    },
  };
}

/** Registers a fresh database for the calling test file; read `.db` inside tests and hooks. */
export function useTestDatabase(): TestDatabase {
  const holder = {} as TestDatabase;
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const created = await createTestDatabase();
    Object.assign(holder, { db: created.db, url: created.url, schema: created.schema });
    drop = created.drop;
  });
  afterAll(() => drop());
  return holder;
}
