/**
 * The search outbox and placement rows as PostgreSQL holds them (search → prisma is an allowed dependency).
 * No row locking: the drain is idempotent (re-read, then upsert or remove), so two workers that pick the same
 * entry both write the same document. That keeps this plain Prisma, portable to the embedded database.
 */
import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../prisma/db.ts";
import type { PlacementIndexRow } from "./placements.ts";
import type { OutboxStore, ReindexSource } from "./sync.ts";

const rowInclude = {
  organization: { select: { id: true, name: true, kind: true } },
  kommun: { select: { name: true } },
  adaptations: { select: { adaptationCode: true } },
  occupationCards: { select: { occupationCard: { select: { id: true, title: true, area: true } } } },
  _count: { select: { assignments: { where: { status: "ACTIVE" } } } },
} satisfies Prisma.PlacementInclude;

export type PlacementWithIndexData = Prisma.PlacementGetPayload<{ include: typeof rowInclude }>;

export function toIndexRow(placement: PlacementWithIndexData): PlacementIndexRow {
  return {
    id: placement.id,
    title: placement.title,
    description: placement.description,
    tasks: placement.tasks,
    requirements: placement.requirements || null,
    kind: placement.kind,
    status: placement.status,
    organization: placement.organization,
    kommunCode: placement.kommunCode,
    kommunName: placement.kommun.name,
    latitude: placement.latitude,
    longitude: placement.longitude,
    weekdays: placement.weekdays,
    hoursPerDayMin: placement.hoursPerDayMin,
    hoursPerDayMax: placement.hoursPerDayMax,
    capacity: placement.capacity,
    activeAssignments: placement._count.assignments,
    adaptationCodes: placement.adaptations.map((a) => a.adaptationCode),
    occupationCards: placement.occupationCards.map((c) => c.occupationCard),
    publishedAt: placement.publishedAt,
    confirmedAt: placement.confirmedAt,
    createdAt: placement.createdAt,
  };
}

/** Whole placement rows with what their search documents need; `toIndexRow` turns one into an index row. */
export function findIndexedPlacements(db: Db, ids: string[]): Promise<PlacementWithIndexData[]> {
  return ids.length === 0 ? Promise.resolve([]) : db.placement.findMany({ where: { id: { in: ids } }, include: rowInclude });
}

export async function loadIndexRows(db: Db, ids: string[]): Promise<PlacementIndexRow[]> {
  return (await findIndexedPlacements(db, ids)).map(toIndexRow);
}

export function prismaOutboxStore(db: Db): OutboxStore {
  return {
    async claimBatch(limit) {
      const entries = await db.searchOutbox.findMany({
        where: { processedAt: null, nextAttemptAt: { lte: new Date() } },
        orderBy: { id: "asc" },
        take: limit,
      });
      return entries.map((entry) => ({ id: entry.id.toString(), placementId: entry.placementId, attempts: entry.attempts }));
    },
    loadRows: (placementIds) => loadIndexRows(db, placementIds),
    async markDone(entryIds) {
      await db.searchOutbox.updateMany({ where: { id: { in: entryIds.map(BigInt) } }, data: { processedAt: new Date(), lastError: null } });
    },
    async markFailed(entryIds, error, nextAttemptAt) {
      await db.searchOutbox.updateMany({
        where: { id: { in: entryIds.map(BigInt) } },
        data: { attempts: { increment: 1 }, lastError: error.slice(0, 2000), nextAttemptAt },
      });
    },
    async pruneProcessed(before) {
      return (await db.searchOutbox.deleteMany({ where: { processedAt: { lt: before } } })).count;
    },
  };
}

export function prismaReindexSource(db: Db, pageSize = 1_000): ReindexSource {
  return {
    async *loadAllRows() {
      let cursor: string | undefined;
      for (;;) {
        const page = await db.placement.findMany({
          where: { status: "PUBLISHED" },
          include: rowInclude,
          orderBy: { id: "asc" },
          take: pageSize,
          ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        });
        if (page.length === 0) return;
        yield page.map(toIndexRow);
        cursor = page[page.length - 1]!.id;
      }
    },
    async requeueChangedSince(since) {
      const changed = await db.searchOutbox.findMany({ where: { createdAt: { gte: since } }, select: { placementId: true }, distinct: ["placementId"] });
      if (changed.length) await db.searchOutbox.createMany({ data: changed.map(({ placementId }) => ({ placementId })) });
    },
  };
}
