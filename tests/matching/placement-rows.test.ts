/**
 * The `matches` resolver reads each ranked placement once, as the API's row and as an index row (issue #17: one
 * statement less per request). Both must be exactly what the two reads it replaces gave: Prisma's own row
 * (`db.placement.findMany`) and `toIndexRow` over Prisma's includes.
 */
import { describe, expect, it } from "vitest";
import { createAssignment, createParticipant, createPlacement } from "../../prisma/factories.ts";
import { findIndexedPlacements, loadIndexRows, loadPlacementsWithIndexRows, toIndexRow } from "../../search/outbox-store.ts";
import type { PlacementIndexRow } from "../../search/placements.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();

describe("one read of a placement for matching", () => {
  it("gives Prisma's row and the index row, with every kind of column value", async () => {
    const cards = (await t.db.occupationCard.findMany({ orderBy: { sortOrder: "asc" }, take: 2 })).map((card) => card.id);
    // Every nullable column set in one placement and unset in the other; times with milliseconds; an empty
    // requirements text (the index row has null, the API's row "").
    const full = await createPlacement(t.db, {
      status: "PUBLISHED",
      title: "Café Kvarnen",
      tasks: ["Baka bröd", "Duka av"],
      requirements: "Kunna stå i två timmar",
      address: "Storgatan 1",
      latitude: 61.348123456789,
      longitude: 16.394987654321,
      weekdays: ["MON", "WED"],
      earliestStartMinute: 540,
      latestEndMinute: 900,
      hoursPerDayMin: 2.5,
      hoursPerDayMax: 3.75,
      startDate: new Date("2027-01-11T00:00:00Z"),
      endDate: new Date("2027-06-30T00:00:00Z"),
      capacity: 3,
      mentorName: "Eva",
      mentorPhone: "070-123 45 67",
      mentorEmail: "eva@example.se",
      externalRef: "K-17",
      publishedAt: new Date("2026-11-02T09:15:30.123Z"),
      confirmedAt: new Date("2026-11-20T14:00:00.456Z"),
      adaptationCodes: ["QUIET_ENVIRONMENT", "FLEXIBLE_HOURS"],
      occupationCardIds: cards,
    });
    const bare = await createPlacement(t.db, { status: "DRAFT", requirements: "", startDate: null, endDate: null, externalRef: null });
    const coach = await signedInUser(t.db, ["COACH"]);
    const participant = await createParticipant(t.db, { coachId: coach.user.id });
    await createAssignment(t.db, { participantId: participant.id, placementId: full.id, status: "ACTIVE", startDate: new Date("2026-11-02T00:00:00Z") });

    const ids = [bare.id, full.id];
    const read = await loadPlacementsWithIndexRows(t.db, ids);
    const byId = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

    expect(byId(read.map((row) => row.placement))).toStrictEqual(byId(await t.db.placement.findMany({ where: { id: { in: ids } } })));
    // Prisma's includes come in no set order; the one statement sorts cards by id and adaptations by code.
    const ordered = (row: PlacementIndexRow) => ({
      ...row,
      adaptationCodes: [...row.adaptationCodes].sort(),
      occupationCards: [...row.occupationCards].sort((a, b) => (a.id < b.id ? -1 : 1)),
    });
    const indexRows = byId(read.map((row) => row.indexRow));
    expect(indexRows).toStrictEqual(byId((await findIndexedPlacements(t.db, ids)).map(toIndexRow)).map(ordered));
    expect(indexRows.find((row) => row.id === full.id)).toMatchObject({ activeAssignments: 1, requirements: "Kunna stå i två timmar" });
    expect(read.find((row) => row.placement.id === bare.id)?.indexRow.requirements).toBeNull();
    expect(await loadPlacementsWithIndexRows(t.db, [])).toEqual([]);
  });

  it("names a yrkeskort added after the cards were first read (rows carry card ids; the cards are read once per client)", async () => {
    const first = await createPlacement(t.db, { status: "PUBLISHED", occupationCardIds: [(await t.db.occupationCard.findFirstOrThrow()).id] });
    expect((await loadIndexRows(t.db, [first.id]))[0]!.occupationCards).toHaveLength(1);
    const card = await t.db.occupationCard.create({
      data: { id: "ny-yrkeskort-i-test", title: "Nytt yrke", area: "Nytt område", description: "Ett nytt kort.", sortOrder: 999 },
    });
    const later = await createPlacement(t.db, { status: "PUBLISHED", occupationCardIds: [card.id] });
    const [row] = await loadIndexRows(t.db, [later.id]);
    expect(row!.occupationCards).toEqual([{ id: card.id, title: "Nytt yrke", area: "Nytt område" }]);
  });
});
