// npm run search:reindex: rebuilds the placement index from PostgreSQL with no downtime (fill placements_next, swap).
import { resolveDatabase } from "../prisma/database.ts";
import { createDb } from "../prisma/db.ts";
import { prismaReindexSource } from "../search/outbox-store.ts";
import { createSearchEngine } from "../search/runtime.ts";
import { ensurePlacementIndex, reindexAll } from "../search/sync.ts";

const engine = createSearchEngine();
if (engine.kind === "embedded") {
  console.info("MEILI_URL is not set: the embedded engine lives inside the app and is rebuilt at every start. Nothing to do.");
  process.exit(0);
}
const database = await resolveDatabase();
const db = createDb(database.url);
try {
  await ensurePlacementIndex(engine);
  const started = Date.now();
  const { indexed } = await reindexAll(prismaReindexSource(db), engine);
  console.info(`reindexed ${indexed} placements in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await db.$disconnect();
  await database.stop();
}
