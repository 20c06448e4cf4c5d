/**
 * The forms on /forslag/:id that move a proposal: the organisation's answer; the coach's next step, start of the
 * insats and withdrawal. Each posts an `intent` to the route's action and works without JavaScript.
 */
import { Form } from "@remix-run/react";
import { weekdayLabel } from "../../lib/weekdays.ts";
import type { advanceSteps } from "../../lib/proposal-status.ts";
import { declineReasons } from "../../graphql/validation/proposal.ts";
import { Field, Group } from "./field.tsx";
import { swedishNumber } from "./participant-labels.tsx";
import { formatHours } from "./placement-card.tsx";
import { declineReasonLabel, proposalStatusLabel } from "./proposal-labels.tsx";
import type { ProposalDetailsData } from "./proposal-details.tsx";

/** A form's field errors and submitted values after the action refused it, so it can be shown again as sent. */
export interface FormState {
  errors: Record<string, string>;
  value(name: string, fallback?: string): string;
}

export function AnswerForm({ form }: { form: FormState }) {
  return (
    <section aria-labelledby="answer-heading" className="group">
      <h2 id="answer-heading">Ert svar</h2>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="answer" />
        <Field name="note" id="answer-note" label="Meddelande till jobbcoachen (frivilligt)" hint="Till exempel en tid för ett besök." error={form.errors.note}>
          {(props) => <textarea {...props} rows={3} defaultValue={form.value("note")} />}
        </Field>
        <Field name="declineReason" label="Om ni säger nej: välj varför" error={form.errors.declineReason}>
          {(props) => (
            <select {...props} defaultValue={form.value("declineReason")}>
              <option value="">Välj ett skäl</option>
              {declineReasons.map((reason) => (
                <option key={reason} value={reason}>
                  {declineReasonLabel[reason]}
                </option>
              ))}
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

export function AdvanceForm({ steps, form }: { steps: (typeof advanceSteps)[number][]; form: FormState }) {
  return (
    <section aria-labelledby="advance-heading" className="group">
      <h2 id="advance-heading">Flytta framåt</h2>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="advance" />
        <Field name="to" label="Nästa steg" error={form.errors.to}>
          {(props) => (
            <select {...props} defaultValue={form.value("to", steps[0])}>
              {steps.map((step) => (
                <option key={step} value={step}>
                  {proposalStatusLabel[step]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="note" id="advance-note" label="Anteckning" hint="Syns för arbetsplatsen också." error={form.errors.note}>
          {(props) => <textarea {...props} rows={2} defaultValue={form.value("note")} />}
        </Field>
        <button type="submit" className="button">
          Spara steget
        </button>
      </Form>
    </section>
  );
}

/** `chosenWeekdays`: the days a refused submission chose; otherwise the participant's days, or the placement's. */
export function PlaceForm({
  proposal: p,
  supportWorkers,
  today,
  chosenWeekdays,
  form,
}: {
  proposal: ProposalDetailsData;
  supportWorkers: { id: string; name: string }[];
  today: string;
  chosenWeekdays: string[] | null;
  form: FormState;
}) {
  return (
    <section aria-labelledby="place-heading" className="group">
      <h2 id="place-heading">Starta insats</h2>
      <p>När ni är överens startar insatsen. Platsen får en ledig plats mindre.</p>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="place" />
        <div className="field-row">
          <Field name="startDate" label="Startdatum" error={form.errors.startDate}>
            {(props) => <input {...props} type="date" defaultValue={form.value("startDate", today)} />}
          </Field>
          <Field name="plannedEndDate" label="Planerat slutdatum (frivilligt)" error={form.errors.plannedEndDate}>
            {(props) => <input {...props} type="date" defaultValue={form.value("plannedEndDate")} />}
          </Field>
        </div>
        <Group name="weekdays" legend="Dagar" hint="Bara dagar då platsen tar emot deltagare." error={form.errors.weekdays}>
          <div className="choice-row">
            {p.placement.weekdays.map((day) => (
              <label key={day} className="choice">
                <input
                  type="checkbox"
                  name="weekdays"
                  value={day}
                  defaultChecked={(chosenWeekdays ?? p.participant?.weekdays ?? p.placement.weekdays).includes(day)}
                />{" "}
                {weekdayLabel(day)}
              </label>
            ))}
          </div>
        </Group>
        <Field
          name="hoursPerDay"
          label="Timmar om dagen"
          hint={`Platsen har ${formatHours(p.placement.hoursPerDayMin, p.placement.hoursPerDayMax)}.`}
          error={form.errors.hoursPerDay}
        >
          {(props) => (
            <input
              {...props}
              className="short"
              inputMode="decimal"
              defaultValue={form.value("hoursPerDay", swedishNumber(Math.min(p.placement.hoursPerDayMax, p.participant?.hoursPerDayMax ?? p.placement.hoursPerDayMax)))}
            />
          )}
        </Field>
        <Field name="workPlanGoals" label="Arbetsplan: mål" hint="Vad ska deltagaren öva på? Ett mål per rad." error={form.errors.workPlanGoals}>
          {(props) => <textarea {...props} rows={3} defaultValue={form.value("workPlanGoals")} />}
        </Field>
        <Field
          name="workPlanQuestions"
          label="Arbetsplan: frågor som arbetsträningen ska svara på"
          hint="Till exempel: Hur många timmar orkar deltagaren?"
          error={form.errors.workPlanQuestions}
        >
          {(props) => <textarea {...props} rows={3} defaultValue={form.value("workPlanQuestions")} />}
        </Field>
        <Field name="mentorName" label="Handledare på arbetsplatsen" error={form.errors.mentorName}>
          {(props) => <input {...props} defaultValue={form.value("mentorName", p.placement.mentorName)} />}
        </Field>
        <Field name="supportWorkerId" label="SE-handledare" error={form.errors.supportWorkerId}>
          {(props) => (
            <select {...props} defaultValue={form.value("supportWorkerId")}>
              <option value="">Ingen just nu</option>
              {supportWorkers.map((worker) => (
                <option key={worker.id} value={worker.id}>
                  {worker.name}
                </option>
              ))}
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

export function WithdrawForm({ form }: { form: FormState }) {
  return (
    <section aria-labelledby="withdraw-heading" className="group">
      <h2 id="withdraw-heading">Dra tillbaka förslaget</h2>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="withdraw" />
        <Field name="note" id="withdraw-note" label="Varför? (frivilligt)" hint="Syns för arbetsplatsen också." error={form.errors.note}>
          {(props) => <textarea {...props} rows={2} defaultValue={form.value("note")} />}
        </Field>
        <button type="submit" className="button secondary">
          Dra tillbaka
        </button>
      </Form>
    </section>
  );
}
