/**
 * The search outbox and placement rows as PostgreSQL holds them (search → prisma is an allowed dependency).
 * No row locking: the drain is idempotent (re-read, then upsert or remove), so two workers that pick the same
 * entry both write the same document. That keeps this portable to the embedded database.
 */
import { Prisma, type Placement } from "../generated/prisma/client.ts";
import { queryRows, tableOf, type Db } from "../prisma/db.ts";
import type { OutboxLog } from "./outbox-cursor.ts";
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

/**
 * Index rows in one statement (joins and aggregates), not Prisma's includes, which cost a query per relation and
 * build a nested object per row: at 100,000 placements the rebuild at start is most of the start-up (decision 0020).
 * The rows come back as one JSON array (one text value), parsed by JSON.parse: Prisma's per-value conversion of
 * ~20 columns per row was a third of the rebuild's CPU and most of its garbage (decision 0025). Times travel as
 * milliseconds since 1970 (the columns are UTC `timestamp(3)`). `where` is a condition on `p` (the placement); ordered
 * by id.
 */
async function selectIndexRows(
  db: Db,
  where: Prisma.Sql,
  { limit, withRest = false }: { limit?: number; /** Add the placement's other columns as `rest`. */ withRest?: boolean } = {},
): Promise<PlacementIndexRow[]> {
  const table = (name: string) => tableOf(db, name);
  const [result] = await queryRows<{ rows: string }>(db, Prisma.sql`
    SELECT coalesce(json_agg(r ORDER BY r.id), '[]')::text AS rows FROM (
      SELECT p.id, p.title, p.description, p.tasks, nullif(p.requirements, '') AS requirements, p.kind, p.status,
        json_build_object('id', o.id, 'name', o.name, 'kind', o.kind) AS organization,
        p."kommunCode", k.name AS "kommunName", p.latitude, p.longitude, p.weekdays,
        p."hoursPerDayMin", p."hoursPerDayMax", p.capacity,
        (SELECT count(*)::int FROM ${table("Assignment")} a WHERE a."placementId" = p.id AND a.status = 'ACTIVE') AS "activeAssignments",
        ARRAY(SELECT pa."adaptationCode" FROM ${table("PlacementAdaptation")} pa WHERE pa."placementId" = p.id
          ORDER BY pa."adaptationCode") AS "adaptationCodes",
        ARRAY(SELECT pc."occupationCardId" FROM ${table("PlacementOccupationCard")} pc WHERE pc."placementId" = p.id
          ORDER BY pc."occupationCardId") AS "occupationCards",
        extract(epoch FROM p."publishedAt") * 1000 AS "publishedAt", extract(epoch FROM p."confirmedAt") * 1000 AS "confirmedAt",
        extract(epoch FROM p."createdAt") * 1000 AS "createdAt"
        ${withRest ? restColumns : Prisma.empty}
      FROM ${table("Placement")} p
        JOIN ${table("Organization")} o ON o.id = p."organizationId"
        JOIN ${table("Kommun")} k ON k.code = p."kommunCode"
      WHERE ${where}
      ORDER BY p.id
      ${limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}
    ) r`);
  const rows = JSON.parse(result!.rows) as RawIndexRow[];
  const cards = await occupationCardsOf(db, rows);
  for (const row of rows) fromRawIndexRow(row, cards);
  return rows as unknown as PlacementIndexRow[];
}

type OccupationCard = PlacementIndexRow["occupationCards"][number];
const cardsByClient = new WeakMap<Db, Promise<Map<string, OccupationCard>>>();

/**
 * The yrkeskort the rows name, by id. Rows carry card ids only: the cards are reference data (prisma/reference-data.ts
 * writes them at start), read once per client and joined here, not once per row in SQL. At 100,000 placements the
 * join cost PostgreSQL 1.5 s of the start-up's rebuild and made the JSON an eighth larger. A card not seen yet (reference
 * data loaded after the first read) reads them all again.
 */
async function occupationCardsOf(db: Db, rows: RawIndexRow[]): Promise<Map<string, OccupationCard>> {
  const read = () => db.occupationCard.findMany({ select: { id: true, title: true, area: true } }).then((all) => new Map(all.map((c) => [c.id, c])));
  let cards = cardsByClient.get(db);
  if (!cards) cardsByClient.set(db, (cards = read()));
  const known = await cards;
  if (rows.every((row) => (row.occupationCards as string[]).every((id) => known.has(id)))) return known;
  const fresh = read();
  cardsByClient.set(db, fresh);
  return fresh;
}

/** The placement columns an index row leaves out, as `rest` beside it (times in milliseconds, as above). */
const restColumns = Prisma.sql`, json_build_object('requirements', p.requirements, 'address', p.address,
  'earliestStartMinute', p."earliestStartMinute", 'latestEndMinute', p."latestEndMinute",
  'startDate', extract(epoch FROM p."startDate") * 1000, 'endDate', extract(epoch FROM p."endDate") * 1000,
  'mentorName', p."mentorName", 'mentorPhone', p."mentorPhone", 'mentorEmail', p."mentorEmail",
  'externalRef', p."externalRef", 'updatedAt', extract(epoch FROM p."updatedAt") * 1000) AS rest`;

interface RestColumns extends Pick<Placement, "requirements" | "address" | "earliestStartMinute" | "latestEndMinute"> {
  startDate: number | null;
  endDate: number | null;
  mentorName: string;
  mentorPhone: string;
  mentorEmail: string;
  externalRef: string | null;
  updatedAt: number;
}

const dateOrNull = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

/**
 * Placements by id as both the API's rows (what `db.placement.findMany` gives) and index rows, from one statement:
 * the `matches` resolver shows the one and re-checks the other, on every request (issue #17).
 */
export async function loadPlacementsWithIndexRows(db: Db, ids: string[]): Promise<{ placement: Placement; indexRow: PlacementIndexRow }[]> {
  if (ids.length === 0) return [];
  const rows = await selectIndexRows(db, Prisma.sql`p.id IN (${Prisma.join(ids)})`, { withRest: true });
  return rows.map((row) => {
    const { rest, ...indexRow } = row as PlacementIndexRow & { rest: RestColumns };
    const placement: Placement = {
      id: indexRow.id,
      organizationId: indexRow.organization.id,
      kind: indexRow.kind,
      status: indexRow.status,
      title: indexRow.title,
      description: indexRow.description,
      tasks: indexRow.tasks,
      requirements: rest.requirements,
      kommunCode: indexRow.kommunCode,
      address: rest.address,
      latitude: indexRow.latitude,
      longitude: indexRow.longitude,
      weekdays: indexRow.weekdays,
      earliestStartMinute: rest.earliestStartMinute,
      latestEndMinute: rest.latestEndMinute,
      hoursPerDayMin: indexRow.hoursPerDayMin,
      hoursPerDayMax: indexRow.hoursPerDayMax,
      startDate: dateOrNull(rest.startDate),
      endDate: dateOrNull(rest.endDate),
      capacity: indexRow.capacity,
      mentorName: rest.mentorName,
      mentorPhone: rest.mentorPhone,
      mentorEmail: rest.mentorEmail,
      externalRef: rest.externalRef,
      publishedAt: indexRow.publishedAt,
      confirmedAt: indexRow.confirmedAt,
      createdAt: indexRow.createdAt,
      updatedAt: new Date(rest.updatedAt),
    };
    return { placement, indexRow };
  });
}

type RawIndexRow = Omit<PlacementIndexRow, "publishedAt" | "confirmedAt" | "createdAt" | "occupationCards"> & {
  publishedAt: number | Date | null;
  confirmedAt: number | Date | null;
  createdAt: number | Date;
  /** Ids, as SQL gives them; fromRawIndexRow puts the cards in their place. */
  occupationCards: string[] | OccupationCard[];
};

/**
 * Turns the times (milliseconds) into Dates and the card ids into cards, in place: the row is fresh from JSON.parse
 * and nobody else holds it. A card missing from `cards` was deleted since the row was read, and is left out.
 */
function fromRawIndexRow(row: RawIndexRow, cards: Map<string, OccupationCard>): void {
  row.publishedAt = row.publishedAt === null ? null : new Date(row.publishedAt);
  row.confirmedAt = row.confirmedAt === null ? null : new Date(row.confirmedAt);
  row.createdAt = new Date(row.createdAt);
  row.occupationCards = (row.occupationCards as string[]).flatMap((id) => cards.get(id) ?? []);
}

export function loadIndexRows(db: Db, ids: string[]): Promise<PlacementIndexRow[]> {
  return ids.length === 0 ? Promise.resolve([]) : selectIndexRows(db, Prisma.sql`p.id IN (${Prisma.join(ids)})`);
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

/**
 * Every published placement, `pageSize` rows at a time by keyset (id > the last id). `requeue: false` for a source
 * whose caller follows the outbox with a cursor: it reads the changes made during the rebuild anyway.
 */
export function prismaReindexSource(db: Db, { pageSize = 2_000, requeue = true }: { pageSize?: number; requeue?: boolean } = {}): ReindexSource {
  return {
    async *loadAllRows() {
      const pageAfter = (after: string) => selectIndexRows(db, Prisma.sql`p.status = 'PUBLISHED' AND p.id > ${after}`, { limit: pageSize });
      // The next page is read while the caller indexes this one: the database works while this process does.
      let next: Promise<PlacementIndexRow[]> | null = pageAfter("");
      while (next) {
        const page: PlacementIndexRow[] = await next;
        next = page.length === pageSize ? pageAfter(page[page.length - 1]!.id) : null;
        next?.catch(() => {}); // if the caller stops early; otherwise the next await sees the error
        // Let the client send the next query before the caller indexes this page without yielding the event loop.
        for (let turn = 0; next !== null && turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
        if (page.length > 0) yield page;
      }
    },
    ...(requeue ? { requeueChangedSince: (since: Date) => requeueChangedSince(db, since) } : {}),
  };
}

/** The outbox as an append-only log, read by sequence (the bigserial id); see outbox-cursor.ts. */
export function prismaOutboxLog(db: Db): OutboxLog {
  const select = { id: true, placementId: true } as const;
  const toEntry = (row: { id: bigint; placementId: string }) => ({ seq: row.id, placementId: row.placementId });
  return {
    async startingSeq(windowMs) {
      const outbox = tableOf(db, "SearchOutbox");
      const [row] = await db.$queryRaw<{ seq: bigint }[]>`
        SELECT coalesce(
          (SELECT max(id) FROM ${outbox} WHERE "createdAt" < now() - make_interval(secs => ${windowMs / 1000})),
          (SELECT min(id) - 1 FROM ${outbox}),
          0)::bigint AS seq`;
      return BigInt(row!.seq);
    },
    async readAfter(seq, limit) {
      return (await db.searchOutbox.findMany({ where: { id: { gt: seq } }, orderBy: { id: "asc" }, take: limit, select })).map(toEntry);
    },
    async readSeqs(seqs) {
      return (await db.searchOutbox.findMany({ where: { id: { in: seqs } }, orderBy: { id: "asc" }, select })).map(toEntry);
    },
    loadRows: (placementIds) => loadIndexRows(db, placementIds),
    async pruneCreatedBefore(before) {
      return (await db.searchOutbox.deleteMany({ where: { createdAt: { lt: before } } })).count;
    },
  };
}

async function requeueChangedSince(db: Db, since: Date): Promise<void> {
  const changed = await db.searchOutbox.findMany({ where: { createdAt: { gte: since } }, select: { placementId: true }, distinct: ["placementId"] });
  if (changed.length) await db.searchOutbox.createMany({ data: changed.map(({ placementId }) => ({ placementId })) });
}
