import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, useActionData } from "@remix-run/react";
import { Field, FormError } from "../components/field.tsx";
import { resetPasswordForm } from "../forms/account.ts";
import { useFormOf } from "../forms/form.ts";
import { apiErrorReply } from "../forms/reply.server.ts";
import { graphql } from "../utils/graphql.ts";
import { runGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction = () => [{ title: "Välj nytt lösenord – Stegvis" }];

const RESET = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`);

/** Passwords never go back to the page. */
const hideFields = ["password", "repeat"];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: resetPasswordForm.schema });
  if (submission.status !== "success") return { done: false, result: submission.reply({ hideFields }) };
  const { errors } = await runGraphQL(request, RESET, { token: params.token ?? "", password: submission.value.password }, context);
  if (errors.length) return { done: false, result: apiErrorReply(submission, errors, resetPasswordForm, { hideFields }) };
  return { done: true, result: null };
}

export default function ResetPassword() {
  const sent = useActionData<typeof action>();
  const [form, fields] = useFormOf(resetPasswordForm, { id: "reset-form", lastResult: sent?.result });
  if (sent?.done) {
    return (
      <section className="narrow">
        <h1>Klart!</h1>
        <p>Ditt nya lösenord är sparat.</p>
        <p>
          <a href="/logga-in">Logga in</a>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>Välj nytt lösenord</h1>
      <Form method="post" className="stack" {...getFormProps(form)}>
        <FormError form={form} />
        <Field field={fields.password} label="Nytt lösenord (minst 12 tecken)">
          {(control) => <input {...control} type="password" autoComplete="new-password" required minLength={12} />}
        </Field>
        <Field field={fields.repeat} label="Skriv lösenordet igen">
          {(control) => <input {...control} type="password" autoComplete="new-password" required />}
        </Field>
        <button type="submit" className="button">Spara lösenordet</button>
      </Form>
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
