/**
 * The placement form (new and edit), on conform (app/forms/placement.ts): checked in the browser with the same zod
 * schema the route's action and the GraphQL API use, and a plain POST without JavaScript.
 */
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { ARROW_HINT, choice, ChoiceDisclosure, ErrorSummary, Field, Group, Options, RovingChoices, startValues, type FieldState } from "./field.tsx";
import { KOMMUNER } from "../data/kommuner.ts";
import { LIMITS, timeFromMinutes } from "../../graphql/validation/placement.ts";
import { placementFormFor, placementForms, type PlacementFormValues } from "../forms/placement.ts";
import { useFormOf } from "../forms/form.ts";
import { WEEKDAYS, weekdayLabel } from "../../lib/weekdays.ts";
import { AdaptationPictogram, OccupationCardPictogram } from "./pictograms/pictogram.tsx";
import { graphql, type ResultOf } from "../utils/graphql.ts";

export const FORM_VOCABULARY = graphql(`
  query PlacementFormVocabulary {
    adaptations { code label category }
    occupationCards { id title area }
  }
`);

export type FormVocabulary = ResultOf<typeof FORM_VOCABULARY>;

export const emptyFormValues = (kommunCode: string): PlacementFormValues => ({
  kind: "WORK_TRAINING",
  title: "",
  description: "",
  tasks: "",
  occupationCardIds: [],
  adaptationCodes: [],
  weekdays: ["MON", "TUE", "WED", "THU", "FRI"],
  earliestStart: "08:00",
  latestEnd: "16:00",
  hoursPerDayMin: "",
  hoursPerDayMax: "",
  startDate: "",
  endDate: "",
  capacity: "1",
  address: "",
  kommunCode,
  mentorName: "",
  mentorPhone: "",
  mentorEmail: "",
  requirements: "",
});

/** The stored placement fields the edit form starts from: a route spreads this fragment into its query. */
export const PLACEMENT_FORM_VALUES = graphql(`
  fragment StoredPlacementValues on Placement {
    kind title description tasks weekdays earliestStartMinute latestEndMinute hoursPerDayMin hoursPerDayMax
    startDate endDate capacity address kommunCode mentorName mentorPhone mentorEmail requirements
    occupationCards { id } adaptations { code }
  }
`);

export type StoredPlacementValues = ResultOf<typeof PLACEMENT_FORM_VALUES>;

export function formValuesOfPlacement(p: StoredPlacementValues): PlacementFormValues {
  const { occupationCards, adaptations, earliestStartMinute, latestEndMinute, ...same } = p;
  return {
    ...same,
    tasks: p.tasks.join("\n"),
    occupationCardIds: occupationCards.map((c) => c.id),
    adaptationCodes: adaptations.map((a) => a.code),
    earliestStart: timeFromMinutes(earliestStartMinute),
    latestEnd: timeFromMinutes(latestEndMinute),
    hoursPerDayMin: String(p.hoursPerDayMin),
    hoursPerDayMax: String(p.hoursPerDayMax),
    startDate: p.startDate ?? "",
    endDate: p.endDate ?? "",
    capacity: String(p.capacity),
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups];
}

/**
 * Checkboxes chosen by picture, each group behind its own disclosure (open when it holds a choice), so the form is a
 * handful of Tab stops rather than one per picture; the visible label names each picture.
 */
function PicturePicker<T>({
  field,
  groups,
  option,
}: {
  field: FieldState;
  groups: [string, T[]][];
  option: (item: T) => { value: string; label: string; picture: ReactNode };
}) {
  const chosen = startValues(field);
  return groups.map(([group, items]) => {
    const options = items.map(option);
    return (
      <ChoiceDisclosure key={group} title={group} chosen={options.filter((o) => chosen.includes(o.value)).length}>
        <div className="picker-grid">
          {options.map(({ value, label, picture }) => (
            <label key={value} className="picker-item">
              <input type="checkbox" {...choice(field, value)} />
              {picture}
              <span>{label}</span>
            </label>
          ))}
        </div>
      </ChoiceDisclosure>
    );
  });
}

const FIELD_ORDER = [
  "kind", "title", "description", "tasks", "occupationCardIds", "adaptationCodes", "weekdays", "earliestStart", "latestEnd",
  "hoursPerDayMin", "hoursPerDayMax", "startDate", "endDate", "capacity", "address", "kommunCode", "mentorName",
  "mentorPhone", "mentorEmail", "requirements",
];

export function PlacementForm({
  lastResult,
  defaultValue,
  vocabulary,
  published,
  submitting,
  hidden = {},
}: {
  /** The action's reply: the server's errors and, without JavaScript, the values as sent. */
  lastResult: SubmissionResult<string[]> | null | undefined;
  defaultValue: PlacementFormValues;
  vocabulary: FormVocabulary;
  /** Already published: saving keeps it published, so the publishing rules apply to every save. */
  published: boolean;
  submitting: boolean;
  hidden?: Record<string, string>;
}) {
  const [form, fields] = useFormOf(placementForms.save, {
    id: "placement-form",
    lastResult,
    defaultValue,
    definitionFor: (formData) => placementFormFor(formData, published),
  });

  return (
    <Form method="post" className="stack placement-form" {...getFormProps(form)}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ErrorSummary form={form} errors={form.allErrors} order={FIELD_ORDER} />

      <Group field={fields.kind} legend="Typ av plats">
        <div className="choice-row">
          {(["WORK_TRAINING", "INTERNSHIP"] as const).map((kind) => (
            <label key={kind} className="choice">
              <input type="radio" {...choice(fields.kind, kind)} required />
              {kind === "WORK_TRAINING" ? "Arbetsträning" : "Praktik"}
            </label>
          ))}
        </div>
      </Group>

      <Field field={fields.title} label="Rubrik" hint="Kort och tydligt, till exempel ”Plocka och packa på lager”.">
        {(props) => <input {...props} type="text" required maxLength={LIMITS.titleMax} />}
      </Field>
      <Field field={fields.description} label="Beskrivning" hint="Skriv lättläst: korta meningar och vanliga ord.">
        {(props) => <textarea {...props} rows={5} maxLength={LIMITS.descriptionMax} />}
      </Field>
      <Field field={fields.tasks} label="Arbetsuppgifter" hint="En arbetsuppgift på varje rad.">
        {(props) => <textarea {...props} rows={4} />}
      </Field>

      <Group field={fields.occupationCardIds} legend="Yrkeskort" hint="Välj de bilder som visar arbetet. Öppna ett område för att se dess bilder.">
        <PicturePicker
          field={fields.occupationCardIds}
          groups={groupBy(vocabulary.occupationCards, (card) => card.area)}
          option={(card) => ({ value: card.id, label: card.title, picture: <OccupationCardPictogram cardId={card.id} decorative size={64} /> })}
        />
      </Group>

      <Group field={fields.adaptationCodes} legend="Anpassningar ni kan erbjuda">
        <PicturePicker
          field={fields.adaptationCodes}
          groups={groupBy(vocabulary.adaptations, (adaptation) => adaptation.category)}
          option={(a) => ({ value: a.code, label: a.label, picture: <AdaptationPictogram code={a.code} decorative size={40} /> })}
        />
      </Group>

      <Group field={fields.weekdays} legend="Vilka dagar?" hint={ARROW_HINT}>
        <RovingChoices className="choice-row">
          {WEEKDAYS.map((day) => (
            <label key={day} className="choice">
              <input type="checkbox" {...choice(fields.weekdays, day)} />
              {weekdayLabel(day)}
            </label>
          ))}
        </RovingChoices>
      </Group>

      <div className="field-row">
        <Field field={fields.earliestStart} label="Tidigast start">
          {(props) => <input {...props} type="time" required />}
        </Field>
        <Field field={fields.latestEnd} label="Senast slut">
          {(props) => <input {...props} type="time" required />}
        </Field>
        <Field field={fields.hoursPerDayMin} label="Minst antal timmar om dagen">
          {(props) => (
            <input {...props} type="number" inputMode="decimal" step={0.5} min={LIMITS.hoursMin} max={LIMITS.hoursMax} required />
          )}
        </Field>
        <Field field={fields.hoursPerDayMax} label="Högst antal timmar om dagen">
          {(props) => (
            <input {...props} type="number" inputMode="decimal" step={0.5} min={LIMITS.hoursMin} max={LIMITS.hoursMax} required />
          )}
        </Field>
      </div>

      <ChoiceDisclosure
        title="Start- och slutdatum (om platsen har det)"
        chosen={[fields.startDate, fields.endDate].filter((f) => startValues(f).some(Boolean)).length}
        invalid={Boolean(fields.startDate.errors || fields.endDate.errors)}
        countless
      >
        <div className="field-row">
          <Field field={fields.startDate} label="Startdatum" hint="Lämna tomt om platsen kan börja när som helst.">
            {(props) => <input {...props} type="date" />}
          </Field>
          <Field field={fields.endDate} label="Slutdatum" hint="Lämna tomt om platsen finns tills vidare.">
            {(props) => <input {...props} type="date" />}
          </Field>
        </div>
      </ChoiceDisclosure>

      <div className="field-row">
        <Field field={fields.capacity} label="Antal deltagare samtidigt">
          {(props) => <input {...props} type="number" inputMode="numeric" min={1} max={LIMITS.capacityMax} step={1} required />}
        </Field>
      </div>

      <div className="field-row">
        <Field field={fields.address} label="Adress" hint="Gatuadress, postnummer och ort.">
          {(props) => <input {...props} type="text" autoComplete="street-address" />}
        </Field>
        <Field field={fields.kommunCode} label="Kommun">
          {(props) => (
            <select {...props} required>
              <option value="">Välj kommun</option>
              <Options options={KOMMUNER.map((k) => [k.code, k.name])} />
            </select>
          )}
        </Field>
      </div>

      <div className="field-row">
        <Field field={fields.mentorName} label="Handledare på plats">
          {(props) => <input {...props} type="text" autoComplete="off" />}
        </Field>
        <Field field={fields.mentorPhone} label="Handledarens telefon">
          {(props) => <input {...props} type="tel" />}
        </Field>
        <Field field={fields.mentorEmail} label="Handledarens e-post">
          {(props) => <input {...props} type="email" />}
        </Field>
      </div>

      <Field field={fields.requirements} label="Krav" hint="Till exempel skyddsskor eller körkort. Lämna tomt om inget krävs.">
        {(props) => <textarea {...props} rows={2} />}
      </Field>

      <div className="button-row">
        {published ? (
          <button type="submit" name="intent" value="publish" className="button" disabled={submitting}>
            Spara
          </button>
        ) : (
          <>
            <button type="submit" name="intent" value="save" className="button secondary" disabled={submitting}>
              Spara som utkast
            </button>
            <button type="submit" name="intent" value="publish" className="button" disabled={submitting}>
              Spara och publicera
            </button>
          </>
        )}
      </div>
    </Form>
  );
}
