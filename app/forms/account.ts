// Signing in, choosing a new password, and the administrator's forms for accounts and organisations, checked by the
// API's schemas in graphql/validation/account.ts.
import * as z from "zod";
import { createOrganizationInput, createUserInput, loginInput, newPassword } from "../../graphql/validation/account.ts";
import { defineForm, list, text } from "./form.ts";

export const loginForm = defineForm({ fields: { email: text(), password: text() }, toInput: (f) => f, input: loginInput });

/**
 * A new password, typed twice: the second time is the form's own rule. The link's token is the page's, and the API's
 * complaint about it ("token") is the form's own error.
 */
export const resetPasswordForm = defineForm({
  fields: { password: text(), repeat: text() },
  toInput: (f) => f,
  input: z
    .object({ password: newPassword, repeat: z.string() })
    .refine((f) => f.password === f.repeat, { path: ["repeat"], message: "Lösenorden är inte lika. Skriv samma lösenord två gånger." }),
  fieldOf: (path) => (path === "token" ? "" : path),
});

export const createUserForm = defineForm({
  fields: { name: text(), email: text(), roles: list(), organizationIds: list() },
  toInput: (f) => f,
  input: createUserInput,
});

export const createOrganizationForm = defineForm({
  fields: { name: text(), kind: text(), kommunCode: text() },
  toInput: (f) => f,
  input: createOrganizationInput,
});
