// Acceptance 2: killing the app process (SIGKILL) in the middle of a submit leaves the report either fully submitted or
// untouched, never half. The real app (scripts/start.ts) runs against a scratch PostgreSQL that lives outside it; a
// submit is paused inside its transaction by a test-only hook (STEGVIS_TEST_PAUSE_IN_SUBMIT_MS, honoured outside
// production only; graphql/schema/monthly-report.ts), after the report's row was moved to SUBMITTED and before the
// version and the audit row are written. The app prints a line when it pauses; the test kills it then and reads the
// database. A second submit, on a second app without the hook, goes through whole.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../prisma/db.ts";
import { APP_START_LIMIT_MS, startAppServer, type AppServer } from "../helpers/app-server.ts";
import { createScratchDatabase } from "../setup/scratch.ts";
import { fillMonth, placedParticipant, type Placed } from "./helpers.ts";

const MONTH = "2026-10";
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let db: Db;
let app: AppServer | undefined;

afterAll(async () => {
  await app?.stop();
  await db?.$disconnect();
  await scratch?.drop();
});

async function submit(server: AppServer, p: Placed): Promise<Response> {
  return fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: p.member.cookie },
    body: JSON.stringify({
      query: `mutation($id: ID!) { submitMonthlyReport(input: { reportId: $id, comment: "Det går bra." }) { status } }`,
      variables: { id: `${p.assignmentId}:${MONTH}` },
    }),
  });
}

async function stateOf(p: Placed) {
  const report = await db.monthlyReport.findFirstOrThrow({ where: { assignmentId: p.assignmentId }, include: { versions: true } });
  const audit = await db.auditEvent.count({ where: { entity: "MonthlyReport", action: "UPDATE", participantId: p.participantId } });
  return { status: report.status, submittedAt: report.submittedAt !== null, comment: report.comment, versions: report.versions.length, audit };
}

describe("a submit killed half-way", () => {
  let p: Placed;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    // The app applies the migrations (and the demo data) on its first start; the participant is written after.
    app = await startAppServer({ databaseUrl: scratch.url, env: { STEGVIS_TEST_PAUSE_IN_SUBMIT_MS: "120000" } });
    db = createDb(scratch.url);
    p = await placedParticipant(db, { displayName: "Kim" });
    await fillMonth(db, p.assignmentId, MONTH);
  }, APP_START_LIMIT_MS + 60_000);

  it("leaves the report untouched when the process dies inside the transaction, and a later submit completes it", { timeout: 2 * APP_START_LIMIT_MS }, async () => {
    const before = await stateOf(p);
    expect(before).toEqual({ status: "DRAFT", submittedAt: false, comment: "", versions: 0, audit: 0 });
    const pending = submit(app!, p).catch((error: Error) => error);
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (app!.output().includes("test hook: submit paused inside its transaction")) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    process.kill(app!.pid, "SIGKILL");
    expect(await pending).toBeInstanceOf(Error); // the connection died with the process
    await app!.stop();
    app = undefined;

    expect(await stateOf(p)).toEqual(before);

    app = await startAppServer({ databaseUrl: scratch.url });
    const response = await submit(app, p);
    expect(await response.json()).toEqual({ data: { submitMonthlyReport: { status: "SUBMITTED" } } });
    expect(await stateOf(p)).toEqual({ status: "SUBMITTED", submittedAt: true, comment: "Det går bra.", versions: 1, audit: 1 });
  });
});
