import type { ReactNode } from "react";

// Form pieces shared by every form: a label, an optional hint, the control and its error, tied together for screen
// readers (aria-describedby, aria-invalid), so each form gets WCAG's "errors identified and described" for free.

export interface ControlProps {
  id: string;
  name: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

interface FieldProps {
  name: string;
  /** Defaults to `name`; give one when two forms on a page share a field name. */
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  children: (props: ControlProps) => ReactNode;
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

export function Field({ name, id = name, label, hint, error, children }: FieldProps) {
  const described = describedBy(id, hint, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={id} text={hint} />
      {children({ id, name, ...(error ? { "aria-invalid": true } : {}), ...(described ? { "aria-describedby": described } : {}) })}
      <FieldError id={id} text={error} />
    </div>
  );
}

/** A group of checkboxes or radios with one legend and one error. */
export function Group({ name, legend, hint, error, children }: { name: string; legend: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <fieldset className="group" id={name} tabIndex={-1} aria-describedby={describedBy(name, hint, error)} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      <Hint id={name} text={hint} />
      <FieldError id={name} text={error} />
      {children}
    </fieldset>
  );
}
