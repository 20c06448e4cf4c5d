// The demo world: what the embedded default and development show (never production). Its content lives in
// prisma/data/demo/*.ts, plain objects that name each other by natural keys (an organisation's key, a user's email, a
// placement's title, a participant's code) and count every moment in days from `now`. This module turns them into
// rows with the builders the tests' factories use (prisma/factories.ts), and prisma/seed.ts writes the rows in one
// batch transaction. docs/decisions/0013-demo-data-as-files.md says why it is built this way.
//
// The builder is DEMO_STEPS, a list of steps in order: organisations → users → placements → participants → consents
// → card sorts → proposals → assignments → attendance → follow-ups. Each step reads its data file, makes rows with
// the factories, adds them to the world's tables and registers each entity under its natural key; a later step finds
// what an earlier one made with `ctx.find(kind, key)` (or `ctx.all(kind)`), never by an id. A new domain (say,
// monthly reports) adds its data file, a step after the steps it refers to (registering its entities under a kind of
// their own in DemoEntities), its tables in DemoWorld, and their createMany in prisma/seed.ts.
//
// Pure and deterministic: same `now`, same rows (npm start passes the real time; the tests use DEMO_NOW). Ids are
// readable and stable, made from natural keys or positions in the data files: users demo-user-<email before @>,
// organisations demo-org-<key>, placements demo-plc-001 … (their order in placements.ts), participants
// demo-ptc-<code>, proposals demo-prop-01 …, assignments demo-asg-1 …, follow-ups demo-fu-1 ….
// Only fictional organisations and people; no personnummer, no diagnoses.
import type { AbsenceReason, Prisma, ProposalStatus, Role, Weekday } from "../generated/prisma/client.ts";
import { addMonths, dateOfMoment, addDays, fixedClock, fromDbDate, startOfMonth, toDbDate, type Clock } from "../lib/dates.ts";
import { distanceKm } from "../lib/geo.ts";
import { WEEKDAYS, weekdayOfUtcDate } from "../lib/weekdays.ts";
import {
  buildAssignment,
  buildAttendanceDay,
  buildCardSortSession,
  buildConsent,
  buildFollowUp,
  buildOrganization,
  buildParticipant,
  buildPlacement,
  buildProposal,
  buildUser,
  proposalPath,
  type UserRows,
  type WithId,
} from "./factories.ts";
import { kommunCentre, readAdaptations, readKommuner, readOccupationCards } from "./reference-data.ts";
import { ASSIGNMENTS } from "./data/demo/assignments.ts";
import { ATTENDANCE_BANDS, ATTENDANCE_SEED } from "./data/demo/attendance.ts";
import { CARD_SORTS } from "./data/demo/card-sorts.ts";
import { CONSENT_NOTES, CONSENTS } from "./data/demo/consents.ts";
import { FOLLOW_UPS } from "./data/demo/follow-ups.ts";
import { ORGANIZATIONS } from "./data/demo/organizations.ts";
import { PARTICIPANTS } from "./data/demo/participants.ts";
import { PLACEMENTS } from "./data/demo/placements.ts";
import { PROPOSALS, STEP_DAYS } from "./data/demo/proposals.ts";
import type { DemoAssignment, DemoOrganization, DemoParticipant, DemoPlacement, DemoProposal, DemoUser } from "./data/demo/types.ts";
import { USERS } from "./data/demo/users.ts";

export const DEMO_NOW = new Date("2026-09-01T08:00:00.000Z");
export const DEMO_PASSWORD = "stegvis-demo";
export const DEMO_ADMIN_EMAIL = "admin@demo.stegvis.se";

/** A demo login: a user row with its plain-text password, which the seed hashes (argon2id). */
export type DemoUserRow = UserRows["user"] & { password: string };

export interface DemoWorld {
  now: Date;
  users: DemoUserRow[];
  organizations: WithId<Prisma.OrganizationCreateManyInput>[];
  memberships: WithId<Prisma.MembershipCreateManyInput>[];
  placements: WithId<Prisma.PlacementCreateManyInput>[];
  placementAdaptations: Prisma.PlacementAdaptationCreateManyInput[];
  placementOccupationCards: Prisma.PlacementOccupationCardCreateManyInput[];
  participants: WithId<Prisma.ParticipantCreateManyInput>[];
  participantTravelKommuner: Prisma.ParticipantTravelKommunCreateManyInput[];
  participantAdaptationNeeds: Prisma.ParticipantAdaptationNeedCreateManyInput[];
  participantAvoidCards: Prisma.ParticipantAvoidCardCreateManyInput[];
  cardSortSessions: WithId<Prisma.CardSortSessionCreateManyInput>[];
  cardChoices: WithId<Prisma.CardChoiceCreateManyInput>[];
  consents: WithId<Prisma.ConsentCreateManyInput>[];
  proposals: WithId<Prisma.ProposalCreateManyInput>[];
  proposalEvents: WithId<Prisma.ProposalEventCreateManyInput>[];
  assignments: WithId<Prisma.AssignmentCreateManyInput>[];
  followUps: WithId<Prisma.FollowUpCreateManyInput>[];
  progressRatings: WithId<Prisma.ProgressRatingCreateManyInput>[];
  attendanceDays: WithId<Prisma.AttendanceDayCreateManyInput>[];
}

/** What the steps register, each kind under its natural key (the comment names it), for later steps to find. */
export interface DemoEntities {
  /** organizations.ts `key` */
  organization: { row: DemoWorld["organizations"][number]; data: DemoOrganization };
  /** email */
  user: { row: DemoUserRow; data: DemoUser };
  /** title */
  placement: { row: DemoWorld["placements"][number]; data: DemoPlacement };
  /** code */
  participant: { row: DemoWorld["participants"][number]; data: DemoParticipant };
  /** pairKey(participant code, placement title) */
  proposal: { row: DemoWorld["proposals"][number]; events: DemoWorld["proposalEvents"]; data: DemoProposal };
  /** pairKey(participant code, placement title) */
  assignment: { row: DemoWorld["assignments"][number]; data: DemoAssignment; startedDaysAgo: number };
}

/** The key of what joins a participant and a placement (a proposal, an assignment). */
export const pairKey = (participantCode: string, placementTitle: string): string => `${participantCode} → ${placementTitle}`;

export interface DemoContext {
  readonly now: Date;
  /** A clock stopped at `now`, for the factories' defaults. */
  readonly clock: Clock;
  /** The rows made so far, table by table, in the order the seed inserts them. */
  readonly world: DemoWorld;
  /** What an earlier step registered under `key`; throws, naming both, when there is none. */
  find<K extends keyof DemoEntities>(kind: K, key: string): DemoEntities[K];
  /** Everything of a kind, in the order it was registered. */
  all<K extends keyof DemoEntities>(kind: K): DemoEntities[K][];
  /** Makes an entity findable by later steps; a key taken twice throws. */
  register<K extends keyof DemoEntities>(kind: K, key: string, entity: DemoEntities[K]): void;
  /** A moment: `daysFromNow` days after the UTC day of `now` (negative: before), at `hour`:00 UTC. */
  at(daysFromNow: number, hour?: number): Date;
  /** A calendar day `daysFromNow` days after today in Stockholm, as Prisma writes a @db.Date column. */
  day(daysFromNow: number): Date;
}

export interface DemoStep {
  name: string;
  run(ctx: DemoContext): void;
}

// ---------------------------------------------------------------- helpers

const DAY = 86_400_000;

/** "MON-FRI" or "MON,WED,FRI" → Weekday[] */
function days(spec: string): Weekday[] {
  if (spec.includes("-")) {
    const [from, to] = spec.split("-") as Weekday[];
    return WEEKDAYS.slice(WEEKDAYS.indexOf(from), WEEKDAYS.indexOf(to) + 1);
  }
  return spec.split(",") as Weekday[];
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const minutesAfter = (moment: Date, minutes: number) => new Date(moment.getTime() + minutes * 60_000);

/** mulberry32: a tiny seeded PRNG, [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The demo login of an organisation (users.ts gives each one member). */
function memberOf(ctx: DemoContext, organizationKey: string): DemoEntities["user"] {
  const member = ctx.all("user").find((user) => user.data.organization === organizationKey);
  if (!member) throw new Error(`demo data: organisation ${organizationKey} has no member in users.ts`);
  return member;
}

// ---------------------------------------------------------------- the steps

const organizations: DemoStep = {
  name: "organizations",
  run(ctx) {
    for (const o of ORGANIZATIONS) {
      const joined = ctx.at(-o.joinedDaysAgo);
      const row = buildOrganization({
        id: `demo-org-${o.key}`, name: o.name, kind: o.kind, description: o.description, kommunCode: o.kommun,
        address: o.address, website: o.website ?? null, createdAt: joined, updatedAt: joined,
      });
      ctx.world.organizations.push(row);
      ctx.register("organization", o.key, { row, data: o });
    }
  },
};

const users: DemoStep = {
  name: "users",
  run(ctx) {
    for (const u of USERS) {
      const organization = u.organization === undefined ? undefined : ctx.find("organization", u.organization);
      const { user, memberships } = buildUser({
        id: `demo-user-${u.email.split("@")[0].replace(/[^a-z0-9]+/g, "-")}`, email: u.email, name: u.name, roles: u.roles,
        organizationIds: organization ? [organization.row.id] : [],
      });
      const row = { ...user, password: DEMO_PASSWORD };
      ctx.world.users.push(row);
      // a member joined with the organisation
      for (const membership of memberships)
        ctx.world.memberships.push({ ...membership, id: `demo-mem-${organization!.data.key}`, createdAt: organization!.row.createdAt });
      ctx.register("user", u.email, { row, data: u });
    }
  },
};

const placements: DemoStep = {
  name: "placements",
  run(ctx) {
    PLACEMENTS.forEach((p, i) => {
      const organization = ctx.find("organization", p.org);
      const [startHour, endHour] = p.time ?? [8, 16];
      const created = ctx.at(-p.createdDaysAgo, 10);
      const published = p.publishedDaysAgo === undefined ? null : ctx.at(-p.publishedDaysAgo, 10);
      const confirmed = p.confirmedDaysAgo === undefined ? published : ctx.at(-p.confirmedDaysAgo, 11);
      const { mentor } = organization.data;
      const { placement, adaptations, occupationCards } = buildPlacement(
        {
          id: `demo-plc-${pad(i + 1, 3)}`, organizationId: organization.row.id, kind: p.kind ?? "WORK_TRAINING",
          status: p.status ?? "PUBLISHED", title: p.title, description: p.description, tasks: p.tasks,
          requirements: p.requirements ?? "", kommunCode: organization.data.kommun, address: organization.data.address,
          latitude: p.position[0], longitude: p.position[1], weekdays: days(p.days ?? "MON-FRI"),
          earliestStartMinute: startHour * 60, latestEndMinute: endHour * 60, hoursPerDayMin: p.hours[0], hoursPerDayMax: p.hours[1],
          startDate: p.startInDays === undefined ? null : ctx.day(p.startInDays),
          endDate: p.endInDays === undefined ? null : ctx.day(p.endInDays),
          capacity: p.capacity, mentorName: mentor.name, mentorPhone: mentor.phone, mentorEmail: mentor.email,
          publishedAt: published, confirmedAt: confirmed, createdAt: created, updatedAt: confirmed ?? created,
          adaptationCodes: p.adaptations, occupationCardIds: p.cards,
        },
        ctx.clock,
      );
      ctx.world.placements.push(placement);
      ctx.world.placementAdaptations.push(...adaptations);
      ctx.world.placementOccupationCards.push(...occupationCards);
      ctx.register("placement", p.title, { row: placement, data: p });
    });
  },
};

const participants: DemoStep = {
  name: "participants",
  run(ctx) {
    for (const p of PARTICIPANTS) {
      const created = ctx.at(-p.createdDaysAgo, 9);
      const byRadius = "radiusKm" in p.travel;
      const rows = buildParticipant({
        id: `demo-ptc-${p.code.toLowerCase()}`, code: p.code, displayName: p.name, kommunCode: p.kommun,
        travelKind: byRadius ? "RADIUS" : "KOMMUNER", travelRadiusKm: "radiusKm" in p.travel ? p.travel.radiusKm : null,
        travelKommunCodes: "kommuner" in p.travel ? p.travel.kommuner : [],
        hoursPerDayMax: p.hours, weekdays: days(p.days), stage: p.stage, interests: p.interests, interestsText: p.interestsText,
        avoidAreas: p.avoidAreas ?? [], avoidText: p.avoidText ?? "", avoidCardIds: p.avoidCards ?? [], goals: p.goals,
        adaptationNeeds: p.needs, coachId: ctx.find("user", p.coach).row.id,
        supportWorkerId: p.supportWorker === undefined ? null : ctx.find("user", p.supportWorker).row.id,
        createdAt: created, updatedAt: created,
      });
      ctx.world.participants.push(rows.participant);
      ctx.world.participantTravelKommuner.push(...rows.travelKommuner);
      ctx.world.participantAdaptationNeeds.push(...rows.adaptationNeeds);
      ctx.world.participantAvoidCards.push(...rows.avoidCards);
      ctx.register("participant", p.code, { row: rows.participant, data: p });
    }
  },
};

const SCOPE_IN_ID = { SHARE_WITH_EMPLOYER: "employer", SHARE_WITH_SUPPORT_WORKER: "support", CONTACT_WITH_AUTHORITIES: "authorities" } as const;

const consents: DemoStep = {
  name: "consents",
  run(ctx) {
    for (const c of CONSENTS) {
      const participant = ctx.find("participant", c.participant).row;
      const givenAt = ctx.at(-c.givenDaysAgo, 9);
      for (const scope of c.scopes) {
        const withdrawnDaysAgo = c.withdrawnDaysAgo?.[scope];
        ctx.world.consents.push(
          buildConsent(
            {
              id: `demo-con-${c.participant.toLowerCase()}-${SCOPE_IN_ID[scope]}`, participantId: participant.id, scope, givenAt,
              recordedById: participant.coachId, withdrawnAt: withdrawnDaysAgo === undefined ? null : ctx.at(-withdrawnDaysAgo, 9),
              note: withdrawnDaysAgo === undefined ? CONSENT_NOTES.given[scope] : CONSENT_NOTES.withdrawn, createdAt: givenAt,
            },
            ctx.clock,
          ),
        );
      }
    }
  },
};

const cardSorts: DemoStep = {
  name: "card sorts",
  run(ctx) {
    for (const sort of CARD_SORTS) {
      const participant = ctx.find("participant", sort.participant).row;
      sort.sessions.forEach((s, n) => {
        const id = `demo-cs-${sort.participant.toLowerCase()}-${n + 1}`;
        const startedAt = ctx.at(-s.startedDaysAgo, 9);
        const { session, choices } = buildCardSortSession(
          {
            id, participantId: participant.id, coachId: participant.coachId, startedAt, completedAt: minutesAfter(startedAt, 40),
            choices: s.choices.map(([card, answer, comment], j) => ({
              occupationCardId: card, answer, comment, answeredAt: minutesAfter(startedAt, (j + 1) * 2),
            })),
          },
          ctx.clock,
        );
        ctx.world.cardSortSessions.push(session);
        ctx.world.cardChoices.push(...choices.map((choice, j) => ({ ...choice, id: `${id}-${pad(j + 1, 2)}` })));
      });
    }
  },
};

/** The organisation answers a proposal (a visit, a placement, a no); the coach takes the other steps. */
const byOrganization = (status: ProposalStatus) => status === "VISIT" || status === "PLACED" || status === "DECLINED";

const proposals: DemoStep = {
  name: "proposals",
  run(ctx) {
    PROPOSALS.forEach((pr, i) => {
      const participant = ctx.find("participant", pr.participant).row;
      const placement = ctx.find("placement", pr.placement);
      const member = memberOf(ctx, placement.data.org).row;
      const id = `demo-prop-${pad(i + 1, 2)}`;
      // the demo's declined proposal was contacted first
      const path: ProposalStatus[] = pr.status === "DECLINED" ? ["SUGGESTED", "CONTACTED", "DECLINED"] : proposalPath(pr.status);
      const when = (status: ProposalStatus) => ctx.at(-pr.daysAgo + Math.min(STEP_DAYS[status], pr.daysAgo), 10 + (STEP_DAYS[status] % 5));
      const answered = path.find(byOrganization);
      const built = buildProposal(
        {
          id, participantId: participant.id, placementId: placement.row.id, status: pr.status, proposedById: participant.coachId,
          message: pr.message, declineReason: pr.declineReason ?? null, answeredAt: answered ? when(answered) : null,
          createdAt: when("SUGGESTED"), updatedAt: when(path[path.length - 1]),
          events: path.map((status) => ({
            toStatus: status, note: pr.notes?.[status] ?? "", actorId: byOrganization(status) ? member.id : participant.coachId,
            createdAt: when(status),
          })),
        },
        ctx.clock,
      );
      const events = built.events.map((event, j) => ({ ...event, id: `demo-pev-${pad(i + 1, 2)}-${j + 1}` }));
      ctx.world.proposals.push(built.proposal);
      ctx.world.proposalEvents.push(...events);
      ctx.register("proposal", pairKey(pr.participant, pr.placement), { row: built.proposal, events, data: pr });
    });
  },
};

const assignments: DemoStep = {
  name: "assignments",
  run(ctx) {
    ASSIGNMENTS.forEach((a, i) => {
      const key = pairKey(a.participant, a.placement);
      const proposal = ctx.find("proposal", key);
      const placedAt = proposal.events.find((event) => event.toStatus === "PLACED")?.createdAt;
      if (!placedAt) throw new Error(`demo data: assignment ${key} comes from a proposal that was not placed`);
      const participant = ctx.find("participant", a.participant).row;
      const placement = ctx.find("placement", a.placement).row;
      // it starts on the day its proposal was placed
      const startedDaysAgo = proposal.data.daysAgo - Math.min(STEP_DAYS.PLACED, proposal.data.daysAgo);
      const endedAt = a.ended ? ctx.at(-a.ended.daysAgo, 15) : null;
      const row = buildAssignment(
        {
          id: `demo-asg-${i + 1}`, participantId: participant.id, placementId: placement.id, proposalId: proposal.row.id,
          status: a.ended ? "ENDED" : "ACTIVE", startDate: ctx.day(-startedDaysAgo),
          plannedEndDate: a.plannedEndInDays === undefined ? null : ctx.day(a.plannedEndInDays), endedAt,
          outcome: a.ended?.outcome ?? null, weekdays: days(a.days), hoursPerDay: a.hours, workPlanGoals: a.goals,
          workPlanQuestions: a.questions, mentorName: placement.mentorName ?? "", supportWorkerId: participant.supportWorkerId ?? null,
          createdAt: placedAt, updatedAt: endedAt ?? placedAt,
        },
        ctx.clock,
      );
      ctx.world.assignments.push(row);
      ctx.register("assignment", key, { row, data: a, startedDaysAgo });
    });
  },
};

const attendance: DemoStep = {
  name: "attendance",
  run(ctx) {
    const rand = prng(ATTENDANCE_SEED);
    const monthEnd = toDbDate(startOfMonth(dateOfMoment(ctx.now)));
    const monthStart = toDbDate(addMonths(fromDbDate(monthEnd), -1));
    for (const { row: assignment } of ctx.all("assignment")) {
      if (assignment.status !== "ACTIVE") continue;
      const hours = assignment.hoursPerDay;
      const start = new Date(Math.max(monthStart.getTime(), new Date(assignment.startDate).getTime()));
      for (let d = start; d < monthEnd; d = new Date(d.getTime() + DAY)) {
        if (!(assignment.weekdays as Weekday[]).includes(weekdayOfUtcDate(d))) continue;
        const r = rand();
        const band = ATTENDANCE_BANDS.find((b) => r < b.below);
        const absenceReason: AbsenceReason | null = band?.absenceReason ?? null;
        ctx.world.attendanceDays.push(
          buildAttendanceDay(
            {
              id: `${assignment.id.replace("demo-asg-", "demo-att-")}-${fromDbDate(d)}`, assignmentId: assignment.id, date: d,
              scheduledMinutes: Math.round(hours * 60),
              attendedMinutes: Math.round((!band ? hours : band.hoursMissed === "all" ? 0 : Math.max(0, hours - band.hoursMissed)) * 60),
              absenceReason, note: band?.note ?? "", createdAt: d, updatedAt: d,
            },
            ctx.clock,
          ),
        );
      }
    }
  },
};

const followUps: DemoStep = {
  name: "follow-ups",
  run(ctx) {
    FOLLOW_UPS.forEach((f, i) => {
      const participant = ctx.find("participant", f.participant).row;
      if (!participant.supportWorkerId) throw new Error(`demo data: follow-up of ${f.participant}, who has no support worker`);
      const id = `demo-fu-${i + 1}`;
      // the assignment running that day, if any (a follow-up after it ended, e.g. keeping the job, belongs to none)
      const assignment = ctx
        .all("assignment")
        .find((a) => a.row.participantId === participant.id && a.startedDaysAgo >= f.daysAgo && (!a.data.ended || f.daysAgo > a.data.ended.daysAgo));
      const { followUp, ratings } = buildFollowUp(
        {
          id, participantId: participant.id, assignmentId: assignment?.row.id ?? null, supportWorkerId: participant.supportWorkerId,
          date: ctx.day(-f.daysAgo), mode: f.mode, attendees: f.attendees, notes: f.notes, nextSteps: f.nextSteps,
          nextDate: f.nextInDays === undefined ? null : ctx.day(f.nextInDays), createdAt: ctx.at(-f.daysAgo, 15),
          updatedAt: ctx.at(-f.daysAgo, 15), ratings: f.ratings,
        },
        ctx.clock,
      );
      ctx.world.followUps.push(followUp);
      ctx.world.progressRatings.push(...ratings.map((rating) => ({ ...rating, id: `${id}-${rating.area.toLowerCase()}` })));
    });
  },
};

/** The steps in the order they run: each may find what the steps before it registered. */
export const DEMO_STEPS: readonly DemoStep[] = [
  organizations,
  users,
  placements,
  participants,
  consents,
  cardSorts,
  proposals,
  assignments,
  attendance,
  followUps,
];

// ---------------------------------------------------------------- the builder

export interface BuildDemoOptions {
  now?: Date;
  /** Default DEMO_STEPS; tests pass their own list to try a step. */
  steps?: readonly DemoStep[];
}

/** The whole demo world as plain rows. Same `now` → same rows. Throws if the data files are inconsistent. */
export function buildDemoWorld(options: BuildDemoOptions = {}): DemoWorld {
  const now = options.now ?? DEMO_NOW;
  const world: DemoWorld = {
    now,
    users: [],
    organizations: [],
    memberships: [],
    placements: [],
    placementAdaptations: [],
    placementOccupationCards: [],
    participants: [],
    participantTravelKommuner: [],
    participantAdaptationNeeds: [],
    participantAvoidCards: [],
    cardSortSessions: [],
    cardChoices: [],
    consents: [],
    proposals: [],
    proposalEvents: [],
    assignments: [],
    followUps: [],
    progressRatings: [],
    attendanceDays: [],
  };
  const registry = new Map<keyof DemoEntities, Map<string, unknown>>();
  const entitiesOf = (kind: keyof DemoEntities) => registry.get(kind) ?? registry.set(kind, new Map()).get(kind)!;
  let step = "";
  const ctx: DemoContext = {
    now,
    clock: fixedClock(now),
    world,
    find(kind, key) {
      const entity = entitiesOf(kind).get(key);
      if (entity === undefined) throw new Error(`demo data (${step}): no ${kind} "${key}"`);
      return entity as DemoEntities[typeof kind];
    },
    all(kind) {
      return [...entitiesOf(kind).values()] as DemoEntities[typeof kind][];
    },
    register(kind, key, entity) {
      if (entitiesOf(kind).has(key)) throw new Error(`demo data (${step}): two of kind ${kind} are called "${key}"`);
      entitiesOf(kind).set(key, entity);
    },
    at(daysFromNow, hour = 9) {
      const moment = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + daysFromNow * DAY);
      moment.setUTCHours(hour);
      return moment;
    },
    day: (daysFromNow) => toDbDate(addDays(dateOfMoment(now), daysFromNow)),
  };
  for (const { name, run } of options.steps ?? DEMO_STEPS) {
    step = name;
    run(ctx);
  }
  validateDemoWorld(world);
  return world;
}

// ---------------------------------------------------------------- validation

/** PTS keeps 070-174 06 05 … 070-174 06 99 for use in fiction. */
const FICTIONAL_PHONE = /^070-174 06 (0[5-9]|[1-9]\d)$/;

/** The rules the data files must keep so the demo tells a consistent story; throws at the first one broken. */
function validateDemoWorld(w: DemoWorld): void {
  const fail = (msg: string) => {
    throw new Error(`demo data: ${msg}`);
  };
  const cardById = new Map(readOccupationCards().map((c) => [c.id, c]));
  const adaptationCodes = new Set(readAdaptations().map((a) => a.code));
  const kommunCodes = new Set(readKommuner().map((k) => k.code));
  for (const pc of w.placementOccupationCards) if (!cardById.has(pc.occupationCardId)) fail(`unknown yrkeskort ${pc.occupationCardId}`);
  for (const c of [...w.cardChoices, ...w.participantAvoidCards]) if (!cardById.has(c.occupationCardId)) fail(`unknown yrkeskort ${c.occupationCardId}`);
  for (const pa of w.placementAdaptations) if (!adaptationCodes.has(pa.adaptationCode)) fail(`unknown adaptation ${pa.adaptationCode}`);
  for (const n of w.participantAdaptationNeeds) if (!adaptationCodes.has(n.adaptationCode)) fail(`unknown adaptation ${n.adaptationCode}`);
  for (const p of [...w.placements, ...w.participants, ...w.organizations]) if (!kommunCodes.has(p.kommunCode)) fail(`unknown kommun ${p.kommunCode}`);
  for (const t of w.participantTravelKommuner) if (!kommunCodes.has(t.kommunCode)) fail(`unknown kommun ${t.kommunCode}`);

  const rolesOf = new Map(w.users.map((u) => [u.id, u.roles as Role[]]));
  for (const p of w.participants) {
    if (!rolesOf.get(p.coachId)?.includes("COACH")) fail(`${p.code}: the coach is not a COACH`);
    if (p.supportWorkerId && !rolesOf.get(p.supportWorkerId)?.includes("SUPPORT_WORKER")) fail(`${p.code}: the support worker is not a SUPPORT_WORKER`);
  }
  for (const p of w.placements) {
    if ((p.status === "DRAFT") !== (p.publishedAt === null)) fail(`${p.title}: a draft has no publishing date, and only a draft`);
    if (!FICTIONAL_PHONE.test(p.mentorPhone ?? "")) fail(`${p.title}: ${p.mentorPhone} is not a phone number kept for fiction`);
    const window = (p.latestEndMinute! - p.earliestStartMinute!) / 60;
    if (p.hoursPerDayMax > window) fail(`${p.id}: ${p.hoursPerDayMax} h do not fit the day window`);
    const active = w.assignments.filter((a) => a.placementId === p.id && a.status === "ACTIVE").length;
    if (active > p.capacity) fail(`${p.id}: ${active} active assignments, capacity ${p.capacity}`);
  }
  const byId = new Map(w.placements.map((p) => [p.id, p]));
  const mayShare = (participantId: string) =>
    w.consents.some((c) => c.participantId === participantId && c.scope === "SHARE_WITH_EMPLOYER" && !c.withdrawnAt);
  for (const pr of w.proposals) {
    if (!mayShare(pr.participantId)) fail(`proposal ${pr.id} without consent to share`);
    if (byId.get(pr.placementId)!.status !== "PUBLISHED") fail(`proposal ${pr.id} to a placement that is not published`);
  }
  for (const a of w.assignments) {
    const p = byId.get(a.placementId)!;
    const ptc = w.participants.find((x) => x.id === a.participantId)!;
    if (a.hoursPerDay < p.hoursPerDayMin || a.hoursPerDay > p.hoursPerDayMax) fail(`${a.id}: hours outside the placement's range`);
    if (a.hoursPerDay > ptc.hoursPerDayMax) fail(`${a.id}: more hours than the participant can`);
    if (!(a.weekdays as Weekday[]).every((d) => (p.weekdays as Weekday[]).includes(d))) fail(`${a.id}: weekdays outside the placement's`);
  }

  // A participant not yet proposed anywhere has at least two published placements in reach that offer all their
  // must-have adaptations, so their matches page is never empty for want of one.
  const proposed = new Set(w.proposals.map((pr) => pr.participantId));
  const published = w.placements.filter((p) => p.status === "PUBLISHED");
  const offers = (placementId: string, code: string) => w.placementAdaptations.some((pa) => pa.placementId === placementId && pa.adaptationCode === code);
  for (const ptc of w.participants.filter((p) => !proposed.has(p.id))) {
    const musts = w.participantAdaptationNeeds.filter((n) => n.participantId === ptc.id && n.mustHave).map((n) => n.adaptationCode);
    if (!musts.length) continue;
    const travel = w.participantTravelKommuner.filter((t) => t.participantId === ptc.id).map((t) => t.kommunCode);
    const avoided = new Set(w.participantAvoidCards.filter((a) => a.participantId === ptc.id).map((a) => a.occupationCardId));
    const avoidedAreas = ptc.avoidAreas as string[];
    const home = kommunCentre(ptc.kommunCode);
    const inReach = published.filter(
      (p) =>
        p.hoursPerDayMin <= ptc.hoursPerDayMax &&
        (ptc.travelKind === "RADIUS" ? distanceKm(home, p) <= ptc.travelRadiusKm! : travel.includes(p.kommunCode)) &&
        !w.placementOccupationCards.some(
          (pc) => pc.placementId === p.id && (avoided.has(pc.occupationCardId) || avoidedAreas.includes(cardById.get(pc.occupationCardId)!.area)),
        ) &&
        musts.every((code) => offers(p.id, code)),
    );
    if (inReach.length < 2) fail(`${ptc.code}: fewer than two published placements in reach offer ${musts.join(", ")}`);
  }

  for (const r of w.progressRatings) if (r.rating < 1 || r.rating > 10) fail(`rating ${r.id} out of range`);
  if (published.length < 60) fail("fewer than 60 published placements");
  const emails = new Set<string>();
  for (const u of w.users) {
    if (emails.has(u.email)) fail(`duplicate user ${u.email}`);
    emails.add(u.email);
  }
}
