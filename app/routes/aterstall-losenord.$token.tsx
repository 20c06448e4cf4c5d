import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { fieldErrorsOf, runGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction = () => [{ title: "Välj nytt lösenord – Stegvis" }];

const RESET = /* GraphQL */ `
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`;

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const password = String(form.get("password") ?? "");
  if (password !== String(form.get("repeat") ?? "")) {
    return { done: false, fieldErrors: { repeat: "Lösenorden är inte lika. Skriv samma lösenord två gånger." } as Record<string, string> };
  }
  const { errors } = await runGraphQL<{ resetPassword: boolean }>(request, RESET, { token: params.token ?? "", password });
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
        <div className="field">
          <label htmlFor="password">Nytt lösenord (minst 12 tecken)</label>
          <input id="password" name="password" type="password" autoComplete="new-password" required minLength={12}
            aria-invalid={errors.password ? true : undefined} aria-describedby={errors.password ? "password-error" : undefined} />
          {errors.password && <p id="password-error" className="field-error">{errors.password}</p>}
        </div>
        <div className="field">
          <label htmlFor="repeat">Skriv lösenordet igen</label>
          <input id="repeat" name="repeat" type="password" autoComplete="new-password" required
            aria-invalid={errors.repeat ? true : undefined} aria-describedby={errors.repeat ? "repeat-error" : undefined} />
          {errors.repeat && <p id="repeat-error" className="field-error">{errors.repeat}</p>}
        </div>
        <button type="submit" className="button">Spara lösenordet</button>
      </Form>
    </section>
  );
}
