/**
 * Attendance days (närvaro): an organisation's month per assignment, against the schedule, and the two ways to write
 * it: `saveAttendance` (the month grid: optimistic concurrency per assignment and month) and `upsertAttendanceDays`
 * (outside systems: bulk, idempotent by a client key). Absence reasons are health data: every read goes through
 * participantAccess (the caseload, or the placement's organisation while the consent to share with employers stands
 * and the assignment is live) and writes one READ audit event per assignment and month; every write its UPDATE event.
 * Writing is in graphql/attendance-days.ts.
 */
import { createHash } from "node:crypto";
import type { Assignment as AssignmentRow } from "../../generated/prisma/client.ts";
import { ABSENCE_REASONS, type AbsenceReasonCode } from "../../attendance/entry.ts";
import { isYearMonth, monthOf, scheduleOfMonth, type YearMonth } from "../../attendance/schedule.ts";
import { auditRow, logRead } from "../audit.ts";
import {
  AttendanceRefused,
  attendanceProblems,
  attendanceRows,
  overlappingMonth,
  refusalError,
  writeAttendance,
  writeSelect,
  type AttendanceDayData,
  type AttendanceRowData,
  type GroupRequest,
  type WriteAssignment,
  type WriteOutcome,
  type WrittenDay,
} from "../attendance-days.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { ForbiddenError, NotFoundError, StegvisError, ValidationError } from "../errors.ts";
import { bounded } from "../input-limits.ts";
import { allow } from "../policy.ts";
import { Assignment } from "./assignment.ts";
import { participantAccess } from "./participant.ts";

export const DayKind = builder.enumType("DayKind", {
  description: "SCHEDULED: a work day by the schedule; HOLIDAY: a public holiday (or closed eve); FREE: not a work day; OUTSIDE: before the start or after the end",
  values: ["SCHEDULED", "HOLIDAY", "FREE", "OUTSIDE"] as const,
});
export const AbsenceReason = builder.enumType("AbsenceReason", { values: ABSENCE_REASONS });
export const MonthlyReportStatus = builder.enumType("MonthlyReportStatus", { values: ["DRAFT", "SUBMITTED", "APPROVED", "RETURNED"] as const });

/** Days of a month are read in one transaction of at most this many (assignment, month) groups. */
const MAX_ROWS = 100;
const NOTE_LENGTH = 500;
/** "2026-11" is 7; the bound leaves room for a mistyped month to get parseMonth's words (and auth to speak first). */
const MONTH_LENGTH = 20;
/** A whole organisation's month (30 participants × 31 days) fits in one upsert. */
const MAX_UPSERT_DAYS = 1_000;
const TRANSACTION = { maxWait: 30_000, timeout: 30_000 } as const;

export const AttendanceDay = builder.objectRef<AttendanceDayData>("AttendanceDay").implement({
  description: "One calendar day of an assignment's month: the schedule, and what was reported (attendedMinutes null: not reported yet).",
  fields: (t) => ({
    date: t.field({ type: "Date", resolve: (day) => day.date }),
    kind: t.field({ type: DayKind, resolve: (day) => day.kind }),
    holiday: t.string({ nullable: true, description: "The holiday's Swedish name", resolve: (day) => day.holiday }),
    scheduledMinutes: t.exposeInt("scheduledMinutes"),
    attendedMinutes: t.int({ nullable: true, resolve: (day) => day.attendedMinutes }),
    absenceReason: t.field({ type: AbsenceReason, nullable: true, resolve: (day) => day.absenceReason }),
    note: t.exposeString("note"),
  }),
});

export const AttendanceRow = builder.objectRef<AttendanceRowData>("AttendanceRow").implement({
  description: "One assignment's month: its days against the schedule, the report's status and the revision a save must name.",
  fields: (t) => ({
    assignment: t.field({ type: Assignment, resolve: (row) => row.assignment }),
    month: t.string({ description: "yyyy-mm", resolve: (row) => row.month }),
    revision: t.exposeInt("revision", { description: "Send it back with saveAttendance: a save from an older revision is refused (ATTENDANCE_CONFLICT)" }),
    reportStatus: t.field({ type: MonthlyReportStatus, description: "DRAFT until the report is submitted (also before any save)", resolve: (row) => row.reportStatus }),
    locked: t.boolean({ description: "SUBMITTED or APPROVED: the days cannot change (REPORT_LOCKED)", resolve: (row) => row.reportStatus === "SUBMITTED" || row.reportStatus === "APPROVED" }),
    days: t.field({
      type: [AttendanceDay],
      description: "Every day of the month, first to last. Reading them is logged (absence reasons are health data).",
      resolve: async (row, _args, context) => {
        const { id, participantId } = row.assignment;
        await logRead(context, { entity: "Assignment", entityId: id, participantId, purpose: `Läsa närvaro ${row.month}` });
        return row.days;
      },
    }),
  }),
});

const UpsertedAttendanceDay = builder.objectRef<WrittenDay>("UpsertedAttendanceDay").implement({
  fields: (t) => ({
    assignmentId: t.exposeID("assignmentId"),
    date: t.field({ type: "Date", resolve: (day) => day.date }),
    scheduledMinutes: t.exposeInt("scheduledMinutes"),
    attendedMinutes: t.int({ nullable: true, description: "Null: the day is not reported (cleared)", resolve: (day) => day.attendedMinutes }),
    absenceReason: t.field({ type: AbsenceReason, nullable: true, resolve: (day) => day.absenceReason }),
    note: t.exposeString("note"),
  }),
});

interface UpsertResult extends Omit<WriteOutcome, "days"> {
  replayed: boolean;
  days: WrittenDay[];
}

const AttendanceUpsertResult = builder.objectRef<UpsertResult>("AttendanceUpsertResult").implement({
  description: "What one idempotency key did. A repeat of the key returns the first call's result with replayed: true.",
  fields: (t) => ({
    replayed: t.exposeBoolean("replayed"),
    created: t.exposeInt("created"),
    updated: t.exposeInt("updated"),
    deleted: t.exposeInt("deleted"),
    unchanged: t.exposeInt("unchanged"),
    days: t.field({ type: [UpsertedAttendanceDay], resolve: (result) => result.days }),
  }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** A day's fields, shared by the grid's rows and the API's flat list. */
const dayFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, "InputObject">) => ({
  date: t.field({ type: "Date", required: true }),
  attendedMinutes: t.int({ required: false, description: "0–1440. Null with no reason clears the day; null with a reason is a whole day's absence" }),
  absenceReason: t.field({ type: AbsenceReason, required: false, description: "Required when attended falls more than 15 minutes short of the schedule" }),
  note: t.string({ required: false, ...bounded({ maxLength: NOTE_LENGTH }), description: "Null keeps the stored note" }),
});

const AttendanceDayInput = builder.inputType("AttendanceDayInput", { fields: (t) => dayFields(t) });

const AttendanceRowInput = builder.inputType("AttendanceRowInput", {
  fields: (t) => ({
    assignmentId: t.id({ required: true }),
    revision: t.int({ required: true, description: "The row's revision as loaded" }),
    days: t.field({ type: [AttendanceDayInput], required: true, ...bounded({ maxItems: 31 }) }),
  }),
});

const SaveAttendanceInput = builder.inputType("SaveAttendanceInput", {
  fields: (t) => ({
    organizationId: t.id({ required: true }),
    month: t.string({ required: true, ...bounded({ maxLength: MONTH_LENGTH }), description: "yyyy-mm" }),
    rows: t.field({ type: [AttendanceRowInput], required: true, ...bounded({ maxItems: MAX_ROWS }) }),
  }),
});

const AttendanceDayUpsert = builder.inputType("AttendanceDayUpsert", {
  fields: (t) => ({ assignmentId: t.id({ required: true }), ...dayFields(t) }),
});

const UpsertAttendanceDaysInput = builder.inputType("UpsertAttendanceDaysInput", {
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, ...bounded({ maxLength: 100 }), description: "The client's key for this batch, unique per organisation" }),
    days: t.field({ type: [AttendanceDayUpsert], required: true, ...bounded({ maxItems: MAX_UPSERT_DAYS }) }),
  }),
});

// ---------------------------------------------------------------- access

function parseMonth(month: string, field = "month"): YearMonth {
  if (!isYearMonth(month)) throw new ValidationError([{ field, message: "Skriv månaden som år-månad, till exempel 2026-11." }]);
  return month;
}

function requireMember(context: Context, organizationId: string): void {
  if (!context.viewer?.organizationIds.includes(organizationId)) throw new ForbiddenError("Du hör inte till den organisationen.");
}

/** The assignments among `rows` whose participant the viewer may see (decided in one batch), others dropped. */
async function readable<T extends { participantId: string }>(context: Context, rows: T[]): Promise<T[]> {
  const access = await Promise.all(rows.map((row) => participantAccess(context, row.participantId)));
  return rows.filter((_row, index) => access[index] !== null);
}

/**
 * The assignments a write names, checked: each exists (NOT_FOUND), is at one of the caller's organisations
 * (`organizationId` when given) and its participant shared with the caller (FORBIDDEN: not placed with you).
 */
async function writableAssignments(context: Context, ids: string[], organizationId?: string): Promise<Map<string, WriteAssignment>> {
  const unique = [...new Set(ids)];
  const found = await context.db.assignment.findMany({ where: { id: { in: unique } }, select: writeSelect });
  const byId = new Map(found.map((a) => [a.id, a]));
  const missing = unique.filter((id) => !byId.has(id));
  if (missing.length) throw new NotFoundError(missing.length === 1 ? `Insatsen ${missing[0]}` : `Insatserna ${missing.join(", ")}`);
  const notHere: WriteAssignment[] = [];
  for (const assignment of found) {
    const org = assignment.placement.organizationId;
    const ours = context.viewer!.organizationIds.includes(org) && (organizationId === undefined || org === organizationId);
    if (!ours || (await participantAccess(context, assignment.participantId)) !== "SHARED") notHere.push(assignment);
  }
  if (notHere.length) {
    throw new StegvisError("FORBIDDEN", `Deltagaren är inte placerad hos er (insats ${notHere.map((a) => a.id).join(", ")}), eller delar inte längre uppgifter med er. Inget sparades.`, {
      assignmentIds: notHere.map((a) => a.id),
    });
  }
  return byId;
}

type Tx = Parameters<Parameters<Context["db"]["$transaction"]>[0]>[0];

/**
 * Validates, then writes in one transaction; refusals become typed errors once it has rolled back. `claim` runs first
 * in the transaction and may decline (null: nothing written); `done` runs last, with the outcome.
 */
async function validatedWrite(
  context: Context,
  groups: GroupRequest[],
  hooks: { claim?: (tx: Tx) => Promise<boolean>; done?: (tx: Tx, outcome: WriteOutcome) => Promise<unknown> } = {},
): Promise<WriteOutcome | null> {
  const problems = attendanceProblems(groups);
  if (problems.length) throw new ValidationError(problems);
  try {
    return await context.db.$transaction(async (tx) => {
      if (hooks.claim && !(await hooks.claim(tx))) return null;
      const outcome = await writeAttendance(tx, context, groups);
      await hooks.done?.(tx, outcome);
      return outcome;
    }, TRANSACTION);
  } catch (error) {
    if (error instanceof AttendanceRefused) throw await refusalError(context, error);
    throw error;
  }
}

const asReason = (reason: string | null | undefined) => (reason ?? null) as AbsenceReasonCode | null;

// ---------------------------------------------------------------- queries

builder.queryFields((t) => ({
  placedAssignments: t.prismaField({
    type: [Assignment],
    description: "Who is placed here: the organisation's live (active or paused) assignments, by start date. The participant shows as consent allows.",
    authScopes: allow("Query.placedAssignments"),
    args: { organizationId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const organizationId = String(args.organizationId);
      if (!(await context.db.organization.count({ where: { id: organizationId } }))) throw new NotFoundError("Organisationen");
      requireMember(context, organizationId);
      return context.db.assignment.findMany({
        ...query,
        where: { status: { in: ["ACTIVE", "PAUSED"] }, placement: { organizationId } },
        orderBy: [{ startDate: "asc" }, { id: "asc" }],
      });
    },
  }),
  attendanceMonth: t.field({
    type: [AttendanceRow],
    description:
      "An organisation's month (yyyy-mm): one row per assignment with a day in the month whose participant it may see, by start date. Every read is logged.",
    authScopes: allow("Query.attendanceMonth"),
    args: { organizationId: t.arg.id({ required: true }), month: t.arg.string({ required: true, ...bounded({ maxLength: MONTH_LENGTH }) }) },
    resolve: async (_root, args, context) => {
      const month = parseMonth(args.month);
      const organizationId = String(args.organizationId);
      if (!(await context.db.organization.count({ where: { id: organizationId } }))) throw new NotFoundError("Organisationen");
      requireMember(context, organizationId);
      const assignments = await context.db.assignment.findMany({
        where: { placement: { organizationId }, ...overlappingMonth(month) },
        orderBy: [{ startDate: "asc" }, { id: "asc" }],
      });
      const active = assignments.filter((a) => scheduleOfMonth(a, month).some((day) => day.kind !== "OUTSIDE"));
      return attendanceRows(context.db, await readable(context, active), month);
    },
  }),
  assignmentAttendance: t.field({
    type: AttendanceRow,
    description: "One assignment's month (yyyy-mm): for the participant's coach and handledare, and the placement's organisation. Logged.",
    authScopes: allow("Query.assignmentAttendance"),
    args: { assignmentId: t.arg.id({ required: true }), month: t.arg.string({ required: true, ...bounded({ maxLength: MONTH_LENGTH }) }) },
    resolve: async (_root, args, context) => {
      const month = parseMonth(args.month);
      const assignment = await context.db.assignment.findUnique({ where: { id: String(args.assignmentId) }, include: { placement: { select: { organizationId: true } } } });
      if (!assignment) throw new NotFoundError("Insatsen");
      const access = await participantAccess(context, assignment.participantId);
      const ours = access === "CASELOAD" || (access === "SHARED" && context.viewer!.organizationIds.includes(assignment.placement.organizationId));
      if (!ours) throw new ForbiddenError("Du arbetar inte med den här deltagaren, eller så är deltagaren inte placerad hos er.");
      const { placement: _placement, ...row } = assignment;
      return (await attendanceRows(context.db, [row as AssignmentRow], month))[0]!;
    },
  }),
}));

// ---------------------------------------------------------------- mutations

/** The canonical text of an upsert's days, hashed: the same batch, however its JSON was spaced, is the same request. */
function requestHash(days: readonly { assignmentId: string | number; date: string; attendedMinutes?: number | null; absenceReason?: string | null; note?: string | null }[]): string {
  const canonical = days.map((d) => [String(d.assignmentId), d.date, d.attendedMinutes ?? null, d.absenceReason ?? null, d.note ?? null]);
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}

builder.mutationFields((t) => ({
  saveAttendance: t.field({
    type: [AttendanceRow],
    description:
      "The month grid's save: each row names the revision it was loaded with. All rows or none: a stale row (ATTENDANCE_CONFLICT, naming the days changed and by whom), a submitted or approved month (REPORT_LOCKED) or a bad day (VALIDATION_FAILED, per field) writes nothing. Rows whose days equal the stored ones are left alone. Returns the saved rows.",
    authScopes: allow("Mutation.saveAttendance"),
    args: { input: t.arg({ type: SaveAttendanceInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const month = parseMonth(input.month);
      const organizationId = String(input.organizationId);
      if (!(await context.db.organization.count({ where: { id: organizationId } }))) throw new NotFoundError("Organisationen");
      requireMember(context, organizationId);
      const assignments = await writableAssignments(context, input.rows.map((row) => String(row.assignmentId)), organizationId);
      const groups: GroupRequest[] = input.rows.map((row, r) => ({
        assignment: assignments.get(String(row.assignmentId))!,
        month,
        expectedRevision: row.revision,
        days: row.days.map((day, d) => ({
          date: day.date,
          attendedMinutes: day.attendedMinutes ?? null,
          absenceReason: asReason(day.absenceReason),
          note: day.note ?? null,
          field: `rows.${r}.days.${d}`,
        })),
      }));
      if (new Set(groups.map((g) => g.assignment.id)).size !== groups.length) {
        throw new ValidationError([{ field: "rows", message: "Varje insats får bara finnas på en rad." }]);
      }
      await validatedWrite(context, groups);
      const rows = await context.db.assignment.findMany({ where: { id: { in: [...assignments.keys()] } }, orderBy: [{ startDate: "asc" }, { id: "asc" }] });
      return attendanceRows(context.db, rows, month);
    },
  }),
  upsertAttendanceDays: t.field({
    type: AttendanceUpsertResult,
    description:
      "For outside systems: set many days at once, for any assignments of the caller's organisation and any open months. Idempotent: a repeat of idempotencyKey (even at the same time) changes nothing and returns the first result; the key with other days is refused (IDEMPOTENCY_KEY_REUSED). All days or none.",
    authScopes: allow("Mutation.upsertAttendanceDays"),
    args: { input: t.arg({ type: UpsertAttendanceDaysInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const key = input.idempotencyKey.trim();
      if (!key) throw new ValidationError([{ field: "idempotencyKey", message: "Skicka en nyckel för sändningen, till exempel ett UUID." }]);
      if (input.days.length === 0) throw new ValidationError([{ field: "days", message: "Skicka minst en dag." }]);
      const assignments = await writableAssignments(context, input.days.map((day) => String(day.assignmentId)));
      const organizations = new Set([...assignments.values()].map((a) => a.placement.organizationId));
      if (organizations.size !== 1) throw new ValidationError([{ field: "days", message: "En sändning får bara gälla en organisations insatser." }]);
      const organizationId = [...organizations][0]!;
      const hash = requestHash(input.days);

      const replay = async (): Promise<UpsertResult | null> => {
        const earlier = await context.db.attendanceUpsert.findUnique({ where: { organizationId_idempotencyKey: { organizationId, idempotencyKey: key } } });
        if (!earlier) return null;
        if (earlier.requestHash !== hash) {
          throw new StegvisError("VALIDATION_FAILED", "Nyckeln (idempotencyKey) har redan använts för andra dagar. Använd en ny nyckel för en ny sändning.", {
            fieldErrors: [{ field: "idempotencyKey", code: "IDEMPOTENCY_KEY_REUSED", message: "Nyckeln har redan använts för andra dagar." }],
          });
        }
        const participants = new Set([...assignments.values()].map((a) => a.participantId));
        await context.db.auditEvent.createMany({
          data: [...participants].map((participantId) =>
            auditRow(context, { action: "READ", entity: "AttendanceUpsert", entityId: earlier.id, participantId, purpose: "Läsa närvaro (upprepad sändning)" }),
          ),
        });
        return { ...(earlier.result as unknown as Omit<UpsertResult, "replayed">), replayed: true };
      };
      const first = await replay();
      if (first) return first;

      // Group the days by assignment and month; field paths point into the caller's list.
      const groups = new Map<string, GroupRequest>();
      input.days.forEach((day, index) => {
        const month = monthOf(day.date);
        const groupKey = `${day.assignmentId}:${month}`;
        let group = groups.get(groupKey);
        if (!group) groups.set(groupKey, (group = { assignment: assignments.get(String(day.assignmentId))!, month, expectedRevision: null, days: [] }));
        group.days.push({ date: day.date, attendedMinutes: day.attendedMinutes ?? null, absenceReason: asReason(day.absenceReason), note: day.note ?? null, field: `days.${index}` });
      });
      const where = { organizationId_idempotencyKey: { organizationId, idempotencyKey: key } };
      const result = await validatedWrite(context, [...groups.values()], {
        // The key is claimed first, in the same transaction as the days: a concurrent call with the same key waits on
        // the unique index here and, once this one commits, claims nothing, writes nothing and replays below; if this
        // one rolls back, the other proceeds as the first.
        claim: async (tx) =>
          (
            await tx.attendanceUpsert.createMany({
              data: [{ organizationId, idempotencyKey: key, requestHash: hash, result: {}, actorId: context.viewer!.userId, apiTokenId: context.viewer!.apiTokenId }],
              skipDuplicates: true,
            })
          ).count === 1,
        done: (tx, outcome) => tx.attendanceUpsert.update({ where, data: { result: outcome as object } }),
      });
      if (result) return { ...result, replayed: false };
      // Another call with this key committed first: its writes stand, ours were rolled back.
      const again = await replay();
      if (!again) throw new Error("attendance upsert: key neither claimed nor found");
      return again;
    },
  }),
}));
