import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../generated/prisma/client.ts";
import type { Viewer } from "../../graphql/context.ts";
import { caseloadSql, caseloadWhere } from "../../graphql/schema/participant.ts";
import { tableOf } from "../../prisma/db.ts";
import { createParticipant, createUser, recordConsent } from "../../prisma/factories.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();

/**
 * The caseload rule is written twice: as a Prisma filter (caseloadWhere, for lists and counts) and as SQL
 * (caseloadSql, for `matches`, which decides, reads and logs in one statement). Both are asked about every pairing of
 * the viewers and participants below, and must answer alike.
 */
const viewerKinds = ["coach", "other coach", "handledare", "other handledare", "coach and handledare", "organisation member", "api token"] as const;
type ViewerKind = (typeof viewerKinds)[number];

let viewers: Record<ViewerKind, Viewer>;
let participants: Record<string, string>;

function viewerOf(userId: string | null, roles: Role[]): Viewer {
  return { userId, apiTokenId: userId ? null : "token", email: null, roles, organizationIds: [] };
}

beforeAll(async () => {
  const user = async (roles: Role[]) => (await createUser(t.db, { roles })).id;
  const [coach, otherCoach, handledare, otherHandledare, both, member] = await Promise.all([
    user(["COACH"]),
    user(["COACH"]),
    user(["SUPPORT_WORKER"]),
    user(["SUPPORT_WORKER"]),
    user(["COACH", "SUPPORT_WORKER"]),
    user(["ORG_MEMBER"]),
  ]);
  viewers = {
    coach: viewerOf(coach, ["COACH"]),
    "other coach": viewerOf(otherCoach, ["COACH"]),
    handledare: viewerOf(handledare, ["SUPPORT_WORKER"]),
    "other handledare": viewerOf(otherHandledare, ["SUPPORT_WORKER"]),
    "coach and handledare": viewerOf(both, ["COACH", "SUPPORT_WORKER"]),
    "organisation member": viewerOf(member, ["ORG_MEMBER"]),
    "api token": viewerOf(null, ["ORG_MEMBER"]),
  };
  const withdrawnAt = new Date(Date.now() - 86_400_000);
  const make = async (
    name: string,
    { coachId, supportWorkerId, consents = [] }: { coachId: string; supportWorkerId?: string; consents?: { scope: "SHARE_WITH_SUPPORT_WORKER" | "SHARE_WITH_EMPLOYER"; withdrawn?: boolean }[] },
  ) => {
    const participant = await createParticipant(t.db, { coachId, supportWorkerId, displayName: name });
    for (const consent of consents) {
      await recordConsent(t.db, { participantId: participant.id, recordedById: coachId, scope: consent.scope, ...(consent.withdrawn ? { withdrawnAt } : {}) });
    }
    return [name, participant.id] as const;
  };
  participants = Object.fromEntries(
    await Promise.all([
      make("the coach's, no handledare", { coachId: coach }),
      make("the coach's, handledare with consent", { coachId: coach, supportWorkerId: handledare, consents: [{ scope: "SHARE_WITH_SUPPORT_WORKER" }] }),
      make("the coach's, handledare without consent", { coachId: coach, supportWorkerId: handledare }),
      make("handledare's consent withdrawn", { coachId: coach, supportWorkerId: handledare, consents: [{ scope: "SHARE_WITH_SUPPORT_WORKER", withdrawn: true }] }),
      make("withdrawn, then given again", {
        coachId: otherCoach,
        supportWorkerId: handledare,
        consents: [{ scope: "SHARE_WITH_SUPPORT_WORKER", withdrawn: true }, { scope: "SHARE_WITH_SUPPORT_WORKER" }],
      }),
      make("consent to employers only", { coachId: otherCoach, supportWorkerId: handledare, consents: [{ scope: "SHARE_WITH_EMPLOYER" }] }),
      make("coached by the one with both roles", { coachId: both }),
      make("followed by the one with both roles", { coachId: coach, supportWorkerId: both, consents: [{ scope: "SHARE_WITH_SUPPORT_WORKER" }] }),
      make("followed by the one with both roles, no consent", { coachId: otherCoach, supportWorkerId: both }),
    ]),
  );
});

async function byWhere(viewer: Viewer, id: string): Promise<boolean> {
  return (await t.db.participant.count({ where: { AND: [{ id }, caseloadWhere(viewer)] } })) === 1;
}

async function bySql(viewer: Viewer, id: string): Promise<boolean> {
  const rows = await t.db.$queryRaw<{ id: string }[]>`SELECT p.id FROM ${tableOf(t.db, "Participant")} p WHERE p.id = ${id} AND ${caseloadSql(t.db, viewer)}`;
  return rows.length === 1;
}

describe("the caseload rule as a Prisma filter and as SQL", () => {
  it("answers alike for every viewer and participant", async () => {
    const answers: string[] = [];
    for (const kind of viewerKinds) {
      for (const [name, id] of Object.entries(participants)) {
        const [where, sql] = await Promise.all([byWhere(viewers[kind], id), bySql(viewers[kind], id)]);
        expect(sql, `${kind} × ${name}`).toBe(where);
        if (where) answers.push(`${kind} × ${name}`);
      }
    }
    // Both rules hold the cases they are for, so agreeing is not agreeing on "nobody".
    expect(answers.sort()).toEqual(
      [
        "coach × the coach's, no handledare",
        "coach × the coach's, handledare with consent",
        "coach × the coach's, handledare without consent",
        "coach × handledare's consent withdrawn",
        "coach × followed by the one with both roles",
        "other coach × withdrawn, then given again",
        "other coach × consent to employers only",
        "other coach × followed by the one with both roles, no consent",
        "handledare × the coach's, handledare with consent",
        "handledare × withdrawn, then given again",
        "coach and handledare × coached by the one with both roles",
        "coach and handledare × followed by the one with both roles",
      ].sort(),
    );
  });
});
