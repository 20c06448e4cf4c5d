// What an action answers a form when the API refused its input (docs/decisions/0012-forms-with-conform.md).
import type { Submission, SubmissionResult } from "@conform-to/react";
import type { GraphQLError } from "graphql";
import type { FieldError } from "../../graphql/errors.ts";
import type { FormDefinition } from "./form.ts";

/**
 * The API's refusal as conform's reply: its typed field errors (ValidationError) at the form fields the form's
 * `fieldOf` names, and `formError` (by default its message) as the form's own error. A field error that `fieldOf`
 * maps to "" is the form's own error instead. `hideFields` are not sent back (passwords). Without a submission (a
 * button elsewhere on the page failed), the form keeps its values.
 */
export function apiErrorReply(
  submission: Submission<unknown> | null,
  errors: readonly GraphQLError[],
  { fieldOf }: Pick<FormDefinition, "fieldOf">,
  options: { formError?: string; hideFields?: string[] } = {},
): SubmissionResult<string[]> {
  const { formError = errors[0]?.message ?? "Något gick fel.", hideFields } = options;
  const byField: Record<string, string[]> = {};
  for (const error of errors) {
    for (const { field, message } of (error.extensions?.fieldErrors as FieldError[] | undefined) ?? []) (byField[fieldOf(field)] ??= []).push(message);
  }
  const { "": own, ...fieldErrors } = byField;
  const formErrors = own ?? [formError];
  return submission ? submission.reply({ formErrors, fieldErrors, hideFields }) : { status: "error", error: { "": formErrors, ...fieldErrors } };
}
