/**
 * The follow-up form (new and correction): conform with the API's own zod schema, so the browser and the server say
 * the same thing in Swedish. It is a plain POST form: without JavaScript the server validates and answers with the
 * errors beside each field; every control is a native input, select or radio, so it works by keyboard alone.
 * Fixed rows: one rating per area, three agreed actions, one line per adaptation; rows left empty are dropped.
 */
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import type { z } from "zod";
import { recordFollowUpInput } from "../../../graphql/validation/follow-up.ts";
import { Field, Group } from "../field.tsx";
import { Face } from "./faces.tsx";
import { changeLabel, modeLabel, ownerLabel, supportLevelLabel, viewWords } from "./labels.ts";

export interface FollowUpFormProps {
  participantId: string;
  displayName: string;
  /** The live assignment's arbetsplan goals to pick from; empty without a placement. */
  goals: string[];
  /** The host organisation of the live assignment, if any: actions may be given to it. */
  organizationName: string | null;
  areas: { area: string; label: string; question: string; step2: string; step5: string; step8: string; previous: number | null }[];
  adaptations: { code: string; label: string; needed: boolean }[];
  today: string;
  defaultValue?: Record<string, unknown>;
  lastResult?: SubmissionResult<string[]> | null;
  submitLabel: string;
}

/** The API's field paths ("actions.0.dueDate") as conform names them ("actions[0].dueDate"). */
export function conformFieldErrors(fieldErrors: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, message]) => [field.replace(/\.(\d+)/g, "[$1]"), [message]]));
}

const EMPTY_ACTIONS = 3;

/**
 * Days are typed as text, år-månad-dag, as on the other forms: Chromium's date control cannot be typed into
 * reliably by keyboard, and the text reads the same with and without JavaScript.
 */
export const DAY_INPUT = { type: "text", inputMode: "numeric", autoComplete: "off", size: 12 } as const;
export const dayHint = (today: string) => `Skriv år-månad-dag, till exempel ${today}.`;

function AdaptationTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <table className="table adaptation-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Anpassning</th>
          <th scope="col">Just nu</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

export function FollowUpForm(props: FollowUpFormProps) {
  const { participantId, displayName, goals, organizationName, areas, adaptations, today } = props;
  const defaultValue = {
    participantId,
    date: today,
    mode: "WORKPLACE_VISIT",
    ratings: areas.map((a) => ({ area: a.area, rating: "" })),
    adaptations: adaptations.map((a) => ({ code: a.code, change: "" })),
    actions: Array.from({ length: EMPTY_ACTIONS }, () => ({ description: "", owner: "PARTICIPANT", dueDate: "" })),
    ...props.defaultValue,
  };
  const [form, fields] = useForm<z.output<typeof recordFollowUpInput>>({
    id: "follow-up-form",
    lastResult: props.lastResult ?? undefined,
    defaultValue: defaultValue as never,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: recordFollowUpInput }),
  });
  const error = (name: string) => form.allErrors[name]?.[0];
  const value = (name: keyof typeof fields) => {
    const v = fields[name]?.initialValue;
    return typeof v === "string" ? v : "";
  };
  const ratingRows = fields.ratings.getFieldList();
  const adaptationRows = fields.adaptations.getFieldList();
  const actionRows = fields.actions.getFieldList();
  const needed = adaptations.filter((a) => a.needed);
  const others = adaptations.filter((a) => !a.needed);
  const adaptationRow = (code: string) => {
    const index = adaptations.findIndex((a) => a.code === code);
    const row = adaptationRows[index]?.getFieldset();
    const adaptation = adaptations[index]!;
    const id = `adaptation-${code}`;
    return (
      <tr key={code}>
        <th scope="row">
          <label htmlFor={id}>{adaptation.label}</label>
        </th>
        <td>
          <input type="hidden" name={row?.code.name ?? `adaptations[${index}].code`} value={code} />
          <select id={id} name={row?.change.name ?? `adaptations[${index}].change`} defaultValue={(row?.change.initialValue as string) ?? ""}>
            <option value="">Inget att säga</option>
            {Object.entries(changeLabel).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </td>
      </tr>
    );
  };

  return (
    <Form method="post" {...getFormProps(form)} className="follow-up-form" aria-labelledby="follow-up-form-title">
      <h2 id="follow-up-form-title" className="visually-hidden">
        Uppföljning med {displayName}
      </h2>
      {form.errors?.length || Object.keys(form.allErrors).length ? (
        <div className="form-error" role="alert" id={form.errorId}>
          <p>{form.errors?.[0] ?? "Något behöver rättas. Se felen vid varje fält."}</p>
        </div>
      ) : null}
      <input type="hidden" name="participantId" value={participantId} />

      <div className="field-row">
        <Field name="date" label="Datum" hint={dayHint(today)} error={error("date")}>
          {(control) => <input {...control} {...DAY_INPUT} defaultValue={value("date")} required />}
        </Field>
        <Field name="durationMinutes" label="Hur länge (minuter)" error={error("durationMinutes")}>
          {(control) => <input {...control} type="number" inputMode="numeric" min={5} max={600} step={5} defaultValue={value("durationMinutes")} />}
        </Field>
      </div>

      <Group name="mode" legend="Hur ni träffades" error={error("mode")}>
        <div className="choice-row">
          {Object.entries(modeLabel).map(([key, label]) => (
            <label key={key} className="choice">
              <input type="radio" name="mode" value={key} defaultChecked={value("mode") === key} />
              {label}
            </label>
          ))}
        </div>
      </Group>

      <Field name="attendees" label="Vem var med" hint="Till exempel: Kim, handledaren på plats, jobbcoachen" error={error("attendees")}>
        {(control) => <input {...control} type="text" defaultValue={value("attendees")} />}
      </Field>

      <Field
        name="workPlanGoal"
        label="Mål i arbetsplanen som ni följde upp"
        hint={goals.length ? undefined : "Deltagaren har ingen arbetsplan just nu."}
        error={error("workPlanGoal")}
      >
        {(control) => (
          <select {...control} defaultValue={value("workPlanGoal")}>
            <option value="">Inget särskilt mål</option>
            {goals.map((goal) => (
              <option key={goal} value={goal}>
                {goal}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field name="notes" label="Vad ni gjorde" error={error("notes")}>
        {(control) => <textarea {...control} rows={4} defaultValue={value("notes")} required />}
      </Field>

      <Field name="supportGiven" label="Stöd som gavs" error={error("supportGiven")}>
        {(control) => <textarea {...control} rows={2} defaultValue={value("supportGiven")} />}
      </Field>

      <div className="field-row">
        {(["supportBefore", "supportAfter"] as const).map((name) => (
          <Field key={name} name={name} label={name === "supportBefore" ? "Stödnivå före" : "Stödnivå efter"} hint="Stödet trappas ned uppifrån och ned" error={error(name)}>
            {(control) => (
              <select {...control} defaultValue={value(name)}>
                <option value="">Inte bedömd</option>
                {Object.entries(supportLevelLabel).map(([key, label]) => (
                  <option key={key} value={key}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </div>

      <Field name="employerFeedback" label="Vad arbetsplatsen säger" error={error("employerFeedback")}>
        {(control) => <textarea {...control} rows={2} defaultValue={value("employerFeedback")} />}
      </Field>

      <Group name="participantView" legend={`Hur tycker ${displayName} att det går?`} hint="Välj ett ansikte tillsammans" error={error("participantView")}>
        <div className="faces">
          {viewWords.map((word, i) => (
            <label key={word} className="face-choice">
              <input type="radio" name="participantView" value={i + 1} defaultChecked={value("participantView") === String(i + 1)} />
              <Face value={i + 1} />
              {word}
            </label>
          ))}
        </div>
      </Group>

      <Group name="ratings" legend="Stegförflyttning, 1 till 10" hint="Lämna tomt om ni inte pratade om området. Förra steget står bredvid." error={error("ratings")}>
        {areas.map((area, i) => {
          const row = ratingRows[i]?.getFieldset();
          const id = `rating-${area.area}`;
          const rowError = error(`ratings[${i}].rating`);
          return (
            <div className="rating-row" key={area.area}>
              <div>
                <label htmlFor={id}>{area.label}</label>
                <p className="hint" id={`${id}-previous`}>
                  {area.previous === null ? "Inget steg förut" : <span className="previous">Förra steget: {area.previous}</span>}
                </p>
              </div>
              <div>
                <input type="hidden" name={row?.area.name ?? `ratings[${i}].area`} value={area.area} />
                <select
                  id={id}
                  name={row?.rating.name ?? `ratings[${i}].rating`}
                  defaultValue={(row?.rating.initialValue as string) ?? ""}
                  aria-describedby={`${id}-previous ${id}-anchors${rowError ? ` ${id}-error` : ""}`}
                  {...(rowError ? { "aria-invalid": true } : {})}
                >
                  <option value="">Inget steg</option>
                  {Array.from({ length: 10 }, (_, s) => (
                    <option key={s + 1} value={s + 1}>
                      {s + 1}
                    </option>
                  ))}
                </select>
                {rowError && (
                  <p className="field-error" id={`${id}-error`}>
                    {rowError}
                  </p>
                )}
                <ul className="anchors" id={`${id}-anchors`}>
                  <li>2: {area.step2}</li>
                  <li>5: {area.step5}</li>
                  <li>8: {area.step8}</li>
                </ul>
              </div>
            </div>
          );
        })}
      </Group>

      <Group name="adaptations" legend="Anpassningar" hint="Vilka används, vilka behövs nu, vilka behövs inte längre?" error={error("adaptations")}>
        <AdaptationTable caption="Anpassningar som deltagaren har behov av">{needed.map((a) => adaptationRow(a.code))}</AdaptationTable>
        <details>
          <summary>Andra anpassningar ({others.length})</summary>
          <AdaptationTable caption="Andra anpassningar">{others.map((a) => adaptationRow(a.code))}</AdaptationTable>
        </details>
      </Group>

      <Field name="risks" label="Risker" hint="Något som kan göra att det slutar fungera?" error={error("risks")}>
        {(control) => <textarea {...control} rows={2} defaultValue={value("risks")} />}
      </Field>

      <Group name="actions" legend="Det här kom vi överens om" hint="Vem gör vad, och när ska det vara klart? Tomma rader sparas inte." error={error("actions")}>
        {actionRows.map((action, i) => {
          const row = action.getFieldset();
          const prefix = `action-${i + 1}`;
          return (
            <fieldset key={action.key} className="action-row picker-group">
              <legend>Överenskommelse {i + 1}</legend>
              <Field name={row.description.name} id={`${prefix}-description`} label="Vad" error={error(row.description.name)}>
                {(control) => <input {...control} type="text" defaultValue={(row.description.initialValue as string) ?? ""} />}
              </Field>
              <Field name={row.owner.name} id={`${prefix}-owner`} label="Vem" error={error(row.owner.name)}>
                {(control) => (
                  <select {...control} defaultValue={(row.owner.initialValue as string) ?? "PARTICIPANT"}>
                    {Object.entries(ownerLabel)
                      .filter(([key]) => key !== "ORGANIZATION" || organizationName)
                      .map(([key, label]) => (
                        <option key={key} value={key}>
                          {key === "ORGANIZATION" ? `${label} (${organizationName})` : label}
                        </option>
                      ))}
                  </select>
                )}
              </Field>
              <Field name={row.dueDate.name} id={`${prefix}-dueDate`} label="Klart senast" hint="År-månad-dag" error={error(row.dueDate.name)}>
                {(control) => <input {...control} {...DAY_INPUT} defaultValue={(row.dueDate.initialValue as string) ?? ""} />}
              </Field>
            </fieldset>
          );
        })}
      </Group>

      <Field name="nextDate" label="Nästa uppföljning" hint={`När ses ni nästa gång? ${dayHint(today)}`} error={error("nextDate")}>
        {(control) => <input {...control} {...DAY_INPUT} defaultValue={value("nextDate")} />}
      </Field>

      <button type="submit" className="button">
        {props.submitLabel}
      </button>
    </Form>
  );
}
