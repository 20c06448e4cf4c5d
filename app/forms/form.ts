/**
 * How a form is written (docs/decisions/0012-forms-with-conform.md). A form's fields arrive as text and lists of
 * text; `toInput` turns them into the API's input, and the API's own zod schema (graphql/validation/) checks it. The
 * same definition runs in the browser (conform's onValidate, before anything is sent) and in the route's action
 * (parseWithZod), so the form says exactly what the API would say, in Swedish, next to the field. Browser-safe.
 */
import { useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import * as z from "zod";
import { fieldErrorsOf } from "../../graphql/validation/common.ts";

/** A text field as typed; "" when left empty (conform hands an empty field over as missing). */
export const text = () => z.string().default("");
/** Checkboxes sharing a name, or a multiple select: the values chosen. */
export const list = () => z.array(z.string()).default([]);
/** Radio groups named `<field>.<key>`, one per key: the value chosen in each (conform reads the dot as nesting). */
export const choices = () => z.record(z.string(), z.string()).default({});

/** An error at an input path shows at the form field named by its first segment: "adaptationNeeds.2.code" → "adaptationNeeds". */
export const firstSegment = (path: string): string => path.split(".")[0]!;

/** A form's fields: name → zod schema (text, list, choices). */
export type Fields = z.core.$ZodLooseShape;
/** What the form's fields hold once read: text, lists of text, radio choices. */
export type FormValues<F extends Fields> = z.output<z.ZodObject<F>>;

/** What a form posts, as conform reads it (before coercion): field name → value. */
type Posted = Record<string, unknown>;

export interface FormDefinition<Input extends Posted = Posted, Output = unknown> {
  /** For parseWithZod, in the action and in the browser. A successful parse's value is the API input, checked. */
  schema: z.ZodType<Output, Input>;
  /** The form field that shows an error at an input path; the action maps the API's typed field errors with it too. */
  fieldOf: (path: string) => string;
}

/**
 * A form: its `fields` (names as in the HTML), `toInput` from their values to the API's input, the API's `input`
 * schema, and `fieldOf` for paths whose form field has another name. The schema runs even when some fields are wrong,
 * as the API does, so every error shows at once; an issue with no field becomes the form's own error.
 */
export function defineForm<F extends Fields, Input extends z.ZodType>(definition: {
  fields: F;
  toInput: (values: FormValues<F>) => unknown;
  input: Input;
  fieldOf?: (path: string) => string;
}): FormDefinition<z.input<z.ZodObject<F>>, z.output<Input>> {
  const { fields, toInput, input, fieldOf = firstSegment } = definition;
  const schema = z.object(fields).transform((values, ctx): z.output<Input> => {
    const result = input.safeParse(toInput(values));
    if (result.success) return result.data;
    for (const { field, message } of fieldErrorsOf(result.error.issues, fieldOf)) {
      ctx.addIssue({ code: "custom", message, path: field ? [field] : [] });
    }
    return z.NEVER;
  });
  return { schema, fieldOf };
}

/** An input path as conform names the field: "actions.0.dueDate" → "actions[0].dueDate". */
export const conformName = (path: string): string => path.replace(/\.(\d+)(?=\.|$)/g, "[$1]");

/**
 * A form whose fields are the API input's own, named and nested as conform reads them ("ratings[2].rating"), so the
 * API's schema parses the posted form as it is; an error shows at the field its path names. Its fields are typed by
 * the schema's output (lists of rows, not whatever a preprocess step accepts), which is the shape they are named by.
 */
export function schemaForm<Output extends Posted>(schema: z.ZodType<Output, Posted>): FormDefinition<Output, Output> {
  return { schema: schema as unknown as z.ZodType<Output, Output>, fieldOf: conformName };
}

/**
 * conform's useForm as every Stegvis form uses it: checked with the definition's schema before sending, then again
 * as each wrong field is corrected; `lastResult` is the action's reply, which carries the server's errors and, without
 * JavaScript, the values as sent. `definitionFor` picks the definition by what is being sent (a button).
 * Not on blur: an error appearing as the last field loses focus moves the button under the pointer, and the press
 * that blurred the field never reaches the button (a click is a press and a release on the same element).
 * No `constraint`: the forms are `noValidate` and checked by the schema alone, and getZodConstraint misreads the API
 * schemas (a field named otherwise in the form, an optional `"" | email` union it calls required), so the few HTML
 * attributes (required, maxLength, min) stay in the markup.
 */
export function useFormOf<Input extends Posted, Output>(
  definition: FormDefinition<Input, Output>,
  options: {
    id: string;
    lastResult: SubmissionResult<string[]> | null | undefined;
    defaultValue?: Partial<Record<keyof Input, unknown>>;
    definitionFor?: (formData: FormData) => FormDefinition<Input, Output>;
  },
) {
  const { definitionFor = () => definition, ...rest } = options;
  return useForm<Input, Output>({
    ...rest,
    defaultValue: rest.defaultValue as never,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: definitionFor(formData).schema }),
  });
}
