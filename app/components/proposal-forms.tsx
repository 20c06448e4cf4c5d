/**
 * The forms on /forslag/:id that move a proposal: the organisation's answer; the coach's next step, start of the
 * insats and withdrawal. Each posts an `intent` to the route's action, is checked through conform with the API's schema
 * (app/forms/proposal.ts) and works without JavaScript. A form's own error shows first in the form (FormError), its
 * field errors beside each field: not at the top of the page, far from what needs fixing.
 */
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useMemo } from "react";
import { weekdayLabel } from "../../lib/weekdays.ts";
import type { advanceSteps } from "../../lib/proposal-status.ts";
import { declineReasons } from "../../graphql/validation/proposal.ts";
import { useFormOf } from "../forms/form.ts";
import { advanceForm, answerForm, placeForm, withdrawForm } from "../forms/proposal.ts";
import { choice, Field, FormError, Group, Options } from "./field.tsx";
import { swedishNumber } from "./participant-labels.tsx";
import { formatHours } from "./placement-card.tsx";
import { declineReasonLabel, proposalStatusLabel } from "./proposal-labels.tsx";
import type { ProposalDetailsData } from "./proposal-details.tsx";

/** The action's reply to this form, if it was the one sent: the server's errors and, without JavaScript, its values. */
export type LastResult = SubmissionResult<string[]> | null | undefined;

export function AnswerForm({ proposalId, lastResult }: { proposalId: string; lastResult: LastResult }) {
  const [form, fields] = useFormOf(useMemo(() => answerForm(proposalId), [proposalId]), { id: "answer-form", lastResult });
  return (
    <section aria-labelledby="answer-heading" className="group">
      <h2 id="answer-heading">Ert svar</h2>
      <Form method="post" className="stack" {...getFormProps(form)}>
        <FormError form={form} />
        <input type="hidden" name="intent" value="answer" />
        <Field field={fields.note} id="answer-note" label="Meddelande till jobbcoachen (frivilligt)" hint="Till exempel en tid för ett besök.">
          {(props) => <textarea {...props} rows={3} />}
        </Field>
        <Field field={fields.declineReason} label="Om ni säger nej: välj varför">
          {(props) => (
            <select {...props}>
              <option value="">Välj ett skäl</option>
              <Options options={declineReasons.map((reason) => [reason, declineReasonLabel[reason]])} />
            </select>
          )}
        </Field>
        <div className="actions">
          <button type="submit" name="answer" value="YES" className="button">
            Ja
          </button>
          <button type="submit" name="answer" value="MEET" className="button">
            Vi vill träffas
          </button>
          <button type="submit" name="answer" value="NO" className="button secondary">
            Nej
          </button>
        </div>
      </Form>
    </section>
  );
}

export function AdvanceForm({ proposalId, steps, lastResult }: { proposalId: string; steps: (typeof advanceSteps)[number][]; lastResult: LastResult }) {
  const [form, fields] = useFormOf(useMemo(() => advanceForm(proposalId), [proposalId]), {
    id: "advance-form",
    lastResult,
    defaultValue: { to: steps[0] },
  });
  return (
    <section aria-labelledby="advance-heading" className="group">
      <h2 id="advance-heading">Flytta framåt</h2>
      <Form method="post" className="stack" {...getFormProps(form)}>
        <FormError form={form} />
        <input type="hidden" name="intent" value="advance" />
        <Field field={fields.to} label="Nästa steg">
          {(props) => (
            <select {...props}>
              <Options options={steps.map((step) => [step, proposalStatusLabel[step]])} />
            </select>
          )}
        </Field>
        <Field field={fields.note} id="advance-note" label="Anteckning" hint="Syns för arbetsplatsen också.">
          {(props) => <textarea {...props} rows={2} />}
        </Field>
        <button type="submit" className="button">
          Spara steget
        </button>
      </Form>
    </section>
  );
}

/** The form starts from today, the participant's days (or the placement's), hours that fit both, the placement's mentor. */
export function PlaceForm({
  proposal: p,
  supportWorkers,
  today,
  lastResult,
}: {
  proposal: ProposalDetailsData;
  supportWorkers: { id: string; name: string }[];
  today: string;
  lastResult: LastResult;
}) {
  const [form, fields] = useFormOf(useMemo(() => placeForm(p), [p]), {
    id: "place-form",
    lastResult,
    defaultValue: {
      startDate: today,
      weekdays: p.participant?.weekdays ?? p.placement.weekdays,
      hoursPerDay: swedishNumber(Math.min(p.placement.hoursPerDayMax, p.participant?.hoursPerDayMax ?? p.placement.hoursPerDayMax)),
      mentorName: p.placement.mentorName,
    },
  });
  return (
    <section aria-labelledby="place-heading" className="group">
      <h2 id="place-heading">Starta insats</h2>
      <p>När ni är överens startar insatsen. Platsen får en ledig plats mindre.</p>
      <Form method="post" className="stack" {...getFormProps(form)}>
        <FormError form={form} />
        <input type="hidden" name="intent" value="place" />
        <div className="field-row">
          <Field field={fields.startDate} label="Startdatum">
            {(props) => <input {...props} type="date" />}
          </Field>
          <Field field={fields.plannedEndDate} label="Planerat slutdatum (frivilligt)">
            {(props) => <input {...props} type="date" />}
          </Field>
        </div>
        <Group field={fields.weekdays} legend="Dagar" hint="Bara dagar då platsen tar emot deltagare.">
          <div className="choice-row">
            {p.placement.weekdays.map((day) => (
              <label key={day} className="choice">
                <input type="checkbox" {...choice(fields.weekdays, day)} />{" "}
                {weekdayLabel(day)}
              </label>
            ))}
          </div>
        </Group>
        <Field
          field={fields.hoursPerDay}
          label="Timmar om dagen"
          hint={`Platsen har ${formatHours(p.placement.hoursPerDayMin, p.placement.hoursPerDayMax)}.`}
         
        >
          {(props) => (
            <input {...props} className="short" inputMode="decimal" />
          )}
        </Field>
        <Field field={fields.workPlanGoals} label="Arbetsplan: mål" hint="Vad ska deltagaren öva på? Ett mål per rad.">
          {(props) => <textarea {...props} rows={3} />}
        </Field>
        <Field
          field={fields.workPlanQuestions}
          label="Arbetsplan: frågor som arbetsträningen ska svara på"
          hint="Till exempel: Hur många timmar orkar deltagaren?"
         
        >
          {(props) => <textarea {...props} rows={3} />}
        </Field>
        <Field field={fields.mentorName} label="Handledare på arbetsplatsen">
          {(props) => <input {...props} />}
        </Field>
        <Field field={fields.supportWorkerId} label="SE-handledare">
          {(props) => (
            <select {...props}>
              <option value="">Ingen just nu</option>
              <Options options={supportWorkers.map((worker) => [worker.id, worker.name])} />
            </select>
          )}
        </Field>
        <button type="submit" className="button">
          Starta insats
        </button>
      </Form>
    </section>
  );
}

export function WithdrawForm({ proposalId, lastResult }: { proposalId: string; lastResult: LastResult }) {
  const [form, fields] = useFormOf(useMemo(() => withdrawForm(proposalId), [proposalId]), { id: "withdraw-form", lastResult });
  return (
    <section aria-labelledby="withdraw-heading" className="group">
      <h2 id="withdraw-heading">Dra tillbaka förslaget</h2>
      <Form method="post" className="stack" {...getFormProps(form)}>
        <FormError form={form} />
        <input type="hidden" name="intent" value="withdraw" />
        <Field field={fields.note} id="withdraw-note" label="Varför? (frivilligt)" hint="Syns för arbetsplatsen också.">
          {(props) => <textarea {...props} rows={2} />}
        </Field>
        <button type="submit" className="button secondary">
          Dra tillbaka
        </button>
      </Form>
    </section>
  );
}
