// npm run db:migrate: applies pending migrations to DATABASE_URL (or to the embedded database when it is unset).
import { applyMigrations } from "../prisma/migrate.ts";
import { resolveDatabase } from "../prisma/database.ts";

const database = await resolveDatabase();
try {
  const applied = await applyMigrations({ url: database.url });
  console.info(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
} finally {
  await database.stop();
}
process.exit(0); // the engine leaves a timer pending for ~10 s
