import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { Field } from "../components/field.tsx";
import { getUser, safeRedirect, startPageFor, type SignedInUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { fieldErrorsOf, runGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction = () => [{ title: "Logga in – Stegvis" }];

const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) { id name email roles }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) throw redirect(startPageFor(user.roles));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "");
  const password = String(form.get("password") ?? "");
  const { data, errors, cookies } = await runGraphQL(request, LOGIN, { email, password }, context);
  if (errors.length || !data?.login) {
    return { email, fieldErrors: fieldErrorsOf(errors), formError: errors[0]?.message ?? "Inloggningen misslyckades." };
  }
  const headers = new Headers();
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return redirect(safeRedirect(form.get("redirectTo"), startPageFor(data.login.roles)), { headers });
}

export default function Login() {
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const submitting = useNavigation().state === "submitting";
  const fieldErrors: Record<string, string> = result?.fieldErrors ?? {};
  return (
    <section className="narrow">
      <h1>Logga in</h1>
      <p>För dig som arbetar med Stegvis: jobbcoacher, handledare, arbetsgivare och administratörer.</p>
      {result?.formError && !Object.keys(fieldErrors).length && (
        <p className="form-error" role="alert">
          {result.formError}
        </p>
      )}
      <Form method="post" noValidate className="stack">
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <Field name="email" label="E-postadress" error={fieldErrors.email}>
          {(control) => <input {...control} type="email" autoComplete="username" required defaultValue={result?.email} />}
        </Field>
        <Field name="password" label="Lösenord" error={fieldErrors.password}>
          {(control) => <input {...control} type="password" autoComplete="current-password" required />}
        </Field>
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? "Loggar in …" : "Logga in"}
        </button>
      </Form>
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
