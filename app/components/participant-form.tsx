import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useMemo } from "react";
import { participantStages, type ParticipantVocabulary } from "../../graphql/validation/participant.ts";
import { useFormOf } from "../forms/form.ts";
import { participantForm, type NeedChoice, type ParticipantFormValues } from "../forms/participant.ts";
import { ARROW_HINT, choice, ChoiceDisclosure, ErrorSummary, Field, RovingChoices, Group, Options, startValues, type FieldState } from "./field.tsx";
import { AdaptationPictogram } from "./pictograms/pictogram.tsx";
import { groupBy, swedishNumber } from "./participant-labels.tsx";
import { WEEKDAYS, weekdayLabel } from "../../lib/weekdays.ts";
import { stageLabel } from "./status.tsx";
import { KommunPicker } from "./kommun-picker.tsx";
import { KOMMUNER } from "../data/kommuner.ts";
import { graphql, type ResultOf } from "../utils/graphql.ts";

/** What the form offers to choose from (the kommuner come from app/data/kommuner.ts), as a fragment for a route's own query … */
export const PARTICIPANT_FORM_FIELDS = graphql(`
  fragment ParticipantFormVocabulary on Query {
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

/** The form's values, as text, for a stored participant. */
export function defaultsFromParticipant(p: StoredParticipantValues): ParticipantFormValues {
  return {
    code: p.code,
    displayName: p.displayName,
    kommunCode: p.kommunCode,
    travelKind: p.travelKind,
    travelKommunCodes: p.travelKommunCodes,
    travelRadiusKm: p.travelRadiusKm === null ? "" : swedishNumber(p.travelRadiusKm),
    hoursPerDayMax: swedishNumber(p.hoursPerDayMax),
    weekdays: p.weekdays,
    stage: p.stage,
    interests: p.interests.join(", "),
    interestsText: p.interestsText,
    avoidAreas: p.avoidAreas,
    avoidCardIds: p.avoidCards.map((c) => c.id),
    avoidText: p.avoidText,
    goals: p.goals,
    need: Object.fromEntries(p.adaptationNeeds.map((n) => [n.adaptation.code, n.mustHave ? "MUST" : "NICE"])),
    supportWorkerId: p.supportWorker?.id ?? "",
  };
}

export type ParticipantFormVocabulary = ResultOf<typeof PARTICIPANT_FORM_FIELDS>;

export function vocabularySets(v: ParticipantFormVocabulary): ParticipantVocabulary {
  return {
    kommunCodes: new Set(KOMMUNER.map((k) => k.code)),
    adaptationCodes: new Set(v.adaptations.map((a) => a.code)),
    occupationCardIds: new Set(v.occupationCards.map((c) => c.id)),
    occupationAreas: new Set(v.occupationCards.map((c) => c.area)),
  };
}

export const EMPTY_PARTICIPANT: ParticipantFormValues = {
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
  need: {},
  supportWorkerId: "",
};

const NEED_CHOICES: [NeedChoice, string][] = [
  ["MUST", "Måste ha"],
  ["NICE", "Bra att ha"],
  ["NONE", "Behövs inte"],
];

/** Adaptations by pictogram, grouped by category; one labelled radio group per adaptation. */
function NeedsPicker({ adaptations, need }: { adaptations: ParticipantFormVocabulary["adaptations"]; need: FieldState }) {
  const chosen = (need.initialValue ?? {}) as Record<string, string>;
  return (
    <Group
      field={need}
      legend="Anpassningar deltagaren behöver"
      hint="Öppna en grupp och välj för varje bild: måste ha, bra att ha eller behövs inte. Skriv behov, aldrig diagnoser."
    >
      {groupBy(adaptations, (a) => a.category).map(([category, items]) => (
        <ChoiceDisclosure
          key={category}
          title={category}
          chosen={items.filter((a) => (chosen[a.code] ?? "NONE") !== "NONE").length}
          counted='input[type="radio"]:checked:not([value="NONE"])'
        >
          <div className="need-grid">
            {items.map((a) => (
              <fieldset key={a.code} className={`need need-${(chosen[a.code] ?? "NONE").toLowerCase()}`}>
                <legend>
                  <AdaptationPictogram code={a.code} decorative size={56} />
                  <span>{a.label}</span>
                </legend>
                {NEED_CHOICES.map(([value, label]) => (
                  <label key={value} className="check">
                    <input type="radio" name={`${need.name}.${a.code}`} value={value} defaultChecked={(chosen[a.code] ?? "NONE") === value} />{" "}
                    {label}
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
        </ChoiceDisclosure>
      ))}
    </Group>
  );
}

/** The form's fields in the order it shows them: the error summary lists wrong fields in this order. */
const FIELD_ORDER = [
  "displayName", "code", "kommunCode", "stage", "supportWorkerId", "hoursPerDayMax", "weekdays", "travelKind", "travelKommunCodes",
  "travelRadiusKm", "interests", "interestsText", "goals", "need", "avoidAreas", "avoidCardIds", "avoidText",
];

const errorIntro = (errors: Record<string, unknown>) => {
  const count = Object.keys(errors).filter((name) => name !== "").length;
  return `${count === 1 ? "En sak behöver rättas" : `${count} saker behöver rättas`}. Välj ett fel för att gå till fältet:`;
};

export function ParticipantForm({
  vocabulary,
  defaultValue,
  lastResult,
  submitLabel,
  submitting,
}: {
  vocabulary: ParticipantFormVocabulary;
  defaultValue: ParticipantFormValues;
  /** The action's reply: the server's errors and, without JavaScript, the values as sent. */
  lastResult: SubmissionResult<string[]> | null | undefined;
  submitLabel: string;
  submitting: boolean;
}) {
  // Checked in the browser first with the same schema and vocabularies as the server.
  const definition = useMemo(() => participantForm(vocabularySets(vocabulary)), [vocabulary]);
  const [form, fields] = useFormOf(definition, { id: "participant-form", lastResult, defaultValue });

  const kommunOptions = <Options options={KOMMUNER.map((k) => [k.code, k.name])} />;
  return (
    <Form method="post" className="stack participant-form" {...getFormProps(form)}>
      <ErrorSummary form={form} errors={form.allErrors} order={FIELD_ORDER} intro={errorIntro(form.allErrors)} />
      <fieldset className="form-section">
        <legend>Vem</legend>
        <Field field={fields.displayName} label="Förnamn eller namn deltagaren vill använda">
          {(a) => <input {...a} autoComplete="off" />}
        </Field>
        <Field
          field={fields.code}
          label="Kod"
          hint="Tre bokstäver, bindestreck och fyra siffror, till exempel BOL-0042. Aldrig personnummer."
        >
          {(a) => <input {...a} autoComplete="off" />}
        </Field>
        <Field field={fields.kommunCode} label="Hemkommun">
          {(a) => (
            <select {...a}>
              <option value="">Välj kommun</option>
              {kommunOptions}
            </select>
          )}
        </Field>
        <Field field={fields.stage} label="Steg">
          {(a) => (
            <select {...a}>
              <Options options={participantStages.map((stage) => [stage, stageLabel[stage] ?? stage])} />
            </select>
          )}
        </Field>
        <Field field={fields.supportWorkerId} label="SE-handledare">
          {(a) => (
            <select {...a}>
              <option value="">Ingen just nu</option>
              <Options options={vocabulary.staff.map((u) => [u.id, u.name])} />
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset className="form-section">
        <legend>Tid och resor</legend>
        <Field
          field={fields.hoursPerDayMax}
          label="Högst antal timmar om dagen"
          hint="Mellan 0,5 och 12, till exempel 3 eller 2,5."
        >
          {(a) => <input {...a} inputMode="decimal" className="short" />}
        </Field>
        <Group field={fields.weekdays} legend="Dagar deltagaren kan" hint={ARROW_HINT}>
          <RovingChoices className="inline-choices">
            {WEEKDAYS.map((day) => (
              <label key={day} className="check">
                <input type="checkbox" {...choice(fields.weekdays, day)} /> {weekdayLabel(day)}
              </label>
            ))}
          </RovingChoices>
        </Group>
        <Group field={fields.travelKind} legend="Hur långt kan deltagaren resa?">
          <label className="check">
            <input type="radio" name={fields.travelKind.name} value="KOMMUNER" defaultChecked={fields.travelKind.initialValue !== "RADIUS"} /> Till vissa kommuner
          </label>
          <label className="check">
            <input type="radio" {...choice(fields.travelKind, "RADIUS")} /> Ett visst avstånd hemifrån
          </label>
        </Group>
        <Field
          field={fields.travelKommunCodes}
          label="Kommuner deltagaren kan resa till"
          hint="Gäller om du valt kommuner. Skriv början av namnet och välj med Enter. Väljer du ingen gäller bara hemkommunen."
        >
          {(a) => <KommunPicker {...a} />}
        </Field>
        <Field
          field={fields.travelRadiusKm}
          label="Avstånd hemifrån i kilometer"
          hint="Gäller om du valt avstånd. Mellan 1 och 200."
        >
          {(a) => <input {...a} inputMode="decimal" className="short" />}
        </Field>
      </fieldset>

      <fieldset className="form-section">
        <legend>Intressen och mål</legend>
        <Field
          field={fields.interests}
          label="Intressen"
          hint="Korta ord, skilj dem med komma. Till exempel: djur, matlagning, cyklar."
        >
          {(a) => <input {...a} />}
        </Field>
        <Field field={fields.interestsText} label="Berätta mer om intressen">
          {(a) => <textarea {...a} rows={3} />}
        </Field>
        <Field field={fields.goals} label="Mål">
          {(a) => <textarea {...a} rows={3} />}
        </Field>
      </fieldset>

      <NeedsPicker adaptations={vocabulary.adaptations} need={fields.need} />

      <fieldset className="form-section">
        <legend>Sådant deltagaren vill undvika</legend>
        <ChoiceDisclosure title="Yrkesområden att undvika" chosen={startValues(fields.avoidAreas).length} invalid={Boolean(fields.avoidAreas.errors)}>
          <Group field={fields.avoidAreas} legend="Yrkesområden att undvika">
            <div className="inline-choices">
              {groupBy(vocabulary.occupationCards, (c) => c.area).map(([area]) => (
                <label key={area} className="check">
                  <input type="checkbox" {...choice(fields.avoidAreas, area)} /> {area}
                </label>
              ))}
            </div>
          </Group>
        </ChoiceDisclosure>
        <ChoiceDisclosure title="Yrkeskort att undvika" chosen={startValues(fields.avoidCardIds).length} invalid={Boolean(fields.avoidCardIds.errors)}>
          <Group field={fields.avoidCardIds} legend="Yrkeskort att undvika">
            <div className="inline-choices">
              {vocabulary.occupationCards.map((c) => (
                <label key={c.id} className="check">
                  <input type="checkbox" {...choice(fields.avoidCardIds, c.id)} /> {c.title}
                </label>
              ))}
            </div>
          </Group>
        </ChoiceDisclosure>
        <Field field={fields.avoidText} label="Annat att undvika">
          {(a) => <textarea {...a} rows={2} />}
        </Field>
      </fieldset>

      <button type="submit" className="button" disabled={submitting}>
        {submitting ? "Sparar …" : submitLabel}
      </button>
    </Form>
  );
}
