import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { Field } from "../components/field.tsx";
import { graphql } from "../utils/graphql.ts";
import { fieldErrorsOf, runGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction = () => [{ title: "Välj nytt lösenord – Stegvis" }];

const RESET = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`);

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const password = String(form.get("password") ?? "");
  if (password !== String(form.get("repeat") ?? "")) {
    return { done: false, fieldErrors: { repeat: "Lösenorden är inte lika. Skriv samma lösenord två gånger." } as Record<string, string> };
  }
  const { errors } = await runGraphQL(request, RESET, { token: params.token ?? "", password });
  if (errors.length) return { done: false, fieldErrors: fieldErrorsOf(errors) };
  return { done: true, fieldErrors: {} as Record<string, string> };
}

export default function ResetPassword() {
  const result = useActionData<typeof action>();
  const errors = result?.fieldErrors ?? {};
  if (result?.done) {
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
      {errors.token && (
        <p className="form-error" role="alert">
          {errors.token}
        </p>
      )}
      <Form method="post" className="stack" noValidate>
        <Field name="password" label="Nytt lösenord (minst 12 tecken)" error={errors.password}>
          {(control) => <input {...control} type="password" autoComplete="new-password" required minLength={12} />}
        </Field>
        <Field name="repeat" label="Skriv lösenordet igen" error={errors.repeat}>
          {(control) => <input {...control} type="password" autoComplete="new-password" required />}
        </Field>
        <button type="submit" className="button">Spara lösenordet</button>
      </Form>
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
