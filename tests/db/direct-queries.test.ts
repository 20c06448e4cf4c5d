/**
 * queryRows (prisma/db.ts) runs the statements every request runs on the client's node-postgres pool, past Prisma
 * (decision 0027). It must send and read values as Prisma's `$queryRaw` does, whatever the process's time zone.
 */
import { afterEach, describe, expect, it } from "vitest";
import { Prisma } from "../../generated/prisma/client.ts";
import { queryRows, tableOf } from "../../prisma/db.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
const zone = process.env.TZ;

afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("raw statements past Prisma", () => {
  it("sends a Date as the instant it is, in a time zone east of UTC too (a `timestamp` column holds UTC)", async () => {
    process.env.TZ = "Europe/Stockholm"; // Node applies a new TZ at once
    const at = new Date("2026-07-01T10:15:30.123Z");
    expect(at.getTimezoneOffset()).toBe(-120); // the zone took effect: summer time, two hours east
    const sql = Prisma.sql`SELECT extract(epoch FROM CAST(${at} AS timestamp(3))) * 1000 AS ms`;
    const [direct] = await queryRows<{ ms: string | number }>(t.db, sql);
    const [viaPrisma] = await t.db.$queryRaw<{ ms: Prisma.Decimal | number }[]>(sql);
    expect(Number(direct!.ms)).toBe(at.getTime());
    expect(Number(viaPrisma!.ms)).toBe(at.getTime());
  });

  it("reads text, numbers, booleans and arrays of them as Prisma does", async () => {
    const sql = Prisma.sql`
      SELECT k.code, k.name, k.latitude, 3::int AS three, true AS yes, ARRAY['MON', 'TUE']::text[] AS days,
        ARRAY[k.latitude, k.longitude] AS point, ARRAY(SELECT code FROM ${tableOf(t.db, "Kommun")} WHERE false) AS none
      FROM ${tableOf(t.db, "Kommun")} k WHERE k.code = ${"2183"}`;
    const direct = await queryRows(t.db, sql);
    expect(direct).toHaveLength(1);
    expect(direct).toEqual(await t.db.$queryRaw(sql));
    expect(direct[0]).toMatchObject({ code: "2183", three: 3, yes: true, days: ["MON", "TUE"], none: [] });
  });

  it("runs a transaction's statement in that transaction (through Prisma, on the transaction's connection)", async () => {
    const rows = await t.db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL application_name = 'inside-the-transaction'`;
      return queryRows<{ name: string }>(tx as typeof t.db, Prisma.sql`SELECT current_setting('application_name') AS name`);
    });
    expect(rows).toEqual([{ name: "inside-the-transaction" }]);
  });
});
