/**
 * The follow-up form (new and correction): conform with the API's own zod schema, so the browser and the server say
 * the same thing in Swedish. It is a plain POST form: without JavaScript the server validates and answers with the
 * errors beside each field; every control is a native input, select or radio, so it works by keyboard alone.
 * Fixed rows: one rating per area, three agreed actions, one line per adaptation; rows left empty are dropped.
 */
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { followUpForm } from "../../forms/follow-up.ts";
import { useFormOf } from "../../forms/form.ts";
import { choice, Field, Group, Options } from "../field.tsx";
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
  const [form, fields] = useFormOf(followUpForm, { id: "follow-up-form", lastResult: props.lastResult, defaultValue });
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
        <Field field={fields.date} label="Datum" hint={dayHint(today)}>
          {(control) => <input {...control} {...DAY_INPUT} required />}
        </Field>
        <Field field={fields.durationMinutes} label="Hur länge (minuter)">
          {(control) => <input {...control} type="number" inputMode="numeric" min={5} max={600} step={5} />}
        </Field>
      </div>

      <Group field={fields.mode} legend="Hur ni träffades">
        <div className="choice-row">
          {Object.entries(modeLabel).map(([key, label]) => (
            <label key={key} className="choice">
              <input type="radio" {...choice(fields.mode, key)} />
              {label}
            </label>
          ))}
        </div>
      </Group>

      <Field field={fields.attendees} label="Vem var med" hint="Till exempel: Kim, handledaren på plats, jobbcoachen">
        {(control) => <input {...control} type="text" />}
      </Field>

      <Field
        field={fields.workPlanGoal}
        label="Mål i arbetsplanen som ni följde upp"
        hint={goals.length ? undefined : "Deltagaren har ingen arbetsplan just nu."}
       
      >
        {(control) => (
          <select {...control}>
            <option value="">Inget särskilt mål</option>
            {goals.map((goal) => (
              <option key={goal} value={goal}>
                {goal}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field field={fields.notes} label="Vad ni gjorde">
        {(control) => <textarea {...control} rows={4} required />}
      </Field>

      <Field field={fields.supportGiven} label="Stöd som gavs">
        {(control) => <textarea {...control} rows={2} />}
      </Field>

      <div className="field-row">
        {(["supportBefore", "supportAfter"] as const).map((name) => (
          <Field key={name} field={fields[name]} label={name === "supportBefore" ? "Stödnivå före" : "Stödnivå efter"} hint="Stödet trappas ned uppifrån och ned">
            {(control) => (
              <select {...control}>
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

      <Field field={fields.employerFeedback} label="Vad arbetsplatsen säger">
        {(control) => <textarea {...control} rows={2} />}
      </Field>

      <Group field={fields.participantView} legend={`Hur tycker ${displayName} att det går?`} hint="Välj ett ansikte tillsammans">
        <div className="faces">
          {viewWords.map((word, i) => (
            <label key={word} className="face-choice">
              <input type="radio" {...choice(fields.participantView, String(i + 1))} />
              <Face value={i + 1} />
              {word}
            </label>
          ))}
        </div>
      </Group>

      <Group field={fields.ratings} legend="Stegförflyttning, 1 till 10" hint="Lämna tomt om ni inte pratade om området. Förra steget står bredvid.">
        {areas.map((area, i) => {
          const row = ratingRows[i]?.getFieldset();
          const id = `rating-${area.area}`;
          const rowError = row?.rating.errors?.[0];
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

      <Group field={fields.adaptations} legend="Anpassningar" hint="Vilka används, vilka behövs nu, vilka behövs inte längre?">
        <AdaptationTable caption="Anpassningar som deltagaren har behov av">{needed.map((a) => adaptationRow(a.code))}</AdaptationTable>
        <details>
          <summary>Andra anpassningar ({others.length})</summary>
          <AdaptationTable caption="Andra anpassningar">{others.map((a) => adaptationRow(a.code))}</AdaptationTable>
        </details>
      </Group>

      <Field field={fields.risks} label="Risker" hint="Något som kan göra att det slutar fungera?">
        {(control) => <textarea {...control} rows={2} />}
      </Field>

      <Group field={fields.actions} legend="Det här kom vi överens om" hint="Vem gör vad, och när ska det vara klart? Tomma rader sparas inte.">
        {actionRows.map((action, i) => {
          const row = action.getFieldset();
          const prefix = `action-${i + 1}`;
          return (
            <fieldset key={action.key} className="action-row picker-group">
              <legend>Överenskommelse {i + 1}</legend>
              <Field field={row.description} id={`${prefix}-description`} label="Vad">
                {(control) => <input {...control} type="text" />}
              </Field>
              <Field field={row.owner} id={`${prefix}-owner`} label="Vem">
                {(control) => (
                  <select {...control}>
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
              <Field field={row.dueDate} id={`${prefix}-dueDate`} label="Klart senast" hint="År-månad-dag">
                {(control) => <input {...control} {...DAY_INPUT} />}
              </Field>
            </fieldset>
          );
        })}
      </Group>

      <Field field={fields.nextDate} label="Nästa uppföljning" hint={`När ses ni nästa gång? ${dayHint(today)}`}>
        {(control) => <input {...control} {...DAY_INPUT} />}
      </Field>

      <button type="submit" className="button">
        {props.submitLabel}
      </button>
    </Form>
  );
}
