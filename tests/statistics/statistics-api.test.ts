// Issue 14 through the API (POST /graphql, the route's own document): on the demo world, plus one organisation with
// enough people that some cells are published, every published figure equals an independent SQL count, every count
// under 5 is hidden; a coach sees only their caseload; other roles and bad periods get typed errors.
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../generated/prisma/client.ts";
import { STATISTICS, type StatisticsData } from "../../app/utils/statistics.server.ts";
import { DEMO_NOW } from "../../prisma/demo-data.ts";
import { createAssignment, createParticipant, createPlacement } from "../../prisma/factories.ts";
import { seedDemoData } from "../../prisma/seed.ts";
import { MIN_PEOPLE } from "../../statistics/suppression.ts";
import { graphqlClient } from "../helpers/graphql.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);
const PERIOD = { from: "2025-10", to: "2026-09" };
const OUTCOME_COLUMNS = ["Arbete", "Arbete med stöd", "Studier", "Annat stöd", "Avslutat"];
const OUTCOME_CODES = ["JOB", "JOB_WITH_SUPPORT", "STUDIES", "OTHER_SUPPORT", "ENDED"];

let admin: string;
let coach: { id: string; cookie: string };
let otherCoach: string;

beforeAll(async () => {
  await seedDemoData(t.db, { now: DEMO_NOW });
  const adminUser = await signedInUser(t.db, ["ADMIN"]);
  const coachUser = await signedInUser(t.db, ["COACH"]);
  admin = adminUser.cookie;
  coach = { id: coachUser.user.id, cookie: coachUser.cookie };
  otherCoach = (await signedInUser(t.db, ["COACH"])).cookie;
  // Karlstad: 14 people at one organisation, 8 to a job, 3 to studies, 3 still there.
  const placement = await createPlacement(t.db, { status: "PUBLISHED", capacity: 20, kommunCode: "1780" });
  for (let i = 0; i < 14; i++) {
    const outcome = i < 8 ? "JOB" : i < 11 ? "STUDIES" : null;
    const participant = await createParticipant(t.db, {
      coachId: coach.id,
      kommunCode: "1780",
      displayName: `Statistikperson ${i}`,
      ...(outcome ? { outcome, outcomeDate: new Date("2026-05-10T00:00:00Z"), stage: outcome === "JOB" ? "EMPLOYED" : "STUDIES" } : {}),
    });
    await createAssignment(t.db, {
      participantId: participant.id,
      placementId: placement.id,
      startDate: new Date("2026-02-02T00:00:00Z"),
      ...(outcome ? { status: "ENDED", endedAt: new Date("2026-05-10T12:00:00Z"), outcome: outcome === "JOB" ? "JOB" : "STUDIES" } : {}),
    });
  }
});

/** Plain SQL on this file's schema (the embedded server ignores the search_path the URL asks for). */
async function independentCount<T>(sql: Prisma.Sql): Promise<T[]> {
  return t.db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL search_path TO "${t.schema}"`);
    return tx.$queryRaw<T[]>(sql);
  });
}

async function statistics(cookie: string, variables: Record<string, string> = PERIOD) {
  return request<{ statistics: StatisticsData }>(STATISTICS, variables, { cookie });
}

function tableOf(data: StatisticsData, key: string) {
  const table = data.tables.find((candidate) => candidate.key === key);
  if (!table) throw new Error(`no table ${key}`);
  return table;
}

/** Every published cell equals the expected count, every expected count under 5 is hidden; returns how many were published. */
function expectMatches(table: ReturnType<typeof tableOf>, expected: Map<string, number[]>): number {
  let published = 0;
  const labels = table.rows.filter((row) => !row.isTotal).map((row) => row.label);
  expect(labels.sort()).toEqual([...expected.keys()].sort());
  for (const row of table.rows) {
    const counts = row.isTotal ? table.columns.map((_, c) => [...expected.values()].reduce((sum, r) => sum + r[c]!, 0)) : expected.get(row.label)!;
    row.cells.forEach((cell, c) => {
      if (counts[c]! < MIN_PEOPLE) expect(cell, `${table.key} ${row.label} ${table.columns[c]}`).toEqual({ value: null, suppressed: true });
      if (!cell.suppressed) {
        expect(cell.value, `${table.key} ${row.label} ${table.columns[c]}`).toBe(counts[c]);
        published++;
      }
    });
  }
  return published;
}

/** Outcomes in the period by a label, counted straight from the participants, with a row total. */
async function outcomeCounts(labelSql: "kommun" | "organization", coachId: string | null): Promise<Map<string, number[]>> {
  const rows =
    labelSql === "kommun"
      ? await independentCount<{ label: string; outcome: string; n: number }>(Prisma.sql`
          SELECT k.name AS label, p.outcome::text AS outcome, count(*)::int AS n
          FROM "Participant" p JOIN "Kommun" k ON k.code = p."kommunCode"
          WHERE p."outcomeDate" >= '2025-10-01' AND p."outcomeDate" < '2026-10-01' AND (${coachId}::text IS NULL OR p."coachId" = ${coachId}::text)
          GROUP BY k.name, p.outcome`)
      : await independentCount<{ label: string; outcome: string; n: number }>(Prisma.sql`
          SELECT coalesce((SELECT o.name FROM "Assignment" a JOIN "Placement" pl ON pl.id = a."placementId" JOIN "Organization" o ON o.id = pl."organizationId"
                           WHERE a."participantId" = p.id AND a."startDate" < '2026-10-01' ORDER BY a."startDate" DESC, a.id DESC LIMIT 1), 'Ingen plats ännu') AS label,
                 p.outcome::text AS outcome, count(*)::int AS n
          FROM "Participant" p
          WHERE p."outcomeDate" >= '2025-10-01' AND p."outcomeDate" < '2026-10-01' AND (${coachId}::text IS NULL OR p."coachId" = ${coachId}::text)
          GROUP BY 1, 2`);
  const table = new Map<string, number[]>();
  for (const row of rows) {
    const counts = table.get(row.label) ?? OUTCOME_CODES.map(() => 0);
    counts[OUTCOME_CODES.indexOf(row.outcome)] = row.n;
    table.set(row.label, counts);
  }
  for (const [label, counts] of table) table.set(label, [...counts, counts.reduce((a, b) => a + b, 0)]);
  return table;
}

describe("statistics through the API", () => {
  it("gives an administrator everyone's outcomes, each published figure equal to an independent SQL count and every count under 5 hidden", async () => {
    const { data, errors } = await statistics(admin);
    expect(errors).toBeUndefined();
    expect(data!.statistics).toMatchObject({ from: "2025-10", to: "2026-09", scope: "ALL" });
    const byKommun = tableOf(data!.statistics, "outcomesByKommun");
    expect(byKommun.columns).toEqual([...OUTCOME_COLUMNS, "Totalt"]);
    expect(expectMatches(byKommun, await outcomeCounts("kommun", null))).toBeGreaterThan(0);
    expect(expectMatches(tableOf(data!.statistics, "outcomesByOrganization"), await outcomeCounts("organization", null))).toBeGreaterThan(0);
    // Karlstad's 3 studies are hidden, and so is at least one more cell of its row, or its total would give them away.
    const karlstad = byKommun.rows.find((row) => row.label === "Karlstad")!;
    expect(karlstad.cells[2]).toEqual({ value: null, suppressed: true });
    expect(karlstad.cells.filter((cell) => cell.suppressed).length).toBeGreaterThan(1);
  });

  it("counts participants started and active per kommun as an independent SQL count does", async () => {
    const { data } = await statistics(admin);
    const rows = await independentCount<{ label: string; started: number; active: number }>(Prisma.sql`
      SELECT k.name AS label,
        count(*) FILTER (WHERE (SELECT min(a."startDate") FROM "Assignment" a WHERE a."participantId" = p.id) BETWEEN '2025-10-01' AND '2026-09-30')::int AS started,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Assignment" a WHERE a."participantId" = p.id AND a."startDate" < '2026-10-01' AND (a."endedAt" IS NULL OR a."endedAt" >= '2025-10-01')))::int AS active
      FROM "Participant" p JOIN "Kommun" k ON k.code = p."kommunCode"
      GROUP BY k.name`);
    const expected = new Map(rows.filter((r) => r.started + r.active > 0).map((r) => [r.label, [r.started, r.active]]));
    expect(expectMatches(tableOf(data!.statistics, "participantsByKommun"), expected)).toBeGreaterThan(0);
  });

  it("gives a coach only their own caseload, and another coach none of it", async () => {
    const own = await statistics(coach.cookie);
    expect(own.errors).toBeUndefined();
    expect(own.data!.statistics.scope).toBe("CASELOAD");
    const byKommun = tableOf(own.data!.statistics, "outcomesByKommun");
    expect(expectMatches(byKommun, await outcomeCounts("kommun", coach.id))).toBeGreaterThan(0);
    expect(byKommun.rows.map((row) => row.label)).toEqual(["Karlstad", "Totalt"]);
    expect(own.data!.statistics.tables.some((table) => table.key === "placements")).toBe(false);

    const other = await statistics(otherCoach);
    expect(tableOf(other.data!.statistics, "outcomesByKommun").rows.map((row) => row.label)).toEqual(["Totalt"]);
  });

  it("refuses a handledare and an organisation member with FORBIDDEN, and an anonymous caller with UNAUTHENTICATED", async () => {
    for (const roles of [["SUPPORT_WORKER"], ["ORG_MEMBER"]] as const) {
      const { cookie } = await signedInUser(t.db, [...roles]);
      const { errors, data } = await statistics(cookie);
      expect(data?.statistics ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const anonymous = await request(STATISTICS, PERIOD);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a period that ends before it starts, or is longer than 24 months, with Swedish field errors", async () => {
    const backwards = await statistics(admin, { from: "2026-05", to: "2026-01" });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_FAILED", fieldErrors: [{ field: "to", message: "Till-månaden kan inte vara före från-månaden." }] });
    const tooLong = await statistics(admin, { from: "2020-01", to: "2026-01" });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_FAILED", fieldErrors: [{ field: "to", message: "Perioden är för lång. Välj högst 24 månader." }] });
    const garbled = await statistics(admin, { from: "2026-13", to: "maj" });
    expect(garbled.errors?.[0]?.extensions?.fieldErrors).toHaveLength(2);
  });
});
