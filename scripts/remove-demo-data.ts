// npm run db:remove-demo: removes the demo data (accounts with the public password, demo organisations, placements
// and participants) from DATABASE_URL, or from the embedded database when it is unset. For a database that is to
// serve production after it once ran without NODE_ENV=production; production refuses to start until this is done.
import { resolveDatabase } from "../prisma/database.ts";
import { createDb } from "../prisma/db.ts";
import { demoAccounts, removeDemoData } from "../prisma/demo-removal.ts";

const database = await resolveDatabase();
const db = createDb(database.url);
try {
  if (!(await demoAccounts(db)).length) {
    console.info("no demo accounts here: nothing to remove");
  } else {
    const removed = await removeDemoData(db);
    console.info(
      `removed ${removed.accounts} demo accounts, ${removed.organizations} organisations with ${removed.placements} placements, ` +
        `and ${removed.participants} participants`,
    );
  }
} catch (error) {
  console.error("The demo data could not be removed, and nothing was removed:", error instanceof Error ? error.message : error);
  console.error("If real data refers to it, give production a new, empty database instead.");
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
