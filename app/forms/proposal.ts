// The forms that move a proposal: the coach proposes a participant, the organisation answers, the coach moves it on,
// withdraws it, starts the assignment (insats) and ends it. Each is checked by the API's schema in
// graphql/validation/proposal.ts; the proposal's id comes from the page, never from the form.
import { numberFromText } from "../../graphql/validation/placement.ts";
import {
  advanceInput,
  answerInput,
  endAssignmentInput,
  placeInput,
  proposeInput,
  scheduleErrors,
  withdrawInput,
  type ScheduleLimits,
} from "../../graphql/validation/proposal.ts";
import { defineForm, list, text } from "./form.ts";

export const proposeForm = defineForm({
  fields: { placementId: text(), message: text() },
  toInput: (f) => f,
  input: proposeInput.pick({ placementId: true, message: true }),
});

/** `answer` is the button pressed: YES, MEET or NO. */
export const answerForm = (proposalId: string) =>
  defineForm({
    fields: { answer: text(), declineReason: text(), note: text() },
    toInput: (f) => ({ proposalId, answer: f.answer, declineReason: f.declineReason || null, note: f.note }),
    input: answerInput,
  });

export const advanceForm = (proposalId: string) =>
  defineForm({ fields: { to: text(), note: text() }, toInput: (f) => ({ proposalId, ...f }), input: advanceInput });

export const withdrawForm = (proposalId: string) =>
  defineForm({ fields: { note: text() }, toInput: (f) => ({ proposalId, ...f }), input: withdrawInput });

/** Starting the insats: PlaceParticipantInput, and a schedule that fits inside the placement's, as the API checks it. */
export const placeForm = (proposal: { id: string; placement: ScheduleLimits }) =>
  defineForm({
    fields: {
      startDate: text(),
      plannedEndDate: text(),
      weekdays: list(),
      hoursPerDay: text(),
      workPlanGoals: text(),
      workPlanQuestions: text(),
      mentorName: text(),
      supportWorkerId: text(),
    },
    toInput: (f) => ({
      ...f,
      proposalId: proposal.id,
      plannedEndDate: f.plannedEndDate || null,
      hoursPerDay: numberFromText(f.hoursPerDay),
      supportWorkerId: f.supportWorkerId || null,
    }),
    input: placeInput.superRefine((value, ctx) => {
      for (const { field, message } of scheduleErrors(value, proposal.placement)) ctx.addIssue({ code: "custom", path: [field], message });
    }),
  });

/** `assignmentId` travels in a hidden field: the page shows the proposal's one assignment. */
export const endForm = defineForm({
  fields: { assignmentId: text(), outcome: text(), note: text() },
  toInput: (f) => f,
  input: endAssignmentInput,
});
