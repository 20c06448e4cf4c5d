import { Form } from "@remix-run/react";
import { useState, type FormEvent } from "react";
import {
  NEED_FIELD_PREFIX,
  participantStages,
  validateParticipantForm,
  type NeedChoice,
  type ParticipantVocabulary,
} from "../../graphql/validation/participant.ts";
import { Field, Group } from "./field.tsx";
import { AdaptationPictogram } from "./pictograms/pictogram.tsx";
import { groupBy, swedishNumber } from "./participant-labels.tsx";
import { WEEKDAYS, weekdayLabel } from "../../lib/weekdays.ts";
import { stageLabel } from "./status.tsx";
import { graphql, type ResultOf } from "../utils/graphql.ts";

/** What the form offers to choose from, as a fragment for a route's own query … */
export const PARTICIPANT_FORM_FIELDS = graphql(`
  fragment ParticipantFormVocabulary on Query {
    kommuner { code name }
    adaptations { code label category }
    occupationCards { id title area }
    staff(role: SUPPORT_WORKER) { id name }
  }
`);
/** … and as a query of its own. */
export const PARTICIPANT_FORM_VOCABULARY = graphql(`query ParticipantFormVocabularyQuery { ...ParticipantFormVocabulary }`, [PARTICIPANT_FORM_FIELDS]);

/** The stored participant fields the edit form starts from. */
export const PARTICIPANT_FORM_VALUES = graphql(`
  fragment ParticipantFormValues on Participant {
    code displayName kommunCode travelKind travelKommunCodes travelRadiusKm hoursPerDayMax weekdays stage
    interests interestsText avoidAreas avoidCards { id } avoidText goals
    adaptationNeeds { mustHave adaptation { code } }
    supportWorker { id }
  }
`);

export type StoredParticipantValues = ResultOf<typeof PARTICIPANT_FORM_VALUES>;

export function defaultsFromParticipant(p: StoredParticipantValues): ParticipantFormDefaults {
  return {
    ...p,
    travelRadiusKm: p.travelRadiusKm === null ? "" : swedishNumber(p.travelRadiusKm),
    hoursPerDayMax: swedishNumber(p.hoursPerDayMax),
    interests: p.interests.join(", "),
    avoidCardIds: p.avoidCards.map((c) => c.id),
    needs: Object.fromEntries(p.adaptationNeeds.map((n) => [n.adaptation.code, n.mustHave ? "MUST" : "NICE"])),
    supportWorkerId: p.supportWorker?.id ?? "",
  };
}

export type ParticipantFormVocabulary = ResultOf<typeof PARTICIPANT_FORM_FIELDS>;

export function vocabularySets(v: ParticipantFormVocabulary): ParticipantVocabulary {
  return {
    kommunCodes: new Set(v.kommuner.map((k) => k.code)),
    adaptationCodes: new Set(v.adaptations.map((a) => a.code)),
    occupationCardIds: new Set(v.occupationCards.map((c) => c.id)),
    occupationAreas: new Set(v.occupationCards.map((c) => c.area)),
  };
}

/** The form's values as text, for filling it in again: from a stored participant or from a refused submission. */
export interface ParticipantFormDefaults {
  code: string;
  displayName: string;
  kommunCode: string;
  travelKind: string;
  travelKommunCodes: string[];
  travelRadiusKm: string;
  hoursPerDayMax: string;
  weekdays: string[];
  stage: string;
  interests: string;
  interestsText: string;
  avoidAreas: string[];
  avoidCardIds: string[];
  avoidText: string;
  goals: string;
  needs: Record<string, NeedChoice>;
  supportWorkerId: string;
}

export const EMPTY_PARTICIPANT: ParticipantFormDefaults = {
  code: "",
  displayName: "",
  kommunCode: "",
  travelKind: "KOMMUNER",
  travelKommunCodes: [],
  travelRadiusKm: "",
  hoursPerDayMax: "",
  weekdays: ["MON", "TUE", "WED", "THU", "FRI"],
  stage: "INTAKE",
  interests: "",
  interestsText: "",
  avoidAreas: [],
  avoidCardIds: [],
  avoidText: "",
  goals: "",
  needs: {},
  supportWorkerId: "",
};

export function defaultsFromForm(form: FormData): ParticipantFormDefaults {
  const str = (name: string) => String(form.get(name) ?? "");
  const list = (name: string) => form.getAll(name).map(String).filter(Boolean);
  const needs: Record<string, NeedChoice> = {};
  for (const key of new Set(form.keys())) {
    const choice = str(key);
    if (key.startsWith(NEED_FIELD_PREFIX) && (choice === "MUST" || choice === "NICE")) needs[key.slice(NEED_FIELD_PREFIX.length)] = choice;
  }
  return {
    code: str("code"),
    displayName: str("displayName"),
    kommunCode: str("kommunCode"),
    travelKind: str("travelKind") || "KOMMUNER",
    travelKommunCodes: list("travelKommunCodes"),
    travelRadiusKm: str("travelRadiusKm"),
    hoursPerDayMax: str("hoursPerDayMax"),
    weekdays: list("weekdays"),
    stage: str("stage") || "INTAKE",
    interests: str("interests"),
    interestsText: str("interestsText"),
    avoidAreas: list("avoidAreas"),
    avoidCardIds: list("avoidCardIds"),
    avoidText: str("avoidText"),
    goals: str("goals"),
    needs,
    supportWorkerId: str("supportWorkerId"),
  };
}

const NEED_CHOICES: [NeedChoice, string][] = [
  ["MUST", "Måste ha"],
  ["NICE", "Bra att ha"],
  ["NONE", "Behövs inte"],
];

/** Adaptations by pictogram, grouped by category; one labelled radio group per adaptation. */
function NeedsPicker({
  adaptations,
  needs,
  errors,
}: {
  adaptations: ParticipantFormVocabulary["adaptations"];
  needs: Record<string, NeedChoice>;
  errors: Record<string, string>;
}) {
  return (
    <Group
      name="adaptationNeeds"
      legend="Anpassningar deltagaren behöver"
      hint="Välj för varje bild: måste ha, bra att ha eller behövs inte. Skriv behov, aldrig diagnoser."
      error={errors.adaptationNeeds}
    >
      {groupBy(adaptations, (a) => a.category).map(([category, items]) => (
        <fieldset key={category} className="need-category">
          <legend>{category}</legend>
          <div className="need-grid">
            {items.map((a) => (
              <fieldset key={a.code} className={`need need-${(needs[a.code] ?? "NONE").toLowerCase()}`}>
                <legend>
                  <AdaptationPictogram code={a.code} decorative size={56} />
                  <span>{a.label}</span>
                </legend>
                {NEED_CHOICES.map(([value, label]) => (
                  <label key={value} className="check">
                    <input type="radio" name={`${NEED_FIELD_PREFIX}${a.code}`} value={value} defaultChecked={(needs[a.code] ?? "NONE") === value} />{" "}
                    {label}
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
        </fieldset>
      ))}
    </Group>
  );
}

export function ParticipantForm({
  vocabulary,
  defaults,
  fieldErrors,
  submitLabel,
  submitting,
}: {
  vocabulary: ParticipantFormVocabulary;
  defaults: ParticipantFormDefaults;
  fieldErrors: Record<string, string>;
  submitLabel: string;
  submitting: boolean;
}) {
  // Checked in the browser first with the same schema as the server; the server's answer replaces it on each submit.
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [lastServerErrors, setLastServerErrors] = useState(fieldErrors);
  if (lastServerErrors !== fieldErrors) {
    setLastServerErrors(fieldErrors);
    setClientErrors(null);
  }
  const errors = clientErrors ?? fieldErrors;
  const d = defaults;

  function check(event: FormEvent<HTMLFormElement>) {
    const result = validateParticipantForm(new FormData(event.currentTarget), vocabularySets(vocabulary));
    if (result.ok) return setClientErrors(null);
    event.preventDefault();
    setClientErrors(result.fieldErrors);
    requestAnimationFrame(() => document.getElementById("form-errors")?.focus());
  }

  const kommunOptions = vocabulary.kommuner.map((k) => (
    <option key={k.code} value={k.code}>
      {k.name}
    </option>
  ));
  const errorCount = Object.keys(errors).filter((name) => name !== "form").length;
  return (
    <Form method="post" noValidate className="stack participant-form" onSubmit={check}>
      {(errorCount > 0 || errors.form) && (
        <div id="form-errors" className="form-error" role="alert" tabIndex={-1}>
          <p>{errors.form ?? `${errorCount === 1 ? "En sak behöver rättas." : `${errorCount} saker behöver rättas.`} Se texten vid fälten.`}</p>
        </div>
      )}
      <fieldset className="form-section">
        <legend>Vem</legend>
        <Field name="displayName" label="Förnamn eller namn deltagaren vill använda" error={errors.displayName}>
          {(a) => <input {...a} defaultValue={d.displayName} autoComplete="off" />}
        </Field>
        <Field
          name="code"
          label="Kod"
          hint="Tre bokstäver, bindestreck och fyra siffror, till exempel BOL-0042. Aldrig personnummer."
          error={errors.code}
        >
          {(a) => <input {...a} defaultValue={d.code} autoComplete="off" />}
        </Field>
        <Field name="kommunCode" label="Hemkommun" error={errors.kommunCode}>
          {(a) => (
            <select {...a} defaultValue={d.kommunCode}>
              <option value="">Välj kommun</option>
              {kommunOptions}
            </select>
          )}
        </Field>
        <Field name="stage" label="Steg" error={errors.stage}>
          {(a) => (
            <select {...a} defaultValue={d.stage}>
              {participantStages.map((stage) => (
                <option key={stage} value={stage}>
                  {stageLabel[stage] ?? stage}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="supportWorkerId" label="SE-handledare" error={errors.supportWorkerId}>
          {(a) => (
            <select {...a} defaultValue={d.supportWorkerId}>
              <option value="">Ingen just nu</option>
              {vocabulary.staff.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset className="form-section">
        <legend>Tid och resor</legend>
        <Field
          name="hoursPerDayMax"
          label="Timmar om dagen, som mest"
          hint="Mellan 0,5 och 12, till exempel 3 eller 2,5."
          error={errors.hoursPerDayMax}
        >
          {(a) => <input {...a} inputMode="decimal" defaultValue={d.hoursPerDayMax} className="short" />}
        </Field>
        <Group name="weekdays" legend="Dagar deltagaren kan" error={errors.weekdays}>
          <div className="inline-choices">
            {WEEKDAYS.map((day) => (
              <label key={day} className="check">
                <input type="checkbox" name="weekdays" value={day} defaultChecked={d.weekdays.includes(day)} /> {weekdayLabel(day)}
              </label>
            ))}
          </div>
        </Group>
        <Group name="travelKind" legend="Hur långt kan deltagaren resa?" error={errors.travelKind}>
          <label className="check">
            <input type="radio" name="travelKind" value="KOMMUNER" defaultChecked={d.travelKind !== "RADIUS"} /> Till vissa kommuner
          </label>
          <label className="check">
            <input type="radio" name="travelKind" value="RADIUS" defaultChecked={d.travelKind === "RADIUS"} /> Ett visst avstånd hemifrån
          </label>
        </Group>
        <Field
          name="travelKommunCodes"
          label="Kommuner deltagaren kan resa till"
          hint="Gäller om du valt kommuner. Välj flera med Ctrl eller Cmd. Väljer du ingen gäller bara hemkommunen."
          error={errors.travelKommunCodes}
        >
          {(a) => (
            <select {...a} multiple size={6} defaultValue={d.travelKommunCodes}>
              {kommunOptions}
            </select>
          )}
        </Field>
        <Field
          name="travelRadiusKm"
          label="Avstånd hemifrån i kilometer"
          hint="Gäller om du valt avstånd. Mellan 1 och 200."
          error={errors.travelRadiusKm}
        >
          {(a) => <input {...a} inputMode="decimal" defaultValue={d.travelRadiusKm} className="short" />}
        </Field>
      </fieldset>

      <fieldset className="form-section">
        <legend>Intressen och mål</legend>
        <Field
          name="interests"
          label="Intressen"
          hint="Korta ord, skilj dem med komma. Till exempel: djur, matlagning, cyklar."
          error={errors.interests}
        >
          {(a) => <input {...a} defaultValue={d.interests} />}
        </Field>
        <Field name="interestsText" label="Berätta mer om intressen" error={errors.interestsText}>
          {(a) => <textarea {...a} rows={3} defaultValue={d.interestsText} />}
        </Field>
        <Field name="goals" label="Mål" error={errors.goals}>
          {(a) => <textarea {...a} rows={3} defaultValue={d.goals} />}
        </Field>
      </fieldset>

      <NeedsPicker adaptations={vocabulary.adaptations} needs={d.needs} errors={errors} />

      <fieldset className="form-section">
        <legend>Sådant deltagaren vill undvika</legend>
        <Group name="avoidAreas" legend="Områden att undvika" error={errors.avoidAreas}>
          <div className="inline-choices">
            {groupBy(vocabulary.occupationCards, (c) => c.area).map(([area]) => (
              <label key={area} className="check">
                <input type="checkbox" name="avoidAreas" value={area} defaultChecked={d.avoidAreas.includes(area)} /> {area}
              </label>
            ))}
          </div>
        </Group>
        <details className="avoid-cards" open={d.avoidCardIds.length > 0 || undefined}>
          <summary>Yrkeskort att undvika ({d.avoidCardIds.length} valda)</summary>
          <Group name="avoidCardIds" legend="Yrkeskort att undvika" error={errors.avoidCardIds}>
            <div className="inline-choices">
              {vocabulary.occupationCards.map((c) => (
                <label key={c.id} className="check">
                  <input type="checkbox" name="avoidCardIds" value={c.id} defaultChecked={d.avoidCardIds.includes(c.id)} /> {c.title}
                </label>
              ))}
            </div>
          </Group>
        </details>
        <Field name="avoidText" label="Annat att undvika" error={errors.avoidText}>
          {(a) => <textarea {...a} rows={2} defaultValue={d.avoidText} />}
        </Field>
      </fieldset>

      <button type="submit" className="button" disabled={submitting}>
        {submitting ? "Sparar …" : submitLabel}
      </button>
    </Form>
  );
}
