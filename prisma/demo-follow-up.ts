// Demo data for Supported Employment follow-up, on top of the main demo world (prisma/demo-data.ts): it finds the
// demo people by natural key (e-mail, participant code), so it does not depend on how that world builds its ids.
// handledare@demo.stegvis.se then supports six participants in Supported Employment: two overdue (Ali: the planned
// date has passed; Anton: longer than the phase's interval), Ahmed employed with support and followed along, each
// with three to eight follow-ups whose step ratings move over time. Idempotent: a second run adds nothing.
// Everything hangs off the demo participants (ON DELETE CASCADE), so db:remove-demo removes it with them.
import type { ActionOwner, AdaptationChange, FollowUpMode, PrismaClient, ProgressArea, SePhase } from "../generated/prisma/client.ts";
import { addDays, dateOfMoment, toDbDate } from "../lib/dates.ts";

const HANDLEDARE_EMAIL = "handledare@demo.stegvis.se";
const ID_PREFIX = "demo-sefu-";

const AREAS: ProgressArea[] = ["WORK_TASKS", "PHYSICAL", "MENTAL", "SOCIAL", "COMMUNICATION", "LEARNING", "ATTENDANCE"];

interface Visit {
  ago: number;
  mode: FollowUpMode;
  notes: string;
  /** Days from now; negative: already passed. */
  nextIn?: number;
  duration?: number;
  employer?: string;
  view?: number;
  /** How many steps above the person's starting steps (each area moves a little differently). */
  lift: number;
  support?: ["CONSTANT" | "DAILY" | "WEEKLY" | "ON_REQUEST" | "NATURAL", "CONSTANT" | "DAILY" | "WEEKLY" | "ON_REQUEST" | "NATURAL"];
  adaptations?: [string, AdaptationChange][];
  actions?: [string, ActionOwner, number][];
  risks?: string;
}

interface Person {
  code: string;
  phase: SePhase;
  /** Days ago support started. */
  startedAgo: number;
  start: Record<ProgressArea, number>;
  outcome?: { outcome: "JOB_WITH_SUPPORT"; ago: number; reason: string };
  visits: Visit[];
}

const steps = (values: number[]): Record<ProgressArea, number> => Object.fromEntries(AREAS.map((a, i) => [a, values[i]!])) as Record<ProgressArea, number>;

const PEOPLE: Person[] = [
  {
    code: "BOL-0001", // Emma, kafé: doing well, recent follow-up
    phase: "ON_OFF_JOB_SUPPORT",
    startedAgo: 120,
    start: steps([2, 4, 2, 3, 3, 3, 4]),
    visits: [
      { ago: 100, mode: "THREE_PARTY", notes: "Överenskommelse med Emma, kaféet och jobbcoachen om tider och uppgifter.", lift: 0, support: ["CONSTANT", "CONSTANT"], view: 3 },
      { ago: 50, mode: "WORKPLACE_VISIT", notes: "Emma diskar själv och börjar servera kaffe.", lift: 2, support: ["CONSTANT", "DAILY"], view: 4, adaptations: [["CHECKLISTS", "NEWLY_NEEDED"]] },
      {
        ago: 4, mode: "WORKPLACE_VISIT", notes: "Emma tar emot beställningar och hälsar på gästerna.", nextIn: 10, duration: 45, lift: 4,
        employer: "Annika är nöjd och vill ge Emma fler pass.", view: 5, support: ["DAILY", "WEEKLY"],
        actions: [["Sätt upp en bildchecklista vid kaffemaskinen", "ORGANIZATION", 7], ["Prova fyra timmar på tisdagar", "PARTICIPANT", 14]],
      },
    ],
  },
  {
    code: "BOL-0002", // Ali, lager: overdue, the planned date has passed
    phase: "EMPLOYER_ENGAGEMENT",
    startedAgo: 140,
    start: steps([4, 5, 2, 2, 2, 4, 4]),
    visits: [
      { ago: 120, mode: "THREE_PARTY", notes: "Överenskommelse om arbetsträning på lagret, fem timmar om dagen.", lift: 0, view: 3, support: ["CONSTANT", "DAILY"] },
      { ago: 80, mode: "PHONE", notes: "Ali tycker om plocket. Rasterna blir ibland för korta.", lift: 1, view: 4, adaptations: [["REMINDERS", "NEWLY_NEEDED"]] },
    ],
  },
  {
    code: "BOL-0003", // Jonna, återbruk: phase 2, on track
    phase: "VOCATIONAL_PROFILE",
    startedAgo: 58,
    start: steps([3, 3, 3, 2, 3, 3, 5]),
    visits: [
      { ago: 50, mode: "WORKPLACE_VISIT", notes: "Jonna sorterar kläder och prismärker med stöd.", lift: 0, view: 3, support: ["CONSTANT", "DAILY"] },
      { ago: 28, mode: "DIGITAL", notes: "Jonna vill prova butiken en dag i veckan.", lift: 1, view: 4 },
      {
        ago: 7, mode: "WORKPLACE_VISIT", notes: "Jonna stod i butiken en förmiddag och klarade kassan med hjälp.", nextIn: 7, lift: 2, view: 4,
        actions: [["Boka en dag i butiken varje vecka", "SUPPORT_WORKER", 7]],
      },
    ],
  },
  {
    code: "BOL-0012", // Ahmed: employed with support, followed along
    phase: "ON_OFF_JOB_SUPPORT",
    startedAgo: 320,
    start: steps([6, 5, 4, 4, 4, 5, 6]),
    outcome: { outcome: "JOB_WITH_SUPPORT", ago: 95, reason: "Anställd på konditoriet med lönebidrag." },
    visits: [
      { ago: 60, mode: "WORKPLACE_VISIT", notes: "Ahmed har fått egna pass på morgonen. Eva är nöjd.", lift: 3, view: 5, support: ["WEEKLY", "ON_REQUEST"], employer: "Eva vill ha Ahmed kvar." },
    ],
  },
  {
    code: "MAL-0001", // Lina, odling: on track
    phase: "ON_OFF_JOB_SUPPORT",
    startedAgo: 150,
    start: steps([3, 2, 3, 3, 4, 3, 5]),
    visits: [
      { ago: 130, mode: "THREE_PARTY", notes: "Överenskommelse: tre timmar om dagen, måndag till torsdag.", lift: 0, view: 3 },
      { ago: 70, mode: "WORKPLACE_VISIT", notes: "Lina sår och vattnar själv. Hon blir trött mot slutet.", lift: 1, view: 3, adaptations: [["EXTRA_BREAKS", "NEWLY_NEEDED"]] },
    ],
  },
  {
    code: "MAL-0002", // Anton, snickeri: overdue, no follow-up for longer than the interval
    phase: "ON_OFF_JOB_SUPPORT",
    startedAgo: 40,
    start: steps([4, 5, 3, 3, 3, 4, 5]),
    visits: [
      { ago: 36, mode: "THREE_PARTY", notes: "Överenskommelse om arbetsträning i snickeriet.", lift: 0, view: 4, support: ["CONSTANT", "CONSTANT"] },
      { ago: 29, mode: "WORKPLACE_VISIT", notes: "Anton slipar och målar själv. Maskinerna med handledare.", lift: 1, view: 4 },
      {
        ago: 21, mode: "PHONE", notes: "Anton vill lära sig bandsågen. Vi pratade om säkerhet.", lift: 2, view: 4, risks: "Trött efter långa dagar.",
        actions: [["Gå säkerhetsgenomgång för bandsågen", "PARTICIPANT", -5]],
      },
    ],
  },
];

/** Steps for a visit: the person's start plus the lift, varied per area, within 1–10. */
function ratingsFor(person: Person, visit: Visit): { area: ProgressArea; rating: number }[] {
  return AREAS.map((area, i) => ({ area, rating: Math.min(10, Math.max(1, person.start[area] + visit.lift - (visit.lift > 1 && i % 3 === 1 ? 1 : 0))) }));
}

export async function addFollowUpDemo(db: PrismaClient, now: Date): Promise<void> {
  if (await db.followUp.count({ where: { id: { startsWith: ID_PREFIX } } })) return;
  const handledare = await db.user.findUnique({ where: { email: HANDLEDARE_EMAIL }, select: { id: true } });
  if (!handledare) return;
  const day = (daysFromNow: number) => toDbDate(addDays(dateOfMoment(now), daysFromNow));
  const participants = await db.participant.findMany({
    where: { code: { in: PEOPLE.map((p) => p.code) } },
    select: { id: true, code: true, assignments: { orderBy: { startDate: "desc" }, select: { id: true, status: true, placement: { select: { organizationId: true } } } } },
  });
  const byCode = new Map(participants.map((p) => [p.code, p]));

  const writes = [];
  for (const person of PEOPLE) {
    const participant = byCode.get(person.code);
    if (!participant) continue;
    const live = participant.assignments.find((a) => a.status === "ACTIVE" || a.status === "PAUSED");
    writes.push(
      db.participant.update({
        where: { id: participant.id },
        data: {
          supportWorkerId: handledare.id,
          sePhase: person.phase,
          supportStartedOn: day(-person.startedAgo),
          ...(person.outcome
            ? { outcome: person.outcome.outcome, outcomeDate: day(-person.outcome.ago), outcomeReason: person.outcome.reason, stage: "EMPLOYED" as const }
            : {}),
        },
      }),
    );
    person.visits.forEach((visit, i) => {
      const id = `${ID_PREFIX}${person.code.toLowerCase()}-${i + 1}`;
      const createdAt = new Date(day(-visit.ago).getTime() + 14 * 3_600_000);
      writes.push(
        db.followUp.create({
          data: {
            id,
            participantId: participant.id,
            assignmentId: person.outcome ? null : (live?.id ?? null),
            supportWorkerId: handledare.id,
            date: day(-visit.ago),
            mode: visit.mode,
            durationMinutes: visit.duration ?? 60,
            attendees: visit.mode === "PHONE" ? "Deltagaren och handledaren" : "Deltagaren, handledaren på plats och SE-handledaren",
            notes: visit.notes,
            supportGiven: visit.support ? "Visade uppgiften steg för steg och stod bredvid." : "",
            supportBefore: visit.support?.[0] ?? null,
            supportAfter: visit.support?.[1] ?? null,
            employerFeedback: visit.employer ?? "",
            participantView: visit.view ?? null,
            risks: visit.risks ?? "",
            nextDate: visit.nextIn === undefined ? null : day(visit.nextIn),
            createdAt,
            updatedAt: createdAt,
            ratings: { createMany: { data: ratingsFor(person, visit) } },
            adaptations: { createMany: { data: (visit.adaptations ?? []).map(([adaptationCode, change]) => ({ adaptationCode, change })) } },
            actions: {
              createMany: {
                data: (visit.actions ?? []).map(([description, owner, dueIn], j) => ({
                  id: `${id}-action-${j + 1}`,
                  participantId: participant.id,
                  description,
                  owner,
                  organizationId: owner === "ORGANIZATION" ? (live?.placement.organizationId ?? null) : null,
                  dueDate: day(dueIn),
                })),
              },
            },
          },
        }),
      );
    });
  }
  await db.$transaction(writes, { maxWait: 30_000, timeout: 120_000 }); // a first start on a busy machine: see SEED_TRANSACTION
}
