import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { Field, FormError } from "../components/field.tsx";
import { useFormOf } from "../forms/form.ts";
import { loginForm } from "../forms/account.ts";
import { apiErrorReply } from "../forms/reply.server.ts";
import { getUser, safeRedirect, startPageFor, type SignedInUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { runGraphQL } from "../utils/graphql.server.ts";

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
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: loginForm.schema });
  // The password never goes back to the page.
  if (submission.status !== "success") return submission.reply({ hideFields: ["password"] });
  const { data, errors, cookies } = await runGraphQL(request, LOGIN, submission.value, context);
  if (errors.length || !data?.login) {
    return apiErrorReply(submission, errors, loginForm, {
      formError: errors[0]?.message ?? "Inloggningen misslyckades.",
      hideFields: ["password"],
    });
  }
  const headers = new Headers();
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return redirect(safeRedirect(formData.get("redirectTo"), startPageFor(data.login.roles)), { headers });
}

export default function Login() {
  const [params] = useSearchParams();
  const submitting = useNavigation().state === "submitting";
  const [form, fields] = useFormOf(loginForm, { id: "login-form", lastResult: useActionData<typeof action>() });
  return (
    <section className="narrow">
      <h1>Logga in</h1>
      <p>För dig som arbetar med Stegvis: jobbcoacher, handledare, arbetsgivare och administratörer.</p>
      <Form method="post" className="stack" {...getFormProps(form)}>
        <FormError form={form} />
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <Field field={fields.email} label="E-postadress">
          {(control) => <input {...control} type="email" autoComplete="username" required />}
        </Field>
        <Field field={fields.password} label="Lösenord">
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
