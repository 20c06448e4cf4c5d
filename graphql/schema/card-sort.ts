/**
 * Yrkeskort card sorting: a dated session per sitting, one answer (Ja / Kanske / Nej) per card per session, kept after
 * the session ends so later sessions show how the choices changed. At most one session per participant is open; starting
 * again resumes it. Only the participant's own coach writes; the existence check comes first (NOT_FOUND), then the row.
 */
import { auditRow, logParticipantReads } from "../audit.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { allow } from "../policy.ts";
import { cardAnswers } from "../validation/participant.ts";
import { caseloadOnly, Participant, requireCoachOf } from "./participant.ts";

export const CardAnswer = builder.enumType("CardAnswer", { values: cardAnswers });

export const CardChoice = builder.prismaObject("CardChoice", {
  description: "One answer to one yrkeskort in one session.",
  authScopes: { coach: true, supportWorker: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    occupationCard: t.relation("occupationCard"),
    answer: t.field({ type: CardAnswer, resolve: (c) => c.answer }),
    comment: t.exposeString("comment"),
    answeredAt: t.expose("answeredAt", { type: "DateTime" }),
  }),
});

export const CardSortSession = builder.prismaObject("CardSortSession", {
  description: "One dated yrkeskort guidance session; open until completedAt is set.",
  authScopes: { coach: true, supportWorker: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
    coach: t.relation("coach"),
    choices: t.relation("choices", { query: { orderBy: [{ answeredAt: "asc" }, { id: "asc" }] } }),
  }),
});

builder.prismaObjectFields(Participant, (t) => ({
  cardSortSessions: t.relation("cardSortSessions", {
    ...caseloadOnly,
    description: "Every session, oldest first",
    query: { orderBy: [{ startedAt: "asc" }, { id: "asc" }] },
  }),
  latestCardChoices: t.field({
    type: [CardChoice],
    ...caseloadOnly,
    description: "The latest answer to each card across all sessions, in card order",
    // Loaded with the participant (one statement per relation level for a whole list), then reduced here.
    select: (_args, _context, nestedSelection) => ({
      cardSortSessions: { select: { choices: nestedSelection({ include: { occupationCard: true } }) } },
    }),
    resolve: (participant) => latestPerCard(participant.cardSortSessions.flatMap((session) => session.choices)),
  }),
}));

/** The newest answer (by answeredAt, then id) to each card, in the cards' order. */
function latestPerCard<T extends { id: string; occupationCardId: string; answeredAt: Date; occupationCard: { sortOrder: number } }>(choices: T[]): T[] {
  const latest = new Map<string, T>();
  for (const choice of choices) {
    const seen = latest.get(choice.occupationCardId);
    if (!seen || choice.answeredAt > seen.answeredAt || (choice.answeredAt.getTime() === seen.answeredAt.getTime() && choice.id > seen.id)) {
      latest.set(choice.occupationCardId, choice);
    }
  }
  return [...latest.values()].sort((a, b) => a.occupationCard.sortOrder - b.occupationCard.sortOrder);
}

/** The session and its participant, for the participant's own coach; unknown sessions are NOT_FOUND. */
async function requireSessionOfOwn(context: Context, sessionId: string, open: boolean) {
  const session = await context.db.cardSortSession.findUnique({ where: { id: sessionId } });
  if (!session) throw new NotFoundError("Sorteringen");
  await requireCoachOf(context, session.participantId);
  if (open && session.completedAt) throw new ConflictError("Sorteringen är avslutad. Starta en ny sortering för att svara igen.");
  return session;
}

builder.mutationFields((t) => ({
  startCardSortSession: t.prismaField({
    type: CardSortSession,
    description: "Starts a session for the participant, or returns the open one (resume after an interruption).",
    authScopes: allow("Mutation.startCardSortSession"),
    args: { participantId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const participantId = String(args.participantId);
      await requireCoachOf(context, participantId);
      const open = await context.db.cardSortSession.findFirst({ ...query, where: { participantId, completedAt: null }, orderBy: { startedAt: "desc" } });
      if (open) {
        await logParticipantReads(context, [participantId], "Fortsätt sortera yrkeskort");
        return open;
      }
      return context.db.$transaction(async (tx) => {
        const session = await tx.cardSortSession.create({ ...query, data: { participantId, coachId: context.viewer!.userId! } });
        await tx.auditEvent.create({
          data: auditRow(context, { action: "CREATE", entity: "CardSortSession", entityId: session.id, participantId, purpose: "Starta yrkeskortssortering" }),
        });
        return session;
      });
    },
  }),
  answerCard: t.prismaField({
    type: CardChoice,
    description: "Records the answer to one card in an open session; answering the same card again replaces the answer.",
    authScopes: allow("Mutation.answerCard"),
    args: {
      sessionId: t.arg.id({ required: true }),
      occupationCardId: t.arg.id({ required: true }),
      answer: t.arg({ type: CardAnswer, required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const session = await requireSessionOfOwn(context, String(args.sessionId), true);
      const occupationCardId = String(args.occupationCardId);
      if (!(await context.db.occupationCard.count({ where: { id: occupationCardId } }))) {
        throw new ValidationError([{ field: "occupationCardId", message: "Yrkeskortet finns inte." }]);
      }
      const answeredAt = new Date();
      return context.db.$transaction(async (tx) => {
        const previous = await tx.cardChoice.count({ where: { sessionId: session.id, occupationCardId } });
        const choice = await tx.cardChoice.upsert({
          ...query,
          where: { sessionId_occupationCardId: { sessionId: session.id, occupationCardId } },
          create: { sessionId: session.id, occupationCardId, answer: args.answer, answeredAt },
          update: { answer: args.answer, answeredAt },
        });
        await tx.auditEvent.create({
          data: auditRow(context, {
            action: previous ? "UPDATE" : "CREATE",
            entity: "CardChoice",
            entityId: choice.id,
            participantId: session.participantId,
            purpose: "Svara på yrkeskort",
          }),
        });
        return choice;
      });
    },
  }),
  undoCardAnswer: t.prismaField({
    type: CardChoice,
    nullable: true,
    description: "Removes the latest answer of an open session and returns it; null when nothing is answered yet.",
    authScopes: allow("Mutation.undoCardAnswer"),
    args: { sessionId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const session = await requireSessionOfOwn(context, String(args.sessionId), true);
      return context.db.$transaction(async (tx) => {
        const latest = await tx.cardChoice.findFirst({ ...query, where: { sessionId: session.id }, orderBy: [{ answeredAt: "desc" }, { id: "desc" }] });
        if (!latest) return null;
        await tx.cardChoice.delete({ where: { id: latest.id } });
        await tx.auditEvent.create({
          data: auditRow(context, {
            action: "DELETE",
            entity: "CardChoice",
            entityId: latest.id,
            participantId: session.participantId,
            purpose: "Ångra svar på yrkeskort",
          }),
        });
        return latest;
      });
    },
  }),
  completeCardSortSession: t.prismaField({
    type: CardSortSession,
    description: "Ends the session; its answers are kept. Ending an ended session changes nothing.",
    authScopes: allow("Mutation.completeCardSortSession"),
    args: { sessionId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const session = await requireSessionOfOwn(context, String(args.sessionId), false);
      if (session.completedAt) return context.db.cardSortSession.findUniqueOrThrow({ ...query, where: { id: session.id } });
      return context.db.$transaction(async (tx) => {
        const completed = await tx.cardSortSession.update({ ...query, where: { id: session.id }, data: { completedAt: new Date() } });
        await tx.auditEvent.create({
          data: auditRow(context, {
            action: "UPDATE",
            entity: "CardSortSession",
            entityId: session.id,
            participantId: session.participantId,
            purpose: "Avsluta yrkeskortssortering",
          }),
        });
        return completed;
      });
    },
  }),
}));
