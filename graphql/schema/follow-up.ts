/**
 * Supported Employment follow-up: the handledare's list (overdue first), the follow-up record with its step ratings
 * (stegförflyttning), adaptations and agreed actions, addenda after the 24-hour edit window, SE phase and outcomes,
 * and "Mina steg", the participant's own lättläst page.
 *
 * Who: the participant's caseload (their coach; their SE-handledare while the consent to share with the support
 * worker stands; participantAccess decides) reads and writes follow-ups. An organisation never sees a follow-up: it
 * sees only agreed actions it owns, while the consent to share with employers and a live assignment stand. Checks
 * run existence first (NOT_FOUND), then access (FORBIDDEN), then input. Every read is logged; every change writes its
 * audit row in its own transaction.
 */
import type { Prisma } from "../../generated/prisma/client.ts";
import { auditRow, logParticipantReads, logRead } from "../audit.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldError } from "../errors.ts";
import { followUpRows, type AttendanceSummary, type FollowUpRow } from "../follow-up-rows.ts";
import { allow } from "../policy.ts";
import { bounded } from "../input-limits.ts";
import { parseInput } from "../validation/parse.ts";
import {
  actionOwners,
  adaptationChanges,
  addendumInput,
  FOLLOW_UP_LIMITS,
  followUpModes,
  outcomes,
  progressAreas,
  recordFollowUpInput,
  recordOutcomeInput,
  setPhaseInput,
  supportLevels,
  updateFollowUpInput,
  type RecordFollowUpValues,
} from "../validation/follow-up.ts";
import { followAlongMonths, followUpIntervals } from "../../config/follow-up.ts";
import { addDays, endOfMonth, fromDbDate, startOfMonth, toDbDate, today, type IsoDate } from "../../lib/dates.ts";
import { FOLLOW_ALONG_OUTCOMES, SE_PHASES } from "../../lib/follow-up-schedule.ts";
import { goalsOf } from "../../lib/work-plan.ts";
import { scheduleOfMonth } from "../../attendance/schedule.ts";
import { caseloadOnly, employerShareWhere, caseloadWhere, grant, Participant, participantAccess } from "./participant.ts";
import { consentedParticipant } from "./proposal.ts";
import { Adaptation } from "./reference.ts";

type Tx = Prisma.TransactionClient;

export const SePhase = builder.enumType("SePhase", { values: SE_PHASES, description: "Supported Employment's phases 1–5" });
export const Outcome = builder.enumType("Outcome", { values: outcomes });
export const FollowUpMode = builder.enumType("FollowUpMode", { values: followUpModes });
export const ProgressArea = builder.enumType("ProgressArea", { values: progressAreas });
export const SupportLevel = builder.enumType("SupportLevel", { values: supportLevels, description: "From most support to least: fading moves down" });
export const AdaptationChange = builder.enumType("AdaptationChange", { values: adaptationChanges });
export const ActionOwner = builder.enumType("ActionOwner", { values: actionOwners });
const OverdueReason = builder.enumType("OverdueReason", { values: ["NEXT_DATE_PASSED", "INTERVAL_EXCEEDED"] as const });
const DayStatus = builder.enumType("MyDayStatus", {
  values: ["WORKED", "PARTLY", "AWAY", "NOT_REPORTED", "UPCOMING", "FREE"] as const,
  description: "A day of Mina steg: worked the whole scheduled time, part of it, away, not reported yet, still to come, or no work day",
});

// ---------------------------------------------------------------- access

/** The participant's coach or SE-handledare (participantAccess CASELOAD), signed in as a person; else FORBIDDEN. */
async function requireSupportOf(context: Context, participantId: string): Promise<void> {
  if (!(await context.db.participant.count({ where: { id: participantId } }))) throw new NotFoundError("Deltagaren");
  if ((await participantAccess(context, participantId)) !== "CASELOAD") {
    throw new ForbiddenError("Bara deltagarens egen SE-handledare eller jobbcoach kan se och skriva uppföljningar.");
  }
  if (!context.viewer?.userId) throw new ForbiddenError("En uppföljning skrivs av en person. Logga in.");
}

const followUpReadPurpose = "Läsa uppföljningar";

/** Follow-up text reached through a participant row: the read is logged once per request and participant. */
const logFollowUpRead = (context: Context, participantId: string, purpose = followUpReadPurpose) =>
  logRead(context, { entity: "FollowUp", entityId: participantId, participantId, purpose });

// ---------------------------------------------------------------- types

export const ProgressAreaAnchor = builder.prismaObject("ProgressAreaAnchor", {
  description: "A step area's words and what a 2, a 5 and an 8 look like (lättläst reference data a kommun may adapt).",
  authScopes: { public: true },
  fields: (t) => ({
    area: t.field({ type: ProgressArea, resolve: (a) => a.area }),
    label: t.exposeString("label"),
    question: t.exposeString("question"),
    step2: t.exposeString("step2"),
    step5: t.exposeString("step5"),
    step8: t.exposeString("step8"),
  }),
});

export const ProgressRating = builder.prismaObject("ProgressRating", {
  authScopes: { coach: true, supportWorker: true },
  fields: (t) => ({
    area: t.field({ type: ProgressArea, resolve: (r) => r.area }),
    rating: t.exposeInt("rating", { description: "1–10" }),
  }),
});

export const FollowUpAdaptation = builder.prismaObject("FollowUpAdaptation", {
  authScopes: { coach: true, supportWorker: true },
  fields: (t) => ({
    adaptation: t.relation("adaptation"),
    change: t.field({ type: AdaptationChange, resolve: (a) => a.change }),
  }),
});

export const AgreedAction = builder.prismaObject("AgreedAction", {
  description: "Agreed at a follow-up: who does what by when. An organisation sees only those it owns.",
  // Rows come only from resolvers that checked the caller's ground (the caseload, or the owning organisation).
  authScopes: { coach: true, supportWorker: true, orgMember: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    description: t.exposeString("description"),
    owner: t.field({ type: ActionOwner, resolve: (a) => a.owner }),
    dueDate: t.expose("dueDate", { type: "Date" }),
    done: t.boolean({ resolve: (a) => a.doneAt !== null }),
    doneAt: t.expose("doneAt", { type: "DateTime", nullable: true }),
    organizationName: t.string({
      nullable: true,
      select: { organization: { select: { name: true } } },
      resolve: (a) => a.organization?.name ?? null,
    }),
    participant: t.field({
      type: Participant,
      nullable: true,
      description: "The caseload sees the profile; the owning organisation only the consented fields",
      select: (_args, _context, nested) => ({ participant: nested() }),
      resolve: consentedParticipant("Visa överenskommelse", "Visa överenskommelse för arbetsplatsen"),
    }),
  }),
});

export const FollowUpAddendum = builder.prismaObject("FollowUpAddendum", {
  authScopes: { coach: true, supportWorker: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    text: t.exposeString("text"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    authorName: t.string({ select: { author: { select: { name: true } } }, resolve: (a) => a.author.name }),
  }),
});

export const FollowUpRevision = builder.prismaObject("FollowUpRevision", {
  description: "The follow-up as it was before an edit",
  authScopes: { coach: true, supportWorker: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the edit was made" }),
    editorName: t.string({ select: { editedBy: { select: { name: true } } }, resolve: (r) => r.editedBy.name }),
    snapshot: t.string({ description: "The earlier version as JSON", resolve: (r) => JSON.stringify(r.snapshot) }),
  }),
});

const editableUntil = (createdAt: Date) => new Date(createdAt.getTime() + FOLLOW_UP_LIMITS.editHours * 3_600_000);

export const FollowUp = builder.prismaObject("FollowUp", {
  description:
    "An uppföljning by the participant's SE-handledare or coach. Only the caseload reaches one (every path checks and logs); editable by its author for 24 hours, then only addenda.",
  authScopes: { coach: true, supportWorker: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    date: t.expose("date", { type: "Date" }),
    mode: t.field({ type: FollowUpMode, resolve: (f) => f.mode }),
    durationMinutes: t.exposeInt("durationMinutes", { nullable: true }),
    attendees: t.exposeString("attendees", { description: "Who took part" }),
    workPlanGoal: t.exposeString("workPlanGoal", { description: "The arbetsplan goal under review" }),
    notes: t.exposeString("notes", { description: "What was done" }),
    supportGiven: t.exposeString("supportGiven"),
    supportBefore: t.field({ type: SupportLevel, nullable: true, resolve: (f) => f.supportBefore }),
    supportAfter: t.field({ type: SupportLevel, nullable: true, resolve: (f) => f.supportAfter }),
    employerFeedback: t.exposeString("employerFeedback"),
    participantView: t.exposeInt("participantView", { nullable: true, description: "The participant's own view, 1–5 on the picture scale" }),
    risks: t.exposeString("risks"),
    nextSteps: t.exposeString("nextSteps", { description: "Free-text next steps (older records; new ones use actions)" }),
    nextDate: t.expose("nextDate", { type: "Date", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    authorName: t.string({ select: { supportWorker: { select: { name: true } } }, resolve: (f) => f.supportWorker.name }),
    editableUntil: t.field({ type: "DateTime", resolve: (f) => editableUntil(f.createdAt) }),
    viewerCanEdit: t.boolean({
      description: "The caller wrote it and the 24 hours have not passed",
      resolve: (f, _args, context) => f.supportWorkerId === context.viewer?.userId && context.clock.now() < editableUntil(f.createdAt),
    }),
    placementTitle: t.string({
      nullable: true,
      select: { assignment: { select: { placement: { select: { title: true } } } } },
      resolve: (f) => f.assignment?.placement.title ?? null,
    }),
    participantId: t.exposeID("participantId"),
    ratings: t.relation("ratings", { query: { orderBy: { area: "asc" } } }),
    adaptations: t.relation("adaptations", { query: { orderBy: { adaptation: { sortOrder: "asc" } } } }),
    actions: t.relation("actions", { query: { orderBy: [{ dueDate: "asc" }, { id: "asc" }] } }),
    addenda: t.relation("addenda", { query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } }),
    revisions: t.relation("revisions", { query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] } }),
  }),
});

// ---------------------------------------------------------------- the participant's follow-up fields

const ProgressPoint = builder.objectRef<{ date: Date; rating: number; followUpId: string }>("ProgressPoint").implement({
  fields: (t) => ({
    date: t.field({ type: "Date", resolve: (p) => p.date }),
    rating: t.exposeInt("rating"),
    followUpId: t.exposeID("followUpId"),
  }),
});

interface Series {
  area: (typeof progressAreas)[number];
  label: string;
  points: { date: Date; rating: number; followUpId: string }[];
}

const ProgressSeries = builder.objectRef<Series>("ProgressSeries").implement({
  description: "One area's step ratings over time, oldest first",
  fields: (t) => ({
    area: t.field({ type: ProgressArea, resolve: (s) => s.area }),
    label: t.exposeString("label"),
    points: t.field({ type: [ProgressPoint], resolve: (s) => s.points }),
  }),
});

builder.prismaObjectFields(Participant, (t) => ({
  sePhase: t.field({ type: SePhase, nullable: true, ...caseloadOnly, description: "Null until Supported Employment starts", resolve: (p) => p.sePhase }),
  supportStartedOn: t.expose("supportStartedOn", { type: "Date", nullable: true, ...caseloadOnly }),
  outcome: t.field({ type: Outcome, nullable: true, ...caseloadOnly, resolve: (p) => p.outcome }),
  outcomeDate: t.expose("outcomeDate", { type: "Date", nullable: true, ...caseloadOnly }),
  outcomeReason: t.exposeString("outcomeReason", caseloadOnly),
  supportEndedOn: t.expose("supportEndedOn", { type: "Date", nullable: true, ...caseloadOnly }),
  followingAlong: t.boolean({
    ...caseloadOnly,
    description: "Left for a job or studies and still followed along",
    resolve: (p) => p.supportEndedOn === null && p.outcome !== null && (FOLLOW_ALONG_OUTCOMES as readonly string[]).includes(p.outcome),
  }),
  followUps: t.relation("followUps", {
    ...caseloadOnly,
    description: "Newest first; the read is logged",
    query: { orderBy: [{ date: "desc" }, { createdAt: "desc" }] },
    resolve: async (query, p, _args, context) => {
      await logFollowUpRead(context, p.id);
      return context.db.followUp.findMany({ ...query, where: { participantId: p.id } });
    },
  }),
  agreedActions: t.relation("agreedActions", {
    ...caseloadOnly,
    args: { open: t.arg.boolean({ required: false, description: "true: only those not done" }) },
    query: (args) => ({ where: args.open ? { doneAt: null } : {}, orderBy: [{ dueDate: "asc" }, { id: "asc" }] }),
    resolve: async (query, p, _args, context) => {
      await logFollowUpRead(context, p.id);
      return context.db.agreedAction.findMany({ ...query, where: { ...query.where, participantId: p.id } });
    },
  }),
  progress: t.field({
    type: [ProgressSeries],
    ...caseloadOnly,
    description: "Step ratings per area over time (every area, in reference order; an area never rated has no points)",
    resolve: async (p, _args, context) => {
      await logFollowUpRead(context, p.id, "Läsa stegförflyttning");
      return progressOf(context, p.id);
    },
  }),
}));

async function progressOf(context: Context, participantId: string): Promise<Series[]> {
  const [anchors, ratings] = await Promise.all([
    context.db.progressAreaAnchor.findMany({ orderBy: { sortOrder: "asc" } }),
    context.db.progressRating.findMany({
      where: { followUp: { participantId } },
      select: { area: true, rating: true, followUpId: true, followUp: { select: { date: true, createdAt: true } } },
      orderBy: [{ followUp: { date: "asc" } }, { followUp: { createdAt: "asc" } }],
    }),
  ]);
  return anchors.map((anchor) => ({
    area: anchor.area,
    label: anchor.label,
    points: ratings.filter((r) => r.area === anchor.area).map((r) => ({ date: r.followUp.date, rating: r.rating, followUpId: r.followUpId })),
  }));
}

// ---------------------------------------------------------------- the handledare's list

const Attendance = builder.objectRef<AttendanceSummary>("AttendanceSummary").implement({
  fields: (t) => ({
    scheduledMinutes: t.exposeInt("scheduledMinutes"),
    attendedMinutes: t.exposeInt("attendedMinutes"),
    days: t.exposeInt("days", { description: "Reported days" }),
  }),
});

const FollowUpRowRef = builder.objectRef<FollowUpRow>("FollowUpRow").implement({
  description: "One person on the handledare's list",
  fields: (t) => ({
    participant: t.field({ type: Participant, resolve: (r) => grant(r.participant, "CASELOAD") as never }),
    sePhase: t.field({ type: SePhase, resolve: (r) => r.phase }),
    followingAlong: t.exposeBoolean("followingAlong", { description: "Left for a job or studies; followed along" }),
    followAlongUntil: t.field({ type: "Date", nullable: true, resolve: (r) => r.followAlongUntil }),
    lastFollowUpDate: t.field({ type: "Date", nullable: true, resolve: (r) => r.lastFollowUp }),
    nextDate: t.field({ type: "Date", nullable: true, description: "Planned at the last follow-up", resolve: (r) => r.plannedNext }),
    dueDate: t.field({ type: "Date", description: "The earlier of the planned date and the phase's interval", resolve: (r) => r.schedule.dueDate }),
    intervalDays: t.int({ resolve: (r) => r.schedule.intervalDays }),
    overdue: t.boolean({ resolve: (r) => r.schedule.overdue }),
    overdueReason: t.field({ type: OverdueReason, nullable: true, resolve: (r) => r.schedule.reason }),
    daysOverdue: t.int({ resolve: (r) => r.schedule.daysOverdue }),
    attendanceThisMonth: t.field({ type: Attendance, nullable: true, resolve: (r) => r.attendanceThisMonth }),
    openActions: t.field({ type: [AgreedAction], resolve: (r) => r.participant.agreedActions }),
    placementTitle: t.string({ nullable: true, resolve: (r) => r.placementTitle }),
    organizationName: t.string({ nullable: true, resolve: (r) => r.organizationName }),
  }),
});

const Interval = builder.objectRef<{ key: string; days: number }>("FollowUpInterval").implement({
  description: "How many days may pass between follow-ups: per SE phase, and FOLLOWING_ALONG after a job or studies",
  fields: (t) => ({ key: t.exposeString("key"), days: t.exposeInt("days") }),
});

interface Overview {
  today: IsoDate;
  rows: FollowUpRow[];
  notStarted: RowlessParticipant[];
  intervals: { key: string; days: number }[];
  followAlongMonths: number;
}
type RowlessParticipant = Prisma.ParticipantGetPayload<object>;

const OverviewRef = builder.objectRef<Overview>("FollowUpOverview").implement({
  fields: (t) => ({
    today: t.field({ type: "Date", description: "Today in Stockholm, as the list was reckoned", resolve: (o) => o.today }),
    rows: t.field({ type: [FollowUpRowRef], description: "Overdue first", resolve: (o) => o.rows }),
    notStarted: t.field({
      type: [Participant],
      description: "People the caller is SE-handledare for whose support has not started (no phase yet)",
      resolve: (o) => o.notStarted.map((p) => grant(p, "CASELOAD")),
    }),
    intervals: t.field({ type: [Interval], resolve: (o) => o.intervals }),
    followAlongMonths: t.exposeInt("followAlongMonths"),
  }),
});

// ---------------------------------------------------------------- Mina steg

interface MyStepsData {
  firstName: string;
  placementTitle: string | null;
  organizationName: string | null;
  month: IsoDate;
  days: { date: IsoDate; status: (typeof DayStatus)["$inferType"] }[];
  steps: { area: string; label: string; question: string; rating: number | null; previous: number | null }[];
  nextMeeting: IsoDate | null;
}

const MyDay = builder.objectRef<MyStepsData["days"][number]>("MyDay").implement({
  fields: (t) => ({ date: t.field({ type: "Date", resolve: (d) => d.date }), status: t.field({ type: DayStatus, resolve: (d) => d.status }) }),
});

const MyStep = builder.objectRef<MyStepsData["steps"][number]>("MyStep").implement({
  fields: (t) => ({
    area: t.field({ type: ProgressArea, resolve: (s) => s.area as never }),
    label: t.exposeString("label"),
    question: t.exposeString("question"),
    rating: t.exposeInt("rating", { nullable: true, description: "The latest step, 1–10" }),
    previous: t.exposeInt("previous", { nullable: true, description: "The step before that" }),
  }),
});

const MySteps = builder.objectRef<MyStepsData>("MySteps").implement({
  description: "What the participant's own page shows: no diagnoses, no notes, nothing written about them in free text.",
  fields: (t) => ({
    firstName: t.exposeString("firstName"),
    placementTitle: t.exposeString("placementTitle", { nullable: true }),
    organizationName: t.exposeString("organizationName", { nullable: true }),
    month: t.field({ type: "Date", description: "The first day of this month", resolve: (m) => m.month }),
    days: t.field({ type: [MyDay], resolve: (m) => m.days }),
    steps: t.field({ type: [MyStep], resolve: (m) => m.steps }),
    nextMeeting: t.field({ type: "Date", nullable: true, resolve: (m) => m.nextMeeting }),
  }),
});

async function myStepsOf(context: Context, participantId: string): Promise<MyStepsData> {
  const day = today(context.clock);
  const participant = await context.db.participant.findUniqueOrThrow({
    where: { id: participantId },
    select: {
      displayName: true,
      assignments: {
        where: { status: { in: ["ACTIVE", "PAUSED"] } },
        orderBy: { startDate: "desc" },
        take: 1,
        select: {
          startDate: true,
          plannedEndDate: true,
          endedAt: true,
          weekdays: true,
          hoursPerDay: true,
          placement: { select: { title: true, organization: { select: { name: true } } } },
          attendanceDays: {
            where: { date: { gte: toDbDate(startOfMonth(day)), lte: toDbDate(endOfMonth(day)) } },
            select: { date: true, scheduledMinutes: true, attendedMinutes: true },
          },
        },
      },
      followUps: { orderBy: [{ date: "desc" }, { createdAt: "desc" }], take: 1, select: { nextDate: true } },
    },
  });
  const assignment = participant.assignments[0];
  const reported = new Map(assignment?.attendanceDays.map((d) => [fromDbDate(d.date), d]) ?? []);
  const days = assignment
    ? scheduleOfMonth(assignment, day.slice(0, 7)).map((d) => {
        const report = reported.get(d.date);
        const status = report
          ? report.attendedMinutes >= report.scheduledMinutes && report.scheduledMinutes > 0
            ? "WORKED"
            : report.attendedMinutes > 0
              ? "PARTLY"
              : report.scheduledMinutes > 0
                ? "AWAY"
                : "FREE"
          : d.kind !== "SCHEDULED"
            ? "FREE"
            : d.date > day
              ? "UPCOMING"
              : "NOT_REPORTED";
        return { date: d.date, status } as const;
      })
    : [];
  const series = await progressOf(context, participantId);
  const anchors = await context.db.progressAreaAnchor.findMany({ orderBy: { sortOrder: "asc" } });
  const steps = series.map((s, i) => ({
    area: s.area,
    label: s.label,
    question: anchors[i]!.question,
    rating: s.points.at(-1)?.rating ?? null,
    previous: s.points.at(-2)?.rating ?? null,
  }));
  const planned = participant.followUps[0]?.nextDate;
  const nextMeeting = planned && fromDbDate(planned) >= day ? fromDbDate(planned) : null;
  return {
    firstName: participant.displayName,
    placementTitle: assignment?.placement.title ?? null,
    organizationName: assignment?.placement.organization.name ?? null,
    month: startOfMonth(day),
    days,
    steps,
    nextMeeting,
  };
}

// ---------------------------------------------------------------- queries

builder.queryFields((t) => ({
  followUpOverview: t.field({
    type: OverviewRef,
    description:
      "The caller's list: everyone in Supported Employment in their caseload (as SE-handledare while consent stands, or as coach), overdue first, and those assigned to them whose support has not started. Each person's read is logged.",
    authScopes: allow("Query.followUpOverview"),
    resolve: async (_root, _args, context) => {
      const viewer = context.viewer!;
      const day = today(context.clock);
      const intervals = followUpIntervals();
      const months = followAlongMonths();
      const rows = await followUpRows(context.db, caseloadWhere(viewer), { today: day, intervals, followAlongMonths: months });
      const notStarted = viewer.userId
        ? await context.db.participant.findMany({
            where: { AND: [caseloadWhere(viewer), { supportWorkerId: viewer.userId, sePhase: null, supportEndedOn: null, stage: { not: "ENDED" } }] },
            orderBy: [{ displayName: "asc" }, { id: "asc" }],
          })
        : [];
      await logParticipantReads(context, [...rows.map((r) => r.participant.id), ...notStarted.map((p) => p.id)], "Visa uppföljningslistan");
      return { today: day, rows, notStarted, intervals: Object.entries(intervals).map(([key, days]) => ({ key, days })), followAlongMonths: months };
    },
  }),
  followUp: t.prismaField({
    type: FollowUp,
    nullable: true,
    authScopes: allow("Query.followUp"),
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const row = await context.db.followUp.findUnique({ ...query, where: { id: String(args.id) } });
      if (!row) return null;
      await requireSupportOf(context, row.participantId);
      await logRead(context, { entity: "FollowUp", entityId: row.id, participantId: row.participantId, purpose: "Läsa uppföljning" });
      return row;
    },
  }),
  progressAreaAnchors: t.prismaField({
    type: [ProgressAreaAnchor],
    description: "The step areas with their anchor texts, in reference order",
    authScopes: allow("Query.progressAreaAnchors"),
    resolve: (query, _root, _args, { db }) => db.progressAreaAnchor.findMany({ ...query, orderBy: { sortOrder: "asc" } }),
  }),
  mySteps: t.field({
    type: MySteps,
    description: "Mina steg: the participant's own page, opened by their SE-handledare or coach. Logged like every read.",
    authScopes: allow("Query.mySteps"),
    args: { participantId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const participantId = String(args.participantId);
      await requireSupportOf(context, participantId);
      await logRead(context, { entity: "Participant", entityId: participantId, participantId, purpose: "Mina steg" });
      return myStepsOf(context, participantId);
    },
  }),
  organizationAgreedActions: t.prismaField({
    type: [AgreedAction],
    description:
      "Agreed actions the caller's organisations own, for participants whose consent to share with employers stands and whose assignment there is live. Never the follow-up itself.",
    authScopes: allow("Query.organizationAgreedActions"),
    args: { open: t.arg.boolean({ required: false, description: "true: only those not done" }) },
    resolve: async (query, _root, args, context) => {
      const organizationIds = context.viewer!.organizationIds;
      if (!organizationIds.length) return [];
      const rows = await context.db.agreedAction.findMany({
        ...query,
        where: {
          owner: "ORGANIZATION",
          organizationId: { in: organizationIds },
          participant: employerShareWhere(organizationIds),
          ...(args.open ? { doneAt: null } : {}),
        },
        orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      });
      for (const row of rows) {
        await logRead(context, { entity: "AgreedAction", entityId: row.id, participantId: row.participantId, purpose: "Visa överenskommelser för arbetsplatsen" });
      }
      return rows;
    },
  }),
}));

// ---------------------------------------------------------------- inputs

const RatingInput = builder.inputType("ProgressRatingInput", {
  fields: (t) => ({ area: t.field({ type: ProgressArea, required: true }), rating: t.int({ required: true, description: "1–10" }) }),
});
const AdaptationChangeInput = builder.inputType("FollowUpAdaptationInput", {
  fields: (t) => ({ code: t.string({ required: true }), change: t.field({ type: AdaptationChange, required: true }) }),
});
const ActionInput = builder.inputType("AgreedActionInput", {
  fields: (t) => ({
    description: t.string({ required: true }),
    owner: t.field({ type: ActionOwner, required: true, description: "ORGANIZATION: the host organisation of the live assignment" }),
    dueDate: t.field({ type: "Date", required: true }),
  }),
});

type InputFields = Parameters<NonNullable<Parameters<typeof builder.inputType>[1]["fields"]>>[0];

const followUpInputFields = (t: InputFields) => ({
  date: t.field({ type: "Date", required: true, description: "Today or earlier" }),
  mode: t.field({ type: FollowUpMode, required: true }),
  durationMinutes: t.int({ required: false }),
  attendees: t.string({ required: false }),
  workPlanGoal: t.string({ required: false, description: "One of the live assignment's arbetsplan goals, word for word" }),
  notes: t.string({ required: true, description: "What was done" }),
  supportGiven: t.string({ required: false }),
  supportBefore: t.field({ type: SupportLevel, required: false }),
  supportAfter: t.field({ type: SupportLevel, required: false }),
  employerFeedback: t.string({ required: false }),
  participantView: t.int({ required: false, description: "1–5" }),
  risks: t.string({ required: false }),
  nextDate: t.field({ type: "Date", required: false }),
  ratings: t.field({ type: [RatingInput], required: false, ...bounded({ maxItems: progressAreas.length }) }),
  adaptations: t.field({ type: [AdaptationChangeInput], required: false, ...bounded({ maxItems: FOLLOW_UP_LIMITS.adaptations }) }),
  actions: t.field({ type: [ActionInput], required: false, ...bounded({ maxItems: FOLLOW_UP_LIMITS.actions }) }),
});

const RecordFollowUpInput = builder.inputType("RecordFollowUpInput", {
  fields: (t) => ({ participantId: t.id({ required: true }), ...followUpInputFields(t) }),
});
const UpdateFollowUpInput = builder.inputType("UpdateFollowUpInput", {
  fields: (t) => ({ followUpId: t.id({ required: true }), ...followUpInputFields(t) }),
});
const AddFollowUpAddendumInput = builder.inputType("AddFollowUpAddendumInput", {
  fields: (t) => ({ followUpId: t.id({ required: true }), text: t.string({ required: true }) }),
});
const SetSePhaseInput = builder.inputType("SetSePhaseInput", {
  fields: (t) => ({ participantId: t.id({ required: true }), phase: t.field({ type: SePhase, required: true }) }),
});
const RecordOutcomeInput = builder.inputType("RecordOutcomeInput", {
  fields: (t) => ({
    participantId: t.id({ required: true }),
    outcome: t.field({ type: Outcome, required: true }),
    date: t.field({ type: "Date", required: true }),
    reason: t.string({ required: false, description: "Required with ENDED" }),
    endSupport: t.boolean({ required: false, description: "End support now; always so with OTHER_SUPPORT and ENDED" }),
  }),
});
const SetAgreedActionDoneInput = builder.inputType("SetAgreedActionDoneInput", {
  fields: (t) => ({ actionId: t.id({ required: true }), done: t.boolean({ required: true }) }),
});
const ConfirmAdaptationNeedInput = builder.inputType("ConfirmAdaptationNeedInput", {
  fields: (t) => ({
    followUpId: t.id({ required: true }),
    adaptationCode: t.string({ required: true }),
    mustHave: t.boolean({ required: true }),
  }),
});

// ---------------------------------------------------------------- writing a follow-up

type FollowUpValues = Omit<RecordFollowUpValues, "participantId">;

const liveAssignmentOf = (db: Context["db"], participantId: string) =>
  db.assignment.findFirst({
    where: { participantId, status: { in: ["ACTIVE", "PAUSED"] } },
    orderBy: { startDate: "desc" },
    select: { id: true, workPlanGoals: true, placement: { select: { organizationId: true } } },
  });

/** The checks that need stored rows; returns the assignment the follow-up belongs to. */
async function checkAgainstRows(context: Context, participantId: string, values: FollowUpValues) {
  const errors: FieldError[] = [];
  if (values.date > today(context.clock)) errors.push({ field: "date", message: "En uppföljning kan inte vara i framtiden." });
  const assignment = await liveAssignmentOf(context.db, participantId);
  if (values.workPlanGoal && !(assignment && goalsOf(assignment.workPlanGoals).includes(values.workPlanGoal))) {
    errors.push({ field: "workPlanGoal", message: "Välj ett mål ur arbetsplanen." });
  }
  if (values.actions.some((a) => a.owner === "ORGANIZATION") && !assignment) {
    values.actions.forEach((a, i) => {
      if (a.owner === "ORGANIZATION") errors.push({ field: `actions.${i}.owner`, message: "Deltagaren har ingen arbetsplats just nu." });
    });
  }
  values.actions.forEach((a, i) => {
    if (a.dueDate < values.date) errors.push({ field: `actions.${i}.dueDate`, message: "Datumet ska vara efter uppföljningen." });
  });
  const codes = values.adaptations.map((a) => a.code);
  if (codes.length) {
    const known = new Set((await context.db.adaptation.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((a) => a.code));
    values.adaptations.forEach((a, i) => {
      if (!known.has(a.code)) errors.push({ field: `adaptations.${i}.code`, message: "Välj en anpassning i listan." });
    });
  }
  if (errors.length) throw new ValidationError(errors);
  return assignment;
}

function followUpData(values: FollowUpValues) {
  return {
    date: toDbDate(values.date),
    mode: values.mode,
    durationMinutes: values.durationMinutes,
    attendees: values.attendees,
    workPlanGoal: values.workPlanGoal,
    notes: values.notes,
    supportGiven: values.supportGiven,
    supportBefore: values.supportBefore,
    supportAfter: values.supportAfter,
    employerFeedback: values.employerFeedback,
    participantView: values.participantView,
    risks: values.risks,
    nextDate: values.nextDate ? toDbDate(values.nextDate) : null,
  };
}

/** Ratings, adaptations and actions of a follow-up, written after its row. */
async function writeChildren(tx: Tx, followUpId: string, participantId: string, organizationId: string | null, values: FollowUpValues) {
  if (values.ratings.length) await tx.progressRating.createMany({ data: values.ratings.map((r) => ({ followUpId, area: r.area, rating: r.rating })) });
  if (values.adaptations.length) {
    await tx.followUpAdaptation.createMany({ data: values.adaptations.map((a) => ({ followUpId, adaptationCode: a.code, change: a.change })) });
  }
  if (values.actions.length) {
    await tx.agreedAction.createMany({
      data: values.actions.map((a) => ({
        followUpId,
        participantId,
        description: a.description,
        owner: a.owner,
        organizationId: a.owner === "ORGANIZATION" ? organizationId : null,
        dueDate: toDbDate(a.dueDate),
      })),
    });
  }
}

/** The plain values a form or API call sends, with nulls for what it left out. */
function valuesOf(input: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(input).map(([key, value]) => [key, value ?? undefined]));
}

/** Writes a change to the participant with its audit row in one transaction; returns the row as the caseload sees it. */
async function changeParticipant<Q extends object>(context: Context, query: Q, participantId: string, write: Prisma.PrismaPromise<unknown>, purpose: string) {
  await context.db.$transaction([
    write,
    context.db.auditEvent.create({ data: auditRow(context, { action: "UPDATE", entity: "Participant", entityId: participantId, participantId, purpose }) }),
  ]);
  return grant(await context.db.participant.findUniqueOrThrow({ ...query, where: { id: participantId } }), "CASELOAD");
}

builder.mutationFields((t) => ({
  recordFollowUp: t.prismaField({
    type: FollowUp,
    description: "The participant's SE-handledare or coach records a follow-up with its ratings, adaptations and agreed actions, in one transaction.",
    authScopes: allow("Mutation.recordFollowUp"),
    args: { input: t.arg({ type: RecordFollowUpInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const participantId = String(input.participantId);
      await requireSupportOf(context, participantId);
      const { participantId: _id, ...values } = parseInput(recordFollowUpInput, { ...valuesOf(input), participantId });
      const assignment = await checkAgainstRows(context, participantId, values);
      const id = await context.db.$transaction(async (tx) => {
        const followUp = await tx.followUp.create({
          // createdAt by the request's clock: the 24-hour edit window runs on the same clock that later checks it.
          data: { ...followUpData(values), participantId, assignmentId: assignment?.id ?? null, supportWorkerId: context.viewer!.userId!, createdAt: context.clock.now() },
        });
        await writeChildren(tx, followUp.id, participantId, assignment?.placement.organizationId ?? null, values);
        await tx.auditEvent.create({ data: auditRow(context, { action: "CREATE", entity: "FollowUp", entityId: followUp.id, participantId, purpose: "Registrera uppföljning" }) });
        return followUp.id;
      });
      return context.db.followUp.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateFollowUp: t.prismaField({
    type: FollowUp,
    description: "Its author corrects a follow-up within 24 hours of writing it; the earlier version is kept as a revision.",
    authScopes: allow("Mutation.updateFollowUp"),
    args: { input: t.arg({ type: UpdateFollowUpInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const existing = await context.db.followUp.findUnique({
        where: { id: String(input.followUpId) },
        include: { ratings: true, adaptations: true, actions: true },
      });
      if (!existing) throw new NotFoundError("Uppföljningen");
      await requireSupportOf(context, existing.participantId);
      if (existing.supportWorkerId !== context.viewer!.userId) throw new ForbiddenError("Bara den som skrev uppföljningen kan ändra den. Skriv ett tillägg i stället.");
      const { followUpId: _id, ...values } = parseInput(updateFollowUpInput, { ...valuesOf(input), followUpId: existing.id });
      if (context.clock.now() >= editableUntil(existing.createdAt)) throw new ConflictError("Uppföljningen kan bara ändras under 24 timmar. Skriv ett tillägg i stället.");
      const assignment = await checkAgainstRows(context, existing.participantId, values);
      const { participantId } = existing;
      await context.db.$transaction(async (tx) => {
        const { ratings, adaptations, actions, ...fields } = existing;
        await tx.followUpRevision.create({
          data: { followUpId: existing.id, editedById: context.viewer!.userId!, snapshot: JSON.parse(JSON.stringify({ ...fields, ratings, adaptations, actions })) },
        });
        await tx.progressRating.deleteMany({ where: { followUpId: existing.id } });
        await tx.followUpAdaptation.deleteMany({ where: { followUpId: existing.id } });
        await tx.agreedAction.deleteMany({ where: { followUpId: existing.id } });
        await tx.followUp.update({ where: { id: existing.id }, data: followUpData(values) });
        await writeChildren(tx, existing.id, participantId, assignment?.placement.organizationId ?? null, values);
        await tx.auditEvent.create({ data: auditRow(context, { action: "UPDATE", entity: "FollowUp", entityId: existing.id, participantId, purpose: "Rätta uppföljning" }) });
      });
      return context.db.followUp.findUniqueOrThrow({ ...query, where: { id: existing.id } });
    },
  }),
  addFollowUpAddendum: t.prismaField({
    type: FollowUp,
    description: "Adds to a follow-up without changing it (after the 24 hours, the only way to add to it).",
    authScopes: allow("Mutation.addFollowUpAddendum"),
    args: { input: t.arg({ type: AddFollowUpAddendumInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const existing = await context.db.followUp.findUnique({ where: { id: String(input.followUpId) }, select: { id: true, participantId: true } });
      if (!existing) throw new NotFoundError("Uppföljningen");
      await requireSupportOf(context, existing.participantId);
      const { text } = parseInput(addendumInput, { followUpId: existing.id, text: input.text });
      await context.db.$transaction(async (tx) => {
        const addendum = await tx.followUpAddendum.create({ data: { followUpId: existing.id, authorId: context.viewer!.userId!, text } });
        await tx.auditEvent.create({
          data: auditRow(context, { action: "CREATE", entity: "FollowUpAddendum", entityId: addendum.id, participantId: existing.participantId, purpose: "Tillägg till uppföljning" }),
        });
      });
      return context.db.followUp.findUniqueOrThrow({ ...query, where: { id: existing.id } });
    },
  }),
  setSePhase: t.prismaField({
    type: Participant,
    description: "Starts Supported Employment (phase 1 and the start day) or moves the participant to another phase.",
    authScopes: allow("Mutation.setSePhase"),
    args: { input: t.arg({ type: SetSePhaseInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const participantId = String(input.participantId);
      await requireSupportOf(context, participantId);
      const { phase } = parseInput(setPhaseInput, { participantId, phase: input.phase });
      const current = await context.db.participant.findUniqueOrThrow({ where: { id: participantId }, select: { supportStartedOn: true, supportEndedOn: true } });
      const restart = current.supportEndedOn !== null;
      return changeParticipant(context, query, participantId, context.db.participant.update({
          where: { id: participantId },
          data: {
            sePhase: phase,
            ...(current.supportStartedOn && !restart ? {} : { supportStartedOn: toDbDate(today(context.clock)) }),
            ...(restart ? { supportEndedOn: null, outcome: null, outcomeDate: null, outcomeReason: "" } : {}),
          },
        }),
        "SE-fas",
      );
    },
  }),
  recordOutcome: t.prismaField({
    type: Participant,
    description:
      "Where the participant went, with the date: JOB, JOB_WITH_SUPPORT or STUDIES keep the handledare following along (phase 5) unless endSupport; OTHER_SUPPORT and ENDED end support. The stage follows.",
    authScopes: allow("Mutation.recordOutcome"),
    args: { input: t.arg({ type: RecordOutcomeInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const participantId = String(input.participantId);
      await requireSupportOf(context, participantId);
      const values = parseInput(recordOutcomeInput, { ...valuesOf(input), participantId });
      if (values.date > addDays(today(context.clock), 31)) throw new ValidationError([{ field: "date", message: "Datumet får vara högst en månad fram i tiden." }]);
      const followAlong = (FOLLOW_ALONG_OUTCOMES as readonly string[]).includes(values.outcome) && !values.endSupport;
      const stage = values.outcome === "STUDIES" ? "STUDIES" : values.outcome === "JOB" || values.outcome === "JOB_WITH_SUPPORT" ? "EMPLOYED" : "ENDED";
      const current = await context.db.participant.findUniqueOrThrow({ where: { id: participantId }, select: { supportStartedOn: true } });
      return changeParticipant(context, query, participantId, context.db.participant.update({
          where: { id: participantId },
          data: {
            outcome: values.outcome,
            outcomeDate: toDbDate(values.date),
            outcomeReason: values.reason,
            stage,
            ...(followAlong ? { sePhase: "ON_OFF_JOB_SUPPORT", supportEndedOn: null } : { supportEndedOn: toDbDate(values.date) }),
            ...(current.supportStartedOn ? {} : { supportStartedOn: toDbDate(values.date) }),
          },
        }),
        "Utfall och steg",
      );
    },
  }),
  setAgreedActionDone: t.prismaField({
    type: AgreedAction,
    description: "Marks an agreed action done (or not). The caseload may; so may the owning organisation while consent and the assignment stand.",
    authScopes: allow("Mutation.setAgreedActionDone"),
    args: { input: t.arg({ type: SetAgreedActionDoneInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const action = await context.db.agreedAction.findUnique({ where: { id: String(input.actionId) } });
      if (!action) throw new NotFoundError("Överenskommelsen");
      const access = await participantAccess(context, action.participantId);
      const ownOrganization = access === "SHARED" && action.owner === "ORGANIZATION" && context.viewer!.organizationIds.includes(action.organizationId ?? "");
      if (access !== "CASELOAD" && !ownOrganization) throw new ForbiddenError("Överenskommelsen gäller inte din deltagare eller er arbetsplats.");
      if (!context.viewer?.userId) throw new ForbiddenError("En överenskommelse bockas av av en person. Logga in.");
      await context.db.$transaction([
        context.db.agreedAction.update({
          where: { id: action.id },
          data: input.done ? { doneAt: context.clock.now(), doneById: context.viewer.userId } : { doneAt: null, doneById: null },
        }),
        context.db.auditEvent.create({
          data: auditRow(context, { action: "UPDATE", entity: "AgreedAction", entityId: action.id, participantId: action.participantId, purpose: "Överenskommelse klar" }),
        }),
      ]);
      return context.db.agreedAction.findUniqueOrThrow({ ...query, where: { id: action.id } });
    },
  }),
  confirmAdaptationNeed: t.prismaField({
    type: Participant,
    description: "Adds an adaptation that a follow-up found newly needed to the participant's needs: one confirmation, logged.",
    authScopes: allow("Mutation.confirmAdaptationNeed"),
    args: { input: t.arg({ type: ConfirmAdaptationNeedInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const followUp = await context.db.followUp.findUnique({
        where: { id: String(input.followUpId) },
        select: { participantId: true, adaptations: { where: { adaptationCode: input.adaptationCode, change: "NEWLY_NEEDED" }, select: { adaptationCode: true } } },
      });
      if (!followUp) throw new NotFoundError("Uppföljningen");
      const { participantId } = followUp;
      await requireSupportOf(context, participantId);
      if (!followUp.adaptations.length) throw new ValidationError([{ field: "adaptationCode", message: "Uppföljningen säger inte att den anpassningen behövs nu." }]);
      const adaptationCode = followUp.adaptations[0]!.adaptationCode;
      return changeParticipant(context, query, participantId, context.db.participantAdaptationNeed.upsert({
          where: { participantId_adaptationCode: { participantId, adaptationCode } },
          create: { participantId, adaptationCode, mustHave: input.mustHave },
          update: { mustHave: input.mustHave },
        }),
        "Anpassning från uppföljning",
      );
    },
  }),
}));
