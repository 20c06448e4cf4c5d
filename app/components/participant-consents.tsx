/**
 * The consents on a participant's profile: what is in force, withdrawing one, and recording a new one. What the coach
 * did last (registered, withdrawn, or why not) is said here, beside the table and the form, not at the top of the page.
 */
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useMemo } from "react";
import type { IsoDate } from "../../lib/dates.ts";
import { useFormOf } from "../forms/form.ts";
import { CONSENT_NOTE_MAX as NOTE_MAX, consentForm } from "../forms/participant.ts";
import { Field, FormError, Options } from "./field.tsx";
import { consentScopeLabel, swedishDate } from "./participant-labels.tsx";

export interface ConsentRow {
  id: string;
  scope: string;
  givenAt: string;
  withdrawnAt: string | null;
  note: string;
  active: boolean;
}

/** What the last consent action said: a success for role=status, a refusal for role=alert. */
export interface ConsentNotice {
  ok: boolean;
  message: string;
}

export function ParticipantConsents({
  consents,
  isOwnCoach,
  today,
  lastResult,
  notice,
}: {
  consents: readonly ConsentRow[];
  isOwnCoach: boolean;
  today: IsoDate;
  lastResult: SubmissionResult<string[]> | null | undefined;
  notice: ConsentNotice | null;
}) {
  const activeScopes = consents.filter((c) => c.active).map((c) => c.scope).join(" ");
  const [form, fields] = useFormOf(
    useMemo(() => consentForm(today, activeScopes.split(" ")), [today, activeScopes]),
    { id: "consent-form", lastResult, defaultValue: { givenAt: today } },
  );
  return (
    <section className="consents" aria-labelledby="consents-heading">
      <h2 id="consents-heading">Samtycken</h2>
      <p>Inget delas med någon utanför Stegvis utan ett samtycke som gäller.</p>
      {notice?.message && (
        <div id="consents-notice" className={notice.ok ? "notice" : "form-error"} role={notice.ok ? "status" : "alert"}>
          <p>{notice.message}</p>
        </div>
      )}
      {consents.length === 0 ? (
        <p>Inget samtycke är registrerat.</p>
      ) : (
        <table className="table stacked">
          <caption className="visually-hidden">Registrerade samtycken</caption>
          <thead>
            <tr>
              <th scope="col">Vad</th>
              <th scope="col">Givet</th>
              <th scope="col">Gäller</th>
              {isOwnCoach && <th scope="col">Ändra</th>}
            </tr>
          </thead>
          <tbody>
            {consents.map((c) => (
              <tr key={c.id}>
                <td className="record-title">
                  {consentScopeLabel[c.scope] ?? c.scope}
                  {c.note && <span className="note">{c.note}</span>}
                </td>
                <td data-label="Givet">{swedishDate(c.givenAt)}</td>
                <td data-label="Gäller">{c.active ? "Ja" : `Nej, återkallat ${swedishDate(c.withdrawnAt!)}`}</td>
                {isOwnCoach && (
                  <td>
                    {c.active && (
                      <Form method="post">
                        <input type="hidden" name="consentId" value={c.id} />
                        <button type="submit" name="intent" value="withdrawConsent" className="link-button">
                          Återkalla<span className="visually-hidden"> samtycket: {consentScopeLabel[c.scope] ?? c.scope}</span>
                        </button>
                      </Form>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {isOwnCoach && (
        <Form method="post" className="stack card" aria-labelledby="consent-heading" {...getFormProps(form)}>
          <h3 id="consent-heading">Registrera samtycke</h3>
          <FormError form={form} />
          <Field field={fields.scope} id="consent-scope" label="Vad deltagaren samtycker till">
            {(props) => (
              <select {...props}>
                <Options options={Object.entries(consentScopeLabel)} />
              </select>
            )}
          </Field>
          <Field field={fields.givenAt} id="consent-given" label="Datum då deltagaren gav samtycket">
            {(props) => <input {...props} type="date" max={today} required />}
          </Field>
          <Field field={fields.note} id="consent-note" label="Anteckning (frivillig)" hint={`Högst ${NOTE_MAX} tecken.`}>
            {(props) => <textarea {...props} rows={2} maxLength={NOTE_MAX} />}
          </Field>
          <button type="submit" name="intent" value="recordConsent" className="button">
            Registrera samtycke
          </button>
        </Form>
      )}
    </section>
  );
}
