/**
 * npm run demo:dump [-- --now 2026-09-01T08:00:00Z] > world.json
 *
 * Seeds a fresh in-memory embedded PostgreSQL the way `npm start` does (migrations, reference data, then the demo
 * data dated from `--now`, default DEMO_NOW) and prints every table's rows in a stable, id-independent form, so two
 * versions of the demo data can be compared with `diff`:
 * - generated ids are replaced by natural keys (a user's email, an organisation's name, a participant's code, a
 *   placement's organisation and title, …), in the row's own `id` and in every foreign key that points at it;
 * - timestamps the database filled in while seeding (`@default(now())`, `@updatedAt`) become "<seeded>": they follow
 *   the wall clock, not the injected `now`; every date the demo data sets itself is kept as it is;
 * - password hashes (salted) become "argon2id(<the demo password>)" when they verify against it;
 * - rows are sorted, tables are in name order.
 * A key that is not unique stops the dump: two rows must never fold into one.
 * With `--ids` the ids stay as they are (everything else is normalised the same way), to see whether a change kept them.
 */
import { pathToFileURL } from "node:url";
import pg from "pg";
import { parseDatabaseUrl } from "../prisma/connection.ts";
import { createDb } from "../prisma/db.ts";
import { DEMO_NOW, DEMO_PASSWORD } from "../prisma/demo-data.ts";
import { startEmbeddedPostgres } from "../prisma/embedded.ts";
import { applyMigrations } from "../prisma/migrate.ts";
import { verifyPassword } from "../prisma/password.ts";
import { loadReferenceData } from "../prisma/reference-data.ts";
import { seedDemoData } from "../prisma/seed.ts";

type Row = Record<string, unknown>;
export type DemoDump = Record<string, Row[]>;

/** The columns (foreign keys already replaced by keys) that name a row of a table whose id is generated. */
const NATURAL_KEYS: Record<string, string[]> = {
  User: ["email"],
  Organization: ["name"],
  Membership: ["userId", "organizationId"],
  Placement: ["organizationId", "title"],
  Participant: ["code"],
  CardSortSession: ["participantId", "startedAt"],
  CardChoice: ["sessionId", "occupationCardId"],
  Consent: ["participantId", "scope", "givenAt"],
  Proposal: ["participantId", "placementId", "createdAt"],
  ProposalEvent: ["proposalId", "toStatus", "createdAt"],
  Assignment: ["participantId", "placementId", "startDate"],
  FollowUp: ["participantId", "date"],
  ProgressRating: ["followUpId", "area"],
  AttendanceDay: ["assignmentId", "date"],
  MonthlyReport: ["assignmentId", "month"],
  MonthlyReportVersion: ["reportId", "version"],
  CoachHandover: ["participantId", "createdAt"],
};

/** Columns that hold another row's id without a foreign key (the outbox outlives the placements it names). */
const SOFT_REFERENCES: ForeignKey[] = [{ table: "SearchOutbox", column: "placementId", references: "Placement" }];

/** Tables whose id is meaningful data (reference codes, slugs), kept as it is. */
const KEPT_IDS = new Set(["Kommun", "OccupationCard", "Adaptation"]);

interface ForeignKey {
  table: string;
  column: string;
  references: string;
}

interface DumpOptions {
  now?: Date;
  keepIds?: boolean;
}

/** Dumps the demo world of a fresh in-memory embedded database, migrated as `npm start` migrates its own. */
export async function dumpDemoWorld(options: DumpOptions = {}): Promise<DemoDump> {
  const embedded = await startEmbeddedPostgres();
  try {
    await applyMigrations({ url: embedded.url });
    return await seedAndDump(embedded.url, options);
  } finally {
    await embedded.stop();
  }
}

/**
 * Loads the reference and demo data into a migrated database with no demo data yet and dumps it; a `?schema=`
 * parameter of `url` selects the PostgreSQL schema (the tests give each file its own).
 */
export async function seedAndDump(url: string, options: DumpOptions = {}): Promise<DemoDump> {
  const db = createDb(url);
  const { config, schema } = parseDatabaseUrl(url);
  const client = new pg.Client(config);
  try {
    await loadReferenceData(db);
    const seedingFrom = Date.now();
    const result = await seedDemoData(db, { now: options.now ?? DEMO_NOW });
    const seedingTo = Date.now();
    if (!result.seeded) throw new Error("the database already had demo data");
    await client.connect();
    return await readTables(client, schema, { from: seedingFrom - 1000, to: seedingTo + 1000 }, options.keepIds ?? false);
  } finally {
    await client.end().catch(() => {});
    await db.$disconnect();
  }
}

/** Every table of `schema` but the migration history; names qualified, since the embedded server ignores search_path. */
async function readTables(client: pg.Client, schema: string, seeding: { from: number; to: number }, keepIds: boolean): Promise<DemoDump> {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = $1 AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
      [schema],
    )
  ).rows.map((r) => r.name);
  const foreignKeys = (
    await client.query<ForeignKey>(
      `SELECT t.relname AS table, a.attname AS column, r.relname AS references
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       JOIN pg_class r ON r.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = c.connamespace
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
       WHERE c.contype = 'f' AND n.nspname = $1`,
      [schema],
    )
  ).rows.concat(SOFT_REFERENCES);

  const raw = new Map<string, Row[]>();
  for (const table of tables) {
    raw.set(table, (await client.query<{ row: Row }>(`SELECT row_to_json(t) AS row FROM "${schema}"."${table}" t`)).rows.map((r) => r.row));
  }

  const hashes = new Map<string, string>();
  const normalise = async (column: string, value: unknown): Promise<unknown> => {
    if (column === "passwordHash" && typeof value === "string") {
      if (!hashes.has(value)) hashes.set(value, (await verifyPassword(value, DEMO_PASSWORD)) ? `argon2id(${DEMO_PASSWORD})` : "<another password>");
      return hashes.get(value);
    }
    if (typeof value === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) {
      const at = Date.parse(`${value}Z`);
      if (at >= seeding.from && at <= seeding.to) return "<seeded>";
    }
    return value;
  };

  // Tables in dependency order, so every referenced row has its key before the rows that point at it.
  const keys = new Map<string, Map<unknown, string>>(); // table → id → natural key
  const dump: DemoDump = {};
  const pending = [...tables];
  while (pending.length) {
    const ready = pending.findIndex((table) =>
      foreignKeys.every((fk) => fk.table !== table || fk.references === table || !pending.includes(fk.references)),
    );
    if (ready < 0) throw new Error(`foreign keys form a cycle among ${pending.join(", ")}`);
    const [table] = pending.splice(ready, 1);
    const rows: Row[] = [];
    const tableKeys = new Map<unknown, string>();
    for (const original of raw.get(table)!) {
      const row: Row = {};
      for (const [column, value] of Object.entries(original)) {
        const fk = keepIds ? undefined : foreignKeys.find((f) => f.table === table && f.column === column);
        row[column] = fk && value !== null ? keyOf(keys, fk.references, value) : await normalise(column, value);
      }
      if (!keepIds && !KEPT_IDS.has(table) && "id" in row) {
        const { id, ...rest } = row;
        const key = NATURAL_KEYS[table] ? NATURAL_KEYS[table].map((column) => String(rest[column])).join(" / ") : JSON.stringify(rest);
        if ([...tableKeys.values()].includes(key)) throw new Error(`${table}: two rows share the key ${key}`);
        tableKeys.set(id, key);
        rows.push(rest);
      } else rows.push(row);
    }
    keys.set(table, tableKeys);
    dump[table] = rows.map((row) => JSON.stringify(row)).sort().map((text) => JSON.parse(text) as Row);
  }
  return Object.fromEntries(Object.entries(dump).sort(([a], [b]) => a.localeCompare(b)));
}

function keyOf(keys: Map<string, Map<unknown, string>>, table: string, id: unknown): unknown {
  if (KEPT_IDS.has(table)) return id;
  const key = keys.get(table)?.get(id);
  if (key === undefined) throw new Error(`no ${table} row with id ${String(id)}`);
  return key;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf("--now");
  const now = at > 0 ? new Date(process.argv[at + 1]) : undefined;
  if (now && Number.isNaN(now.getTime())) throw new Error(`--now: not a moment: ${process.argv[at + 1]}`);
  const keepIds = process.argv.includes("--ids");
  process.stdout.write(`${JSON.stringify(await dumpDemoWorld({ now, keepIds }), null, 1)}\n`);
  // the migration engine leaves a timer running (PLATFORM.md)
  process.exit(0);
}
