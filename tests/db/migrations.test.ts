import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../prisma/db.ts";
import { applyMigrations, createMigration, defaultMigrationsDir, defaultSchemaPath, migrationStatus } from "../../prisma/migrate.ts";
import { loadReferenceData } from "../../prisma/reference-data.ts";
import { seedDemoData } from "../../prisma/seed.ts";
import { createScratchDatabase } from "../setup/scratch.ts";

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let db: Db;
let work: string;

async function rowCounts(client: Db) {
  const [users, organizations, placements, participants, cardChoices, consents] = await Promise.all([
    client.user.count(),
    client.organization.count(),
    client.placement.count(),
    client.participant.count(),
    client.cardChoice.count(),
    client.consent.count(),
  ]);
  return { users, organizations, placements, participants, cardChoices, consents };
}

beforeAll(async () => {
  scratch = await createScratchDatabase();
  await applyMigrations({ url: scratch.url });
  db = createDb(scratch.url);
  await loadReferenceData(db);
  await seedDemoData(db);
  work = mkdtempSync(path.join(tmpdir(), "stegvis-migrations-"));
  cpSync(defaultMigrationsDir, path.join(work, "migrations"), { recursive: true });
});

afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("migrations without the native engine", () => {
  it("records every committed migration with the checksum Prisma's CLI expects", async () => {
    const rows = await db.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const sql = readFileSync(path.join(defaultMigrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
    }
  });

  it("writes nothing when the schema matches the committed migrations", async () => {
    await expect(createMigration({ name: "nothing", migrationsDir: path.join(work, "migrations") })).resolves.toBeNull();
  });

  it("writes a migration for a schema change and applies it to the demo data without losing rows", async () => {
    const before = await rowCounts(db);
    expect(before.placements).toBeGreaterThanOrEqual(60);

    const schemaPath = path.join(work, "schema.prisma");
    const changed = readFileSync(defaultSchemaPath, "utf8").replace(
      "  externalRef         String?",
      '  accessibilityNote   String          @default("")\n  externalRef         String?',
    );
    expect(changed).toContain("accessibilityNote");
    writeFileSync(schemaPath, changed);

    const migrationsDir = path.join(work, "migrations");
    const folder = await createMigration({ name: "add_accessibility_note", migrationsDir, schemaPath });
    expect(folder).toMatch(/^\d{14}_add_accessibility_note$/);
    const sql = readFileSync(path.join(migrationsDir, folder!, "migration.sql"), "utf8");
    expect(sql).toContain('ALTER TABLE "Placement" ADD COLUMN     "accessibilityNote" TEXT NOT NULL DEFAULT');

    await expect(applyMigrations({ url: scratch.url, migrationsDir, schemaPath })).resolves.toEqual([folder]);
    await expect(applyMigrations({ url: scratch.url, migrationsDir, schemaPath })).resolves.toEqual([]);

    expect(await rowCounts(db)).toEqual(before);
    const notes = await db.$queryRawUnsafe<{ accessibilityNote: string }[]>(`SELECT "accessibilityNote" FROM "Placement" LIMIT 3`);
    expect(notes.map((row) => row.accessibilityNote)).toEqual(["", "", ""]);

    const status = await migrationStatus({ url: scratch.url, migrationsDir, schemaPath });
    expect(status.failedMigrationNames).toEqual([]);
    expect(status.editedMigrationNames).toEqual([]);
    expect(status.history).toBeNull();
  });
});
