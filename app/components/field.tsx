import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from "react";
import { pluralWord } from "../../lib/plural.ts";

// Form pieces shared by every form: a label, an optional hint, the control and its error, tied together for screen
// readers (aria-describedby, aria-invalid), so each form gets WCAG's "errors identified and described" for free.
// They read conform's field metadata (app/forms/form.ts): the field's name, its errors and the value it starts from.

/** What these pieces read of conform's field metadata (`fields.title` from useForm). */
export interface FieldState {
  name: string;
  errors?: string[];
  initialValue?: unknown;
}

/** What conform's form metadata gives for the form's own error (one that belongs to no field). */
export interface FormState {
  errorId: string;
  errors?: string[];
}

export interface ControlProps {
  id: string;
  name: string;
  defaultValue?: string | string[];
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

interface FieldProps {
  field: FieldState;
  /** Defaults to the field's name; give one when two forms on a page share a field name. */
  id?: string;
  label: string;
  hint?: string;
  children: (props: ControlProps) => ReactNode;
}

/** The values a field starts from: what was sent last (conform's reply), else the form's default. */
export function startValues(field: FieldState): string[] {
  const value = field.initialValue;
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return typeof value === "string" ? [value] : [];
}

function startValue(field: FieldState): string | string[] | undefined {
  return Array.isArray(field.initialValue) ? startValues(field) : typeof field.initialValue === "string" ? field.initialValue : undefined;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

function Hint({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p id={`${id}-hint`} className="hint">
      {text}
    </p>
  ) : null;
}

function FieldError({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p id={`${id}-error`} className="field-error">
      {text}
    </p>
  ) : null;
}

export function Field({ field, id = field.name, label, hint, children }: FieldProps) {
  const error = field.errors?.[0];
  const described = describedBy(id, hint, error);
  const value = startValue(field);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={id} text={hint} />
      {children({
        id,
        name: field.name,
        ...(value !== undefined ? { defaultValue: value } : {}),
        ...(error ? { "aria-invalid": true } : {}),
        ...(described ? { "aria-describedby": described } : {}),
      })}
      <FieldError id={id} text={error} />
    </div>
  );
}

/** A group of checkboxes or radios with one legend and one error. */
export function Group({ field, legend, hint, children }: { field: FieldState; legend: string; hint?: string; children: ReactNode }) {
  const { name } = field;
  const error = field.errors?.[0];
  return (
    <fieldset className="group" id={name} tabIndex={-1} aria-describedby={describedBy(name, hint, error)} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      <Hint id={name} text={hint} />
      <FieldError id={name} text={error} />
      {children}
    </fieldset>
  );
}

/** One checkbox or radio of a field: its name and value, checked when the field starts with that value. */
export function choice(field: FieldState, value: string) {
  return { name: field.name, value, defaultChecked: startValues(field).includes(value) };
}

/** A select's options, [value, label] in the order given. */
export function Options({ options }: { options: readonly (readonly [string, string])[] }) {
  return options.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}

/** The form's own error, first in the form, read out when it appears. */
export function FormError({ form }: { form: FormState }) {
  return form.errors?.length ? (
    <p id={form.errorId} className="form-error" role="alert">
      {form.errors[0]}
    </p>
  ) : null;
}

/**
 * An optional group of choices behind a disclosure (a native `<details>`, so it opens without JavaScript too): one Tab
 * stop while closed instead of one per choice. It starts open when it holds a choice, and its summary says how many
 * are chosen; `counted` selects the chosen controls inside (checked checkboxes by default).
 */
export function ChoiceDisclosure({
  title,
  chosen,
  counted = "input:checked",
  invalid = false,
  countless = false,
  children,
}: {
  title: string;
  /** How many start chosen. */
  chosen: number;
  counted?: string;
  /** Holds a field with an error: open, so the error and the field show. */
  invalid?: boolean;
  /** Say nothing of a count (a group of fields rather than choices). */
  countless?: boolean;
  children: ReactNode;
}) {
  const [count, setCount] = useState(chosen);
  return (
    <details
      className="choice-disclosure"
      open={chosen > 0 || invalid || undefined}
      onChange={(event) => setCount(event.currentTarget.querySelectorAll(counted).length)}
    >
      <summary>
        {title}
        {count > 0 && !countless && <span className="count"> ({count} {pluralWord(count, "vald", "valda")})</span>}
      </summary>
      {children}
    </details>
  );
}

/**
 * A form's errors at its top: its own error or an intro, then one link per wrong field, in the form's order, to the
 * field's control (the `id` Field and Group give it). A link works without JavaScript as a jump to the field; with it,
 * the field gets focus and its label shows above it (GOV.UK's error summary).
 */
export function ErrorSummary({
  form,
  errors,
  order,
  intro = "Något behöver rättas innan du kan spara:",
}: {
  form: FormState;
  /** conform's `form.allErrors`: field name → messages; "" for the form's own. */
  errors: Record<string, string[] | undefined>;
  /** Field names in the order the form shows them; a wrong field not listed comes last. */
  order: readonly string[];
  intro?: string;
}) {
  const wrong = Object.keys(errors).filter((name) => name !== "" && errors[name]?.length);
  const ordered = [...order.filter((name) => wrong.includes(name)), ...wrong.filter((name) => !order.includes(name))];
  const formError = form.errors?.[0];
  if (!ordered.length && !formError) return null;
  return (
    <div id="form-errors" className="form-error" role="alert" tabIndex={-1}>
      <p id={form.errorId}>{formError ?? intro}</p>
      {ordered.length > 0 && (
        <ul>
          {ordered.map((name) => (
            <li key={name}>
              <a href={`#${name}`} onClick={(event) => focusField(event, name)}>
                {errors[name]![0]}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function focusField(event: { preventDefault(): void }, id: string) {
  const control = document.getElementById(id);
  if (!control) return;
  event.preventDefault();
  // The label (or legend) above the control comes into view with it, so the person sees which field it is.
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? control.querySelector("legend");
  (label ?? control).scrollIntoView({ block: "start" });
  control.focus({ preventScroll: true });
}

/**
 * A file input in Swedish: a label styled as a button ("Välj fil") and the chosen file's name beside it, while the
 * native input stays in the page, focusable and named by the field's label. Without JavaScript (and before hydration)
 * the browser's own input shows, in the browser's language, since only a script can show the chosen name.
 */
export function FileInput({
  id,
  name,
  accept,
  required,
  describedBy,
  invalid,
}: {
  id: string;
  name: string;
  accept?: string;
  required?: boolean;
  describedBy?: string;
  invalid?: boolean;
}) {
  const [enhanced, setEnhanced] = useState(false);
  const [fileName, setFileName] = useState("");
  useEffect(() => setEnhanced(true), []);
  return (
    <div className={enhanced ? "file-input enhanced" : "file-input"}>
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        required={required}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event) => setFileName(event.currentTarget.files?.[0]?.name ?? "")}
      />
      {enhanced && (
        <>
          <label htmlFor={id} className="button secondary file-button" aria-hidden="true">
            Välj fil
          </label>
          <span className="file-name" aria-live="polite">
            {fileName ? `Vald fil: ${fileName}` : "Ingen fil vald"}
          </span>
        </>
      )}
    </div>
  );
}

/** The hint of a RovingChoices row: how to move in it. */
export const ARROW_HINT = "Flytta mellan dagarna med piltangenterna och välj med mellanslag.";

/**
 * A row of checkboxes that is one Tab stop (roving tabindex): the arrow keys move between the boxes, Space checks one,
 * Tab leaves the row. The stop is the first checked box, else the first. Without JavaScript every box is a stop.
 */
export function RovingChoices({ className, children }: { className?: string; children: ReactNode }) {
  const row = useRef<HTMLDivElement>(null);
  const boxes = () => [...(row.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
  const makeStop = (stop: HTMLInputElement) => boxes().forEach((box) => (box.tabIndex = box === stop ? 0 : -1));
  useEffect(() => {
    const all = boxes();
    const stop = all.find((box) => box.checked) ?? all[0];
    if (stop) makeStop(stop);
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    const all = boxes();
    const at = all.indexOf(event.target as HTMLInputElement);
    if (!step || at < 0) return;
    event.preventDefault();
    const next = all[(at + step + all.length) % all.length]!;
    makeStop(next);
    next.focus();
  };
  // A box reached by pointer becomes the stop too, so Tab back into the row lands where the person was.
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLInputElement && event.target.type === "checkbox") makeStop(event.target);
  };
  return (
    <div ref={row} className={className} onKeyDown={onKeyDown} onFocus={onFocus}>
      {children}
    </div>
  );
}
