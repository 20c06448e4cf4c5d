// Pieces of the monthly report forms (conform): the form's own errors and a labelled textarea with hint and error,
// tied together for screen readers like components/field.tsx does for the older forms.
import { getTextareaProps, type FieldMetadata } from "@conform-to/react";

export function FormErrors({ errors, id }: { errors?: string[]; id: string }) {
  return errors?.length ? (
    <div className="form-error" role="alert" id={id}>
      {errors.map((error) => (
        <p key={error}>{error}</p>
      ))}
    </div>
  ) : null;
}

export function TextareaField({ field, label, hint, rows }: { field: FieldMetadata<string | undefined>; label: string; hint?: string; rows: number }) {
  const hintId = `${field.id}-hint`;
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <textarea {...getTextareaProps(field, hint ? { ariaDescribedBy: hintId } : {})} rows={rows} key={field.key} />
      {field.errors && (
        <p className="field-error" id={field.errorId}>
          {field.errors[0]}
        </p>
      )}
    </div>
  );
}
