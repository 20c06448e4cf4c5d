import { beforeAll, describe, expect, it } from "vitest";
import { signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";
import { OVERVIEW, RECORD, runAs, supportedParticipant, viewerOf } from "./helpers.ts";

const t = useTestDatabase();
let run: ReturnType<typeof runAs>;
let world: Awaited<ReturnType<typeof supportedParticipant>>;

const NOW = "2026-11-20T10:00:00Z";
const input = (overrides: Record<string, unknown> = {}) => ({
  participantId: world.participant.id,
  date: "2026-11-20",
  mode: "WORKPLACE_VISIT",
  durationMinutes: 45,
  attendees: "Kim, handledare på plats",
  workPlanGoal: "Diska själv under lunchen.",
  notes: "Anteckning som bara handledaren ser: Kim var trött i dag.",
  supportBefore: "DAILY",
  supportAfter: "WEEKLY",
  employerFeedback: "Bra tempo.",
  participantView: 4,
  nextDate: "2026-12-04",
  ratings: [
    { area: "WORK_TASKS", rating: 6 },
    { area: "ATTENDANCE", rating: 8 },
  ],
  adaptations: [{ code: "CHECKLISTS", change: "NEWLY_NEEDED" }],
  actions: [
    { description: "Sätt upp en bildchecklista vid disken", owner: "ORGANIZATION", dueDate: "2026-11-27" },
    { description: "Ringa Kim på fredag", owner: "SUPPORT_WORKER", dueDate: "2026-11-27" },
  ],
  ...overrides,
});

beforeAll(async () => {
  run = runAs(t.db);
  world = await supportedParticipant(t.db);
});

describe("follow-ups through the API", () => {
  it("lets the participant's SE-handledare record a follow-up with ratings, adaptations and agreed actions, and logs it", async () => {
    const result = await run(world.handledare.viewer, RECORD, { input: input() }, NOW);
    expect(result.errors).toEqual([]);
    const followUp = result.data!.recordFollowUp;
    expect(followUp.ratings).toEqual([
      { area: "WORK_TASKS", rating: 6 },
      { area: "ATTENDANCE", rating: 8 },
    ]);
    expect(followUp.actions.map((a: { owner: string }) => a.owner).sort()).toEqual(["ORGANIZATION", "SUPPORT_WORKER"]);
    expect(await t.db.auditEvent.count({ where: { entity: "FollowUp", entityId: followUp.id, action: "CREATE" } })).toBe(1);
  });

  it("refuses a goal that is not in the arbetsplan, a date in the future and an empty account of what was done, in Swedish, writing nothing", async () => {
    const before = await t.db.followUp.count();
    const result = await run(world.handledare.viewer, RECORD, { input: input({ workPlanGoal: "Något annat", date: "2026-11-21", nextDate: null }) }, NOW);
    expect(result.codes).toEqual(["VALIDATION_FAILED"]);
    const fields = (result.errors[0]!.extensions.fieldErrors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(["date", "workPlanGoal"]);
    const empty = await run(world.handledare.viewer, RECORD, { input: input({ notes: "  " }) }, NOW);
    expect(empty.errors[0]!.extensions.fieldErrors).toEqual([{ field: "notes", message: "Skriv vad ni gjorde." }]);
    expect(await t.db.followUp.count()).toBe(before);
  });

  it("gives another handledare and the organisation nothing: no list row, no follow-up, no Mina steg, no writes", async () => {
    const other = await signedInUser(t.db, ["SUPPORT_WORKER"]);
    const followUpId = (await t.db.followUp.findFirstOrThrow({ where: { participantId: world.participant.id } })).id;
    for (const viewer of [viewerOf(other.user), world.member.viewer]) {
      const overview = await run(viewer, OVERVIEW, {}, NOW);
      expect(JSON.stringify(overview.data ?? null)).not.toContain("Kim");
      const read = await run(viewer, `query($id: ID!) { followUp(id: $id) { notes } }`, { id: followUpId }, NOW);
      expect(read.codes).toEqual(["FORBIDDEN"]);
      const steps = await run(viewer, `query($p: ID!) { mySteps(participantId: $p) { firstName } }`, { p: world.participant.id }, NOW);
      expect(steps.codes).toEqual(["FORBIDDEN"]);
      const write = await run(viewer, RECORD, { input: input() }, NOW);
      expect(write.codes).toEqual(["FORBIDDEN"]);
      const profile = await run(viewer, `query($p: ID!) { participant(id: $p) { followUps { notes } } }`, { p: world.participant.id }, NOW);
      expect(JSON.stringify(profile.data ?? null)).not.toContain("Anteckning");
    }
  });

  it("shows the organisation only the agreed actions it owns, and it may tick them off", async () => {
    const result = await run(world.member.viewer, `{ organizationAgreedActions { id description owner participant { displayName } } }`, {}, NOW);
    expect(result.errors).toEqual([]);
    expect(result.data!.organizationAgreedActions).toEqual([
      { id: expect.any(String), description: "Sätt upp en bildchecklista vid disken", owner: "ORGANIZATION", participant: { displayName: "Kim" } },
    ]);
    expect(JSON.stringify(result.data)).not.toContain("Ringa Kim");
    const id = result.data!.organizationAgreedActions[0].id;
    const done = await run(world.member.viewer, `mutation($id: ID!) { setAgreedActionDone(input: { actionId: $id, done: true }) { done } }`, { id }, NOW);
    expect(done.data?.setAgreedActionDone).toEqual({ done: true });
    const own = await t.db.agreedAction.findFirstOrThrow({ where: { owner: "SUPPORT_WORKER", participantId: world.participant.id } });
    const notTheirs = await run(world.member.viewer, `mutation($id: ID!) { setAgreedActionDone(input: { actionId: $id, done: true }) { done } }`, { id: own.id }, NOW);
    expect(notTheirs.codes).toEqual(["FORBIDDEN"]);
  });

  it("lets the author correct a follow-up for 24 hours, keeping the earlier version, and afterwards only add an addendum", async () => {
    const recorded = await run(world.handledare.viewer, RECORD, { input: input({ notes: "Första versionen." }) }, "2026-11-20T12:00:00Z");
    const id = recorded.data!.recordFollowUp.id;
    const UPDATE = `mutation($input: UpdateFollowUpInput!) { updateFollowUp(input: $input) { notes revisions { snapshot } } }`;
    const { participantId: _p, ...fields } = input({ notes: "Rättad version." });
    const corrected = await run(world.handledare.viewer, UPDATE, { input: { followUpId: id, ...fields } }, "2026-11-21T11:00:00Z");
    expect(corrected.errors).toEqual([]);
    expect(corrected.data!.updateFollowUp.notes).toBe("Rättad version.");
    expect(corrected.data!.updateFollowUp.revisions[0].snapshot).toContain("Första versionen.");
    const coach = await run(world.coach.viewer, UPDATE, { input: { followUpId: id, ...fields } }, "2026-11-21T11:00:00Z");
    expect(coach.codes).toEqual(["FORBIDDEN"]);
    const late = await run(world.handledare.viewer, UPDATE, { input: { followUpId: id, ...fields, notes: "För sent." } }, "2026-11-21T12:00:01Z");
    expect(late.codes).toEqual(["CONFLICT"]);
    const ADD = `mutation($id: ID!) { addFollowUpAddendum(input: { followUpId: $id, text: "Kim ringde och berättade mer." }) { notes addenda { text authorName } } }`;
    const added = await run(world.coach.viewer, ADD, { id }, "2026-11-22T09:00:00Z");
    expect(added.data!.addFollowUpAddendum).toEqual({ notes: "Rättad version.", addenda: [{ text: "Kim ringde och berättade mer.", authorName: world.coach.user.name }] });
  });

  it("adds a newly needed adaptation to the profile with one confirmation", async () => {
    const followUp = await t.db.followUp.findFirstOrThrow({ where: { participantId: world.participant.id, adaptations: { some: { change: "NEWLY_NEEDED" } } } });
    const result = await run(
      world.handledare.viewer,
      `mutation($id: ID!) { confirmAdaptationNeed(input: { followUpId: $id, adaptationCode: "CHECKLISTS", mustHave: false }) { adaptationNeeds { adaptation { code } mustHave } } }`,
      { id: followUp.id },
      NOW,
    );
    expect(result.data!.confirmAdaptationNeed.adaptationNeeds).toContainEqual({ adaptation: { code: "CHECKLISTS" }, mustHave: false });
    const notNew = await run(
      world.handledare.viewer,
      `mutation($id: ID!) { confirmAdaptationNeed(input: { followUpId: $id, adaptationCode: "OWN_PACE", mustHave: true }) { id } }`,
      { id: followUp.id },
      NOW,
    );
    expect(notNew.codes).toEqual(["VALIDATION_FAILED"]);
  });

  it("records an outcome per participant: a job keeps the handledare following along, an ending with a reason ends support", async () => {
    const OUTCOME = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { stage outcome outcomeDate sePhase followingAlong supportEndedOn } }`;
    const job = await run(world.handledare.viewer, OUTCOME, { input: { participantId: world.participant.id, outcome: "JOB_WITH_SUPPORT", date: "2026-11-20" } }, NOW);
    expect(job.data!.recordOutcome).toEqual({ stage: "EMPLOYED", outcome: "JOB_WITH_SUPPORT", outcomeDate: "2026-11-20", sePhase: "ON_OFF_JOB_SUPPORT", followingAlong: true, supportEndedOn: null });
    const overview = await run(world.handledare.viewer, OVERVIEW, {}, NOW);
    expect(overview.data!.followUpOverview.rows.map((r: { participant: { id: string } }) => r.participant.id)).toContain(world.participant.id);
    const noReason = await run(world.handledare.viewer, OUTCOME, { input: { participantId: world.participant.id, outcome: "ENDED", date: "2026-11-20" } }, NOW);
    expect(noReason.errors[0]!.extensions.fieldErrors).toEqual([{ field: "reason", message: "Skriv varför stödet avslutas." }]);
    const ended = await run(world.handledare.viewer, OUTCOME, { input: { participantId: world.participant.id, outcome: "ENDED", date: "2026-11-20", reason: "Flyttade" } }, NOW);
    expect(ended.data!.recordOutcome).toMatchObject({ stage: "ENDED", followingAlong: false, supportEndedOn: "2026-11-20" });
    const after = await run(world.handledare.viewer, OVERVIEW, {}, NOW);
    expect(after.data!.followUpOverview.rows).toEqual([]);
  });
});
