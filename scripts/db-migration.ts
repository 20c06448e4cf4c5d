// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql from schema changes.
import { createMigration } from "../prisma/migrate.ts";

const name = process.argv[2];
if (!name) {
  console.error("usage: npm run db:migration -- <snake_case_name>");
  process.exit(2);
}
const folder = await createMigration({ name });
console.info(folder ? `wrote prisma/migrations/${folder}/migration.sql` : "no schema changes: nothing written");
process.exit(0); // the engine leaves a timer pending for ~10 s
