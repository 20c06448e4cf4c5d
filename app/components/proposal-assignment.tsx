/** The insats (assignment) a proposal led to, with its arbetsplan; the coach ends it here. */
import { Form } from "@remix-run/react";
import { assignmentOutcomes } from "../../graphql/validation/proposal.ts";
import { graphql, type ResultOf } from "../utils/graphql.ts";
import { Field } from "./field.tsx";
import { formatDate } from "../../lib/dates.ts";
import { swedishNumber } from "./participant-labels.tsx";
import { days } from "./proposal-details.tsx";
import type { FormState } from "./proposal-forms.tsx";
import { assignmentStatusLabel, outcomeLabel } from "./proposal-labels.tsx";

export const PROPOSAL_ASSIGNMENT = graphql(`
  fragment ProposalAssignment on Assignment {
    id status startDate plannedEndDate endedAt outcome weekdays hoursPerDay workPlanGoals workPlanQuestions mentorName
    supportWorker { name }
  }
`);

export function ProposalAssignment({
  assignment,
  viewerIsCoach,
  form,
}: {
  assignment: ResultOf<typeof PROPOSAL_ASSIGNMENT>;
  viewerIsCoach: boolean;
  form: FormState;
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
            {days(assignment.weekdays)}, {swedishNumber(assignment.hoursPerDay)} timmar om dagen
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
      {viewerIsCoach && assignment.status !== "ENDED" && (
        <Form method="post" className="stack group">
          <h3>Avsluta insatsen</h3>
          <input type="hidden" name="intent" value="end" />
          <input type="hidden" name="assignmentId" value={assignment.id} />
          <Field name="outcome" label="Hur slutade insatsen?" error={form.errors.outcome}>
            {(props) => (
              <select {...props} defaultValue={form.value("outcome")}>
                <option value="">Välj</option>
                {assignmentOutcomes.map((outcome) => (
                  <option key={outcome} value={outcome}>
                    {outcomeLabel[outcome]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="note" id="end-note" label="Anteckning (frivilligt)" error={form.errors.note}>
            {(props) => <textarea {...props} rows={2} defaultValue={form.value("note")} />}
          </Field>
          <button type="submit" className="button secondary">
            Avsluta insatsen
          </button>
        </Form>
      )}
    </section>
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
