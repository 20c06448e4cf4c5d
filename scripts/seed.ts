// npm run db:seed: loads reference data, then demo data, into DATABASE_URL (or the embedded database when it is
// unset) and prints counts. Never in production. (Not in prisma/seed.ts: the server build bundles that module, and a
// "run me when I am the entry script" check is true for every module of a bundle.)
import { resolveDatabase } from "../prisma/database.ts";
import { createDb } from "../prisma/db.ts";
import { DEMO_ADMIN_EMAIL } from "../prisma/demo-data.ts";
import { loadReferenceData } from "../prisma/reference-data.ts";
import { assertNotProduction, seedDemoData } from "../prisma/seed.ts";

assertNotProduction();
const database = await resolveDatabase();
const db = createDb(database.url);
try {
  const started = performance.now();
  const reference = await loadReferenceData(db);
  console.info("reference data:", JSON.stringify(reference));
  const result = await seedDemoData(db);
  if (result.seeded) {
    console.info("demo data seeded:");
    console.table(result.counts);
  } else console.info(`demo data already present (${DEMO_ADMIN_EMAIL} exists); nothing seeded`);
  console.info(`done in ${Math.round(performance.now() - started)} ms`);
} finally {
  await db.$disconnect();
  await database.stop();
}
