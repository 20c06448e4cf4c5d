// What the new and the correction forms need from the API, and how their answers travel back: shared by
// deltagare.$id.uppfoljning.ny.tsx and uppfoljning.$id.andra.tsx.
import { parseWithZod } from "@conform-to/zod/v4";
import { goalsOf } from "../../lib/work-plan.ts";
import { followUpForm } from "../forms/follow-up.ts";
import { apiErrorReply } from "../forms/reply.server.ts";
import { graphql } from "./graphql.ts";
import { queryGraphQL, runGraphQL, type Document } from "./graphql.server.ts";

const FORM_DATA = graphql(`
  query FollowUpFormData($id: ID!) {
    participant(id: $id) {
      id displayName
      adaptationNeeds { adaptation { code } }
      assignments { status workPlanGoals placement { title organization { name } } }
      progress { area points { rating } }
    }
    adaptations { code label }
    progressAreaAnchors { area label question step2 step5 step8 }
  }
`);

/** The form's choices for one participant: goals, areas with the previous step, adaptations (their needs first). */
export async function followUpFormData(request: Request, participantId: string, context: unknown) {
  const { participant, adaptations, progressAreaAnchors } = await queryGraphQL(request, FORM_DATA, { id: participantId }, context);
  if (!participant) throw new Response("Deltagaren finns inte.", { status: 404 });
  const live = participant.assignments.find((a) => a.status === "ACTIVE" || a.status === "PAUSED");
  const needed = new Set(participant.adaptationNeeds.map((n) => n.adaptation.code));
  const previous = new Map(participant.progress.map((s) => [s.area, s.points.at(-1)?.rating ?? null]));
  return {
    participantId: participant.id,
    displayName: participant.displayName,
    goals: live ? goalsOf(live.workPlanGoals ?? "") : [],
    organizationName: live?.placement.organization.name ?? null,
    areas: progressAreaAnchors.map((a) => ({ ...a, previous: previous.get(a.area) ?? null })),
    adaptations: [...adaptations.map((a) => ({ ...a, needed: needed.has(a.code) }))].sort((a, b) => Number(b.needed) - Number(a.needed)),
  };
}

/**
 * Validates the posted form with the API's schema, then runs `mutation` with the values as `input` (plus `extra`).
 * Returns the id the mutation answered, or conform's reply with the API's errors beside the fields.
 */
export async function submitFollowUpForm(request: Request, context: unknown, mutation: Document, extra: Record<string, unknown>, pick: (data: any) => string) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: followUpForm.schema });
  if (submission.status !== "success") return { reply: submission.reply() };
  const { participantId, ...values } = submission.value;
  const input = { ...("followUpId" in extra ? {} : { participantId }), ...values, ...extra };
  const { data, errors } = await runGraphQL(request, mutation, { input }, context);
  if (errors.length || !data) return { reply: apiErrorReply(submission, errors, followUpForm) };
  return { id: pick(data) };
}
