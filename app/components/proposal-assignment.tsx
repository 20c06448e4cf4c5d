/** The insats (assignment) a proposal led to, with its arbetsplan; the coach ends it here. */
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { assignmentOutcomes } from "../../graphql/validation/proposal.ts";
import { graphql, type ResultOf } from "../utils/graphql.ts";
import { useFormOf } from "../forms/form.ts";
import { endForm } from "../forms/proposal.ts";
import { Field, FormError, Options } from "./field.tsx";
import { formatDate } from "../../lib/dates.ts";
import { swedishNumber } from "./participant-labels.tsx";
import { days } from "./proposal-details.tsx";
import type { LastResult } from "./proposal-forms.tsx";
import { assignmentStatusLabel, outcomeLabel } from "./proposal-labels.tsx";
import { pluralWord } from "../../lib/plural.ts";

export const PROPOSAL_ASSIGNMENT = graphql(`
  fragment ProposalAssignment on Assignment {
    id status startDate plannedEndDate endedAt outcome weekdays hoursPerDay workPlanGoals workPlanQuestions mentorName
    supportWorker { name }
  }
`);

export function ProposalAssignment({
  assignment,
  viewerIsCoach,
  lastResult,
}: {
  assignment: ResultOf<typeof PROPOSAL_ASSIGNMENT>;
  viewerIsCoach: boolean;
  /** The action's reply to the form that ends the insats. */
  lastResult: LastResult;
}) {
  return (
    <section aria-labelledby="assignment-heading">
      <h2 id="assignment-heading">Insatsen</h2>
      <dl className="facts-list">
        <div>
          <dt>Status</dt>
          <dd>
            {assignmentStatusLabel[assignment.status]}
            {assignment.outcome ? `: ${outcomeLabel[assignment.outcome]}` : ""}
          </dd>
        </div>
        <div>
          <dt>Start</dt>
          <dd>{formatDate(assignment.startDate)}</dd>
        </div>
        <div>
          <dt>Planerat slut</dt>
          <dd>{assignment.plannedEndDate ? formatDate(assignment.plannedEndDate) : "Inte bestämt"}</dd>
        </div>
        <div>
          <dt>Schema</dt>
          <dd>
            {days(assignment.weekdays)}, {swedishNumber(assignment.hoursPerDay)} {pluralWord(assignment.hoursPerDay, "timme", "timmar")} om dagen
          </dd>
        </div>
        <div>
          <dt>Handledare på arbetsplatsen</dt>
          <dd>{assignment.mentorName || "–"}</dd>
        </div>
        <div>
          <dt>SE-handledare</dt>
          <dd>{assignment.supportWorker?.name ?? "Ingen just nu"}</dd>
        </div>
      </dl>
      {assignment.workPlanGoals !== null && (
        <>
          <h3>Arbetsplan: mål</h3>
          <Lines text={assignment.workPlanGoals} />
          <h3>Frågor som arbetsträningen ska svara på</h3>
          <Lines text={assignment.workPlanQuestions ?? ""} />
        </>
      )}
      {viewerIsCoach && assignment.status !== "ENDED" && <EndForm assignmentId={assignment.id} lastResult={lastResult} />}
    </section>
  );
}

function EndForm({ assignmentId, lastResult }: { assignmentId: string; lastResult: LastResult }) {
  const [form, fields] = useFormOf(endForm, { id: "end-form", lastResult });
  return (
    <Form method="post" className="stack group" {...getFormProps(form)}>
      <FormError form={form} />
      <h3>Avsluta insatsen</h3>
      <input type="hidden" name="intent" value="end" />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <Field field={fields.outcome} label="Hur slutade insatsen?">
        {(props) => (
          <select {...props}>
            <option value="">Välj</option>
            <Options options={assignmentOutcomes.map((outcome) => [outcome, outcomeLabel[outcome]])} />
          </select>
        )}
      </Field>
      <Field field={fields.note} id="end-note" label="Anteckning (frivilligt)">
        {(props) => <textarea {...props} rows={2} />}
      </Field>
      <button type="submit" className="button secondary">
        Avsluta insatsen
      </button>
    </Form>
  );
}

/** Text written one point per line, as a list. */
function Lines({ text }: { text: string }) {
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
  return (
    <ul>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
