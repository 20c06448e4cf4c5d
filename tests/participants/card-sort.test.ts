import { beforeAll, describe, expect, it, vi } from "vitest";
import { createParticipant } from "../../prisma/factories.ts";
import { errorCodes, graphqlClient } from "../helpers/graphql.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";
import { expectOk, fieldErrorsOf, refuseAuditRows } from "./helpers.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

const START = `mutation($id: ID!) { startCardSortSession(participantId: $id) { id completedAt choices { occupationCard { id } answer } } }`;
const ANSWER = /* GraphQL */ `
  mutation($sessionId: ID!, $cardId: ID!, $answer: CardAnswer!) {
    answerCard(sessionId: $sessionId, occupationCardId: $cardId, answer: $answer) { id answer occupationCard { id title area } }
  }
`;
const UNDO = `mutation($sessionId: ID!) { undoCardAnswer(sessionId: $sessionId) { occupationCard { id } answer } }`;
const COMPLETE = `mutation($sessionId: ID!) { completeCardSortSession(sessionId: $sessionId) { id completedAt } }`;
const HISTORY = /* GraphQL */ `
  query($id: ID!) {
    participant(id: $id) {
      cardSortSessions { id startedAt completedAt choices { occupationCard { id title area } answer answeredAt } }
      latestCardChoices { occupationCard { id } answer }
    }
  }
`;

type Session = { id: string; completedAt: string | null; choices: { occupationCard: { id: string }; answer: string }[] };

let coach: Awaited<ReturnType<typeof signedInUser>>;
let otherCoach: Awaited<ReturnType<typeof signedInUser>>;
let cards: string[];

beforeAll(async () => {
  coach = await signedInUser(t.db, ["COACH"]);
  otherCoach = await signedInUser(t.db, ["COACH"]);
  cards = (await t.db.occupationCard.findMany({ orderBy: { sortOrder: "asc" } })).map((c) => c.id);
});

async function participantOf(coachId = coach.user.id) {
  return createParticipant(t.db, { coachId });
}

async function start(participantId: string, cookie = coach.cookie): Promise<Session> {
  return expectOk(await request<{ startCardSortSession: Session }>(START, { id: participantId }, { cookie })).startCardSortSession;
}

async function answer(sessionId: string, cardId: string, value: "YES" | "MAYBE" | "NO", cookie = coach.cookie) {
  return request<{ answerCard: { answer: string } }>(ANSWER, { sessionId, cardId, answer: value }, { cookie });
}

describe("sorting yrkeskort", () => {
  it("starts a session, and resumes the open one instead of starting another", async () => {
    const participant = await participantOf();
    const first = await start(participant.id);
    expect(first.completedAt).toBeNull();
    expectOk(await answer(first.id, cards[0], "YES"));
    const resumed = await start(participant.id);
    expect(resumed.id).toBe(first.id);
    expect(resumed.choices).toEqual([{ occupationCard: { id: cards[0] }, answer: "YES" }]);
    expect(await t.db.cardSortSession.count({ where: { participantId: participant.id } })).toBe(1);
  });

  it("keeps one answer per card per session: answering again replaces it", async () => {
    const participant = await participantOf();
    const session = await start(participant.id);
    expectOk(await answer(session.id, cards[0], "YES"));
    expectOk(await answer(session.id, cards[1], "NO"));
    const again = expectOk(await answer(session.id, cards[0], "MAYBE"));
    expect(again.answerCard.answer).toBe("MAYBE");
    const choices = await t.db.cardChoice.findMany({ where: { sessionId: session.id }, orderBy: { answeredAt: "asc" } });
    expect(choices.map((c) => [c.occupationCardId, c.answer])).toEqual([
      [cards[1], "NO"],
      [cards[0], "MAYBE"],
    ]);
    const audit = await t.db.auditEvent.findMany({ where: { participantId: participant.id, entity: "CardChoice" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["CREATE", "CREATE", "UPDATE"]);
  });

  it("undo removes the latest answer, then the one before, and says null when nothing is left", async () => {
    const participant = await participantOf();
    const session = await start(participant.id);
    expectOk(await answer(session.id, cards[0], "YES"));
    expectOk(await answer(session.id, cards[1], "NO"));
    expectOk(await answer(session.id, cards[2], "MAYBE"));
    const undo = async () => expectOk(await request<{ undoCardAnswer: Session["choices"][number] | null }>(UNDO, { sessionId: session.id }, { cookie: coach.cookie })).undoCardAnswer;
    expect(await undo()).toEqual({ occupationCard: { id: cards[2] }, answer: "MAYBE" });
    expect(await undo()).toEqual({ occupationCard: { id: cards[1] }, answer: "NO" });
    const left = await t.db.cardChoice.findMany({ where: { sessionId: session.id } });
    expect(left.map((c) => c.occupationCardId)).toEqual([cards[0]]);
    expect(await undo()).toEqual({ occupationCard: { id: cards[0] }, answer: "YES" });
    expect(await undo()).toBeNull();
    const deletes = await t.db.auditEvent.count({ where: { participantId: participant.id, entity: "CardChoice", action: "DELETE" } });
    expect(deletes).toBe(3);
  });

  it("keeps the first session's answers when a second session changes them, and reports the latest per card", async () => {
    const participant = await participantOf();
    const first = await start(participant.id);
    expectOk(await answer(first.id, cards[0], "YES"));
    expectOk(await answer(first.id, cards[1], "NO"));
    expectOk(await answer(first.id, cards[2], "MAYBE"));
    expect(expectOk(await request<{ completeCardSortSession: { completedAt: string } }>(COMPLETE, { sessionId: first.id }, { cookie: coach.cookie }))
      .completeCardSortSession.completedAt).toBeTruthy();

    const second = await start(participant.id);
    expect(second.id).not.toBe(first.id);
    expect(second.choices).toEqual([]);
    expectOk(await answer(second.id, cards[1], "YES"));
    expectOk(await answer(second.id, cards[3], "NO"));
    expectOk(await request(COMPLETE, { sessionId: second.id }, { cookie: coach.cookie }));

    const history = expectOk(
      await request<{ participant: { cardSortSessions: Session[]; latestCardChoices: { occupationCard: { id: string }; answer: string }[] } }>(
        HISTORY,
        { id: participant.id },
        { cookie: coach.cookie },
      ),
    ).participant;
    expect(history.cardSortSessions.map((s) => s.id)).toEqual([first.id, second.id]);
    const answersOf = (s: Session) => Object.fromEntries(s.choices.map((c) => [c.occupationCard.id, c.answer]));
    expect(answersOf(history.cardSortSessions[0])).toEqual({ [cards[0]]: "YES", [cards[1]]: "NO", [cards[2]]: "MAYBE" });
    expect(answersOf(history.cardSortSessions[1])).toEqual({ [cards[1]]: "YES", [cards[3]]: "NO" });
    expect(history.latestCardChoices.map((c) => [c.occupationCard.id, c.answer])).toEqual([
      [cards[0], "YES"],
      [cards[1], "YES"],
      [cards[2], "MAYBE"],
      [cards[3], "NO"],
    ]);
  });

  it("refuses answers and undo in a completed session; completing again changes nothing", async () => {
    const participant = await participantOf();
    const session = await start(participant.id);
    const completed = expectOk(await request<{ completeCardSortSession: { completedAt: string } }>(COMPLETE, { sessionId: session.id }, { cookie: coach.cookie }));
    expect(errorCodes(await answer(session.id, cards[0], "YES"))).toEqual(["CONFLICT"]);
    expect(errorCodes(await request(UNDO, { sessionId: session.id }, { cookie: coach.cookie }))).toEqual(["CONFLICT"]);
    const again = expectOk(await request<{ completeCardSortSession: { completedAt: string } }>(COMPLETE, { sessionId: session.id }, { cookie: coach.cookie }));
    expect(again.completeCardSortSession.completedAt).toBe(completed.completeCardSortSession.completedAt);
  });

  it("refuses an unknown card with a Swedish field error", async () => {
    const session = await start((await participantOf()).id);
    expect(fieldErrorsOf(await answer(session.id, "finns-inte", "YES"))).toEqual({ occupationCardId: "Yrkeskortet finns inte." });
  });

  it("lets only the participant's own coach sort; unknown ids are NOT_FOUND", async () => {
    const participant = await participantOf();
    const session = await start(participant.id);
    expect(errorCodes(await request(START, { id: participant.id }, { cookie: otherCoach.cookie }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await answer(session.id, cards[0], "YES", otherCoach.cookie))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await request(UNDO, { sessionId: session.id }, { cookie: otherCoach.cookie }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await request(COMPLETE, { sessionId: session.id }, { cookie: otherCoach.cookie }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await request(START, { id: "finns-inte" }, { cookie: coach.cookie }))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await answer("finns-inte", cards[0], "YES"))).toEqual(["NOT_FOUND"]);
    expect(await t.db.cardChoice.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("logs every read of the history as a read of the participant", async () => {
    const participant = await participantOf();
    await request(HISTORY, { id: participant.id }, { cookie: coach.cookie });
    await request(HISTORY, { id: participant.id }, { cookie: coach.cookie });
    const reads = await t.db.auditEvent.count({ where: { participantId: participant.id, action: "READ", actorId: coach.user.id } });
    expect(reads).toBe(2);
  });

  it("writes each answer and its audit row in one transaction: no audit row, no answer", async () => {
    const participant = await participantOf();
    const session = await start(participant.id);
    vi.mocked(console.error).mockImplementation(() => {});
    const restore = await refuseAuditRows(t.db, t.schema, "CardChoice");
    try {
      expect((await answer(session.id, cards[0], "YES")).errors?.length).toBe(1);
    } finally {
      await restore();
    }
    expect(await t.db.cardChoice.count({ where: { sessionId: session.id } })).toBe(0);
  });
});
