/**
 * The placement form (new and edit). It checks itself in the browser with the same zod schema the route's action and
 * the GraphQL API use (validatePlacementForm), and works as a plain POST without JavaScript.
 */
import { Field, Group } from "./field.tsx";
import { Form } from "@remix-run/react";
import { useState, type FormEvent, type ReactNode } from "react";
import {
  LIMITS,
  timeFromMinutes,
  validatePlacementForm,
  type PlacementFormIntent,
} from "../../graphql/validation/placement.ts";
import { WEEKDAYS, weekdayLabel } from "../../lib/weekdays.ts";
import { AdaptationPictogram, OccupationCardPictogram } from "./pictograms/pictogram.tsx";
import { graphql, type ResultOf } from "../utils/graphql.ts";

export const FORM_VOCABULARY = graphql(`
  query PlacementFormVocabulary {
    adaptations { code label category }
    occupationCards { id title area }
    kommuner { code name }
  }
`);

export type FormVocabulary = ResultOf<typeof FORM_VOCABULARY>;

/** What the form's fields show: text as typed, lists as chosen. */
export interface PlacementFormValues {
  kind: string;
  title: string;
  description: string;
  tasks: string;
  occupationCardIds: string[];
  adaptationCodes: string[];
  weekdays: string[];
  earliestStart: string;
  latestEnd: string;
  hoursPerDayMin: string;
  hoursPerDayMax: string;
  startDate: string;
  endDate: string;
  capacity: string;
  address: string;
  kommunCode: string;
  mentorName: string;
  mentorPhone: string;
  mentorEmail: string;
  requirements: string;
}

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
  return {
    ...p,
    tasks: p.tasks.join("\n"),
    occupationCardIds: p.occupationCards.map((c) => c.id),
    adaptationCodes: p.adaptations.map((a) => a.code),
    earliestStart: timeFromMinutes(p.earliestStartMinute),
    latestEnd: timeFromMinutes(p.latestEndMinute),
    hoursPerDayMin: String(p.hoursPerDayMin),
    hoursPerDayMax: String(p.hoursPerDayMax),
    startDate: p.startDate ?? "",
    endDate: p.endDate ?? "",
    capacity: String(p.capacity),
  };
}

/** The submitted form as values to show again (no-JavaScript round trip). */
export function formValuesOfForm(form: FormData): PlacementFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  const values = Object.fromEntries(Object.keys(emptyFormValues("")).map((name) => [name, text(name)])) as unknown as PlacementFormValues;
  for (const list of ["occupationCardIds", "adaptationCodes", "weekdays"] as const) values[list] = form.getAll(list).map(String);
  return values;
}

function groupBy<T>(items: T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups];
}

/** Checkboxes chosen by picture, grouped under their own legends; the visible label names each picture. */
function PicturePicker<T>({
  name,
  chosen,
  groups,
  option,
}: {
  name: string;
  chosen: string[];
  groups: [string, T[]][];
  option: (item: T) => { value: string; label: string; picture: ReactNode };
}) {
  return groups.map(([group, items]) => (
    <fieldset key={group} className="picker-group">
      <legend>{group}</legend>
      <div className="picker-grid">
        {items.map(option).map(({ value, label, picture }) => (
          <label key={value} className="picker-item">
            <input type="checkbox" name={name} value={value} defaultChecked={chosen.includes(value)} />
            {picture}
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  ));
}

const FIELD_ORDER = [
  "kind", "title", "description", "tasks", "occupationCardIds", "adaptationCodes", "weekdays", "earliestStart", "latestEnd",
  "hoursPerDayMin", "hoursPerDayMax", "startDate", "endDate", "capacity", "address", "kommunCode", "mentorName",
  "mentorPhone", "mentorEmail", "requirements",
];

export function PlacementForm({
  values,
  serverErrors,
  formError,
  vocabulary,
  published,
  submitting,
  hidden = {},
}: {
  values: PlacementFormValues;
  serverErrors?: Record<string, string>;
  formError?: string;
  vocabulary: FormVocabulary;
  /** Already published: saving keeps it published, so the publishing rules apply to every save. */
  published: boolean;
  submitting: boolean;
  hidden?: Record<string, string>;
}) {
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors = clientErrors ?? serverErrors ?? {};
  const ordered = FIELD_ORDER.filter((name) => errors[name]);

  function check(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent: PlacementFormIntent = published || submitter?.value === "publish" ? "publish" : "save";
    const result = validatePlacementForm(new FormData(event.currentTarget), intent);
    if (result.ok) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(result.fieldErrors);
    requestAnimationFrame(() => document.getElementById("form-errors")?.focus());
  }

  const v = values;
  return (
    <Form method="post" noValidate className="stack placement-form" onSubmit={check}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {(ordered.length > 0 || formError) && (
        <div id="form-errors" className="form-error" role="alert" tabIndex={-1}>
          <p>{formError ?? "Något behöver rättas innan du kan spara:"}</p>
          {ordered.length > 0 && (
            <ul>
              {ordered.map((name) => (
                <li key={name}>
                  <a href={`#${name}`}>{errors[name]}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <Group name="kind" legend="Vilken sorts plats är det?" error={errors.kind}>
        <div className="choice-row">
          {(["WORK_TRAINING", "INTERNSHIP"] as const).map((kind) => (
            <label key={kind} className="choice">
              <input type="radio" name="kind" value={kind} defaultChecked={v.kind === kind} required />
              {kind === "WORK_TRAINING" ? "Arbetsträning" : "Praktik"}
            </label>
          ))}
        </div>
      </Group>

      <Field name="title" label="Rubrik" hint="Kort och tydligt, till exempel ”Plocka och packa på lager”." error={errors.title}>
        {(props) => <input {...props} type="text" required maxLength={LIMITS.titleMax} defaultValue={v.title} />}
      </Field>
      <Field name="description" label="Beskrivning" hint="Skriv lättläst: korta meningar och vanliga ord." error={errors.description}>
        {(props) => <textarea {...props} rows={5} maxLength={LIMITS.descriptionMax} defaultValue={v.description} />}
      </Field>
      <Field name="tasks" label="Arbetsuppgifter" hint="En arbetsuppgift på varje rad." error={errors.tasks}>
        {(props) => <textarea {...props} rows={4} defaultValue={v.tasks} />}
      </Field>

      <Group name="occupationCardIds" legend="Yrkeskort" hint="Välj de bilder som visar arbetet." error={errors.occupationCardIds}>
        <PicturePicker
          name="occupationCardIds"
          chosen={v.occupationCardIds}
          groups={groupBy(vocabulary.occupationCards, (card) => card.area)}
          option={(card) => ({ value: card.id, label: card.title, picture: <OccupationCardPictogram cardId={card.id} decorative size={64} /> })}
        />
      </Group>

      <Group name="adaptationCodes" legend="Anpassningar ni kan erbjuda" error={errors.adaptationCodes}>
        <PicturePicker
          name="adaptationCodes"
          chosen={v.adaptationCodes}
          groups={groupBy(vocabulary.adaptations, (adaptation) => adaptation.category)}
          option={(a) => ({ value: a.code, label: a.label, picture: <AdaptationPictogram code={a.code} decorative size={40} /> })}
        />
      </Group>

      <Group name="weekdays" legend="Vilka dagar?" error={errors.weekdays}>
        <div className="choice-row">
          {WEEKDAYS.map((day) => (
            <label key={day} className="choice">
              <input type="checkbox" name="weekdays" value={day} defaultChecked={v.weekdays.includes(day)} />
              {weekdayLabel(day)}
            </label>
          ))}
        </div>
      </Group>

      <div className="field-row">
        <Field name="earliestStart" label="Tidigast start" error={errors.earliestStart}>
          {(props) => <input {...props} type="time" required defaultValue={v.earliestStart} />}
        </Field>
        <Field name="latestEnd" label="Senast slut" error={errors.latestEnd}>
          {(props) => <input {...props} type="time" required defaultValue={v.latestEnd} />}
        </Field>
        <Field name="hoursPerDayMin" label="Minst antal timmar om dagen" error={errors.hoursPerDayMin}>
          {(props) => (
            <input {...props} type="number" inputMode="decimal" step={0.5} min={LIMITS.hoursMin} max={LIMITS.hoursMax} required defaultValue={v.hoursPerDayMin} />
          )}
        </Field>
        <Field name="hoursPerDayMax" label="Högst antal timmar om dagen" error={errors.hoursPerDayMax}>
          {(props) => (
            <input {...props} type="number" inputMode="decimal" step={0.5} min={LIMITS.hoursMin} max={LIMITS.hoursMax} required defaultValue={v.hoursPerDayMax} />
          )}
        </Field>
      </div>

      <div className="field-row">
        <Field name="startDate" label="Startdatum (om det finns)" error={errors.startDate}>
          {(props) => <input {...props} type="date" defaultValue={v.startDate} />}
        </Field>
        <Field name="endDate" label="Slutdatum" hint="Lämna tomt om platsen finns tills vidare." error={errors.endDate}>
          {(props) => <input {...props} type="date" defaultValue={v.endDate} />}
        </Field>
        <Field name="capacity" label="Antal deltagare samtidigt" error={errors.capacity}>
          {(props) => <input {...props} type="number" inputMode="numeric" min={1} max={LIMITS.capacityMax} step={1} required defaultValue={v.capacity} />}
        </Field>
      </div>

      <div className="field-row">
        <Field name="address" label="Adress" hint="Gatuadress, postnummer och ort." error={errors.address}>
          {(props) => <input {...props} type="text" autoComplete="street-address" defaultValue={v.address} />}
        </Field>
        <Field name="kommunCode" label="Kommun" error={errors.kommunCode}>
          {(props) => (
            <select {...props} required defaultValue={v.kommunCode}>
              <option value="">Välj kommun</option>
              {vocabulary.kommuner.map((k) => (
                <option key={k.code} value={k.code}>
                  {k.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <div className="field-row">
        <Field name="mentorName" label="Handledare på plats" error={errors.mentorName}>
          {(props) => <input {...props} type="text" autoComplete="off" defaultValue={v.mentorName} />}
        </Field>
        <Field name="mentorPhone" label="Handledarens telefon" error={errors.mentorPhone}>
          {(props) => <input {...props} type="tel" defaultValue={v.mentorPhone} />}
        </Field>
        <Field name="mentorEmail" label="Handledarens e-post" error={errors.mentorEmail}>
          {(props) => <input {...props} type="email" defaultValue={v.mentorEmail} />}
        </Field>
      </div>

      <Field name="requirements" label="Krav" hint="Till exempel skyddsskor eller körkort. Lämna tomt om inget krävs." error={errors.requirements}>
        {(props) => <textarea {...props} rows={2} defaultValue={v.requirements} />}
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
