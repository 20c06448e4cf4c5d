// The demo social enterprise's attendance: two months of days and reports in every state a demo shows (approved,
// returned with the coach's comment, overdue), seeded once with the demo world.
import { describe, expect, it } from "vitest";
import { DEMO_SOCIAL_ENTERPRISE, seedDemoAttendance } from "../../prisma/demo-attendance.ts";
import { seedDemoData } from "../../prisma/seed.ts";
import { graphqlClient } from "../helpers/graphql.ts";
import { sessionCookieFor } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

describe("demo attendance", () => {
  it("shows the demo social enterprise an approved, a returned and an overdue report, and seeds them only once", { timeout: 180_000 }, async () => {
    const now = new Date("2026-11-20T09:00:00Z");
    await seedDemoData(t.db, { now });
    const organization = await t.db.organization.findFirstOrThrow({ where: { name: DEMO_SOCIAL_ENTERPRISE } });
    const member = await t.db.user.findUniqueOrThrow({ where: { email: "socialtforetag@demo.stegvis.se" } });
    const cookie = await sessionCookieFor(t.db, member.id);
    const reports = [];
    for (const month of ["2026-08", "2026-09", "2026-10"]) {
      const result = await request(
        `query($o: ID!, $m: String) { monthlyReports(filter: { organizationId: $o, month: $m }) { month status overdue missingDays totals { attendedMinutes } versions { reviewComment } } }`,
        { o: organization.id, m: month },
        { cookie },
      );
      expect(result.errors).toBeUndefined();
      reports.push(...result.data!.monthlyReports);
    }
    expect(reports.some((r) => r.status === "APPROVED")).toBe(true);
    expect(reports.find((r) => r.status === "RETURNED")?.versions[0].reviewComment).toMatch(/anteckning/);
    expect(reports.some((r) => r.overdue)).toBe(true);
    for (const sent of reports.filter((r) => r.status !== "DRAFT")) expect(sent.missingDays).toEqual([]);
    expect(await seedDemoAttendance(t.db, now)).toEqual({ days: 0, reports: 0, versions: 0 });
  });
});
