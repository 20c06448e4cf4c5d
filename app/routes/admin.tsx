import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { choice, Field, FormError, Group, Options } from "../components/field.tsx";
import { KOMMUNER } from "../data/kommuner.ts";
import { createOrganizationForm, createUserForm } from "../forms/account.ts";
import { useFormOf, type FormDefinition } from "../forms/form.ts";
import { apiErrorReply } from "../forms/reply.server.ts";
import { roleLabel } from "../components/status.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { graphql, type ResultOf } from "../utils/graphql.ts";
import { queryGraphQL, runGraphQL, type GraphQLResult } from "../utils/graphql.server.ts";
import { plural } from "../../lib/plural.ts";

export const meta: MetaFunction = () => [{ title: "Administration – Stegvis" }];

const ADMIN_OVERVIEW = graphql(`
  query AdminOverview {
    users { id name email roles active }
    organizations { id name kind kommun { name } }
  }
`);

const organizationKindLabel: Record<string, string> = {
  COMPANY: "Företag",
  SOCIAL_ENTERPRISE: "Socialt företag",
  ASSOCIATION: "Förening",
  PUBLIC: "Kommunal verksamhet",
};

const CREATE_USER = graphql(`mutation CreateUserFromAdmin($input: CreateUserInput!) { createUser(input: $input) { id name } }`);
const CREATE_ORGANIZATION = graphql(`mutation CreateOrganizationFromAdmin($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }`);
/** The buttons in the list of accounts: each sends a user's id. */
const BUTTONS = {
  issuePasswordReset: graphql(`mutation IssuePasswordReset($userId: ID!) { issuePasswordReset(userId: $userId) }`),
  deactivateUser: graphql(`mutation DeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id name } }`),
} as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "ADMIN");
  return queryGraphQL(request, ADMIN_OVERVIEW);
}

const SAVED = "Klart! Ändringen är sparad.";

/** One of the two forms: checked, sent to the API, and emptied once saved. */
async function create<Output>(
  intent: string,
  form: FormDefinition<Record<string, unknown>, Output>,
  formData: FormData,
  run: (input: Output) => Promise<GraphQLResult<unknown>>,
) {
  const submission = parseWithZod(formData, { schema: form.schema });
  if (submission.status !== "success") return { intent, ok: false, message: null, link: null, result: submission.reply() };
  const { errors } = await run(submission.value);
  if (errors.length) return { intent, ok: false, message: null, link: null, result: apiErrorReply(submission, errors, form) };
  return { intent, ok: true, message: SAVED, link: null, result: submission.reply({ resetForm: true }) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireUser(request, "ADMIN");
  const formData = await request.formData();
  const intent = String(formData.get("intent"));
  if (intent === "createUser") return create(intent, createUserForm, formData, (input) => runGraphQL(request, CREATE_USER, { input }, context));
  if (intent === "createOrganization") {
    return create(intent, createOrganizationForm, formData, (input) => runGraphQL(request, CREATE_ORGANIZATION, { input }, context));
  }
  if (!(intent in BUTTONS)) throw new Response("Okänd åtgärd", { status: 400 });
  const userId = String(formData.get("userId") ?? "");
  if (intent === "deactivateUser") {
    const { errors } = await runGraphQL(request, BUTTONS.deactivateUser, { userId }, context);
    return { intent, ok: !errors.length, message: errors[0]?.message ?? SAVED, link: null, result: null };
  }
  const { data, errors } = await runGraphQL(request, BUTTONS.issuePasswordReset, { userId }, context);
  if (errors.length || !data) return { intent, ok: false, message: errors[0]?.message ?? "Något gick fel.", link: null, result: null };
  return {
    intent,
    ok: true,
    message: "Länken gäller i 24 timmar och kan bara användas en gång.",
    link: `${new URL(request.url).origin}${data.issuePasswordReset}`,
    result: null,
  };
}

export default function AdminStart() {
  const { users, organizations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const resultOf = (intent: string) => (result?.intent === intent ? result.result : null);
  const [userForm, userFields] = useFormOf(createUserForm, { id: "user-form", lastResult: resultOf("createUser") });
  const [organizationForm, organizationFields] = useFormOf(createOrganizationForm, { id: "organization-form", lastResult: resultOf("createOrganization") });
  return (
    <section>
      <h1>Administration</h1>
      <p>
        {plural(users.length, "konto", "konton")} och {plural(organizations.length, "organisation", "organisationer")}.
      </p>
      {result?.message && (
        <div className={result.ok ? "notice" : "form-error"} role="status">
          <p>{result.message}</p>
          {result.link && (
            <p>
              Skicka länken till personen: <code>{result.link}</code>
            </p>
          )}
        </div>
      )}

      <h2>Konton</h2>
      <table className="table stacked">
        <thead>
          <tr>
            <th scope="col">Namn</th>
            <th scope="col">E-post</th>
            <th scope="col">Roller</th>
            <th scope="col">Status</th>
            <th scope="col">Åtgärder</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td className="record-title">{user.name}</td>
              <td data-label="E-post">{user.email}</td>
              <td data-label="Roller">{user.roles.map((role) => roleLabel[role] ?? role).join(", ")}</td>
              <td data-label="Status">{user.active ? "Aktiv" : "Avstängd"}</td>
              <td className="actions">
                <Form method="post">
                  <input type="hidden" name="userId" value={user.id} />
                  <button type="submit" name="intent" value="issuePasswordReset" className="link-button">
                    Länk för nytt lösenord<span className="visually-hidden"> till {user.name}</span>
                  </button>
                </Form>
                {user.active && (
                  <Form method="post">
                    <input type="hidden" name="userId" value={user.id} />
                    <button type="submit" name="intent" value="deactivateUser" className="link-button">
                      Stäng av<span className="visually-hidden"> {user.name}</span>
                    </button>
                  </Form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="two-columns">
        <Form method="post" className="stack card" aria-labelledby="new-user-heading" {...getFormProps(userForm)}>
          <h2 id="new-user-heading">Nytt konto</h2>
          <FormError form={userForm} />
          <Field field={userFields.name} id="user-name" label="Namn">
            {(control) => <input {...control} required />}
          </Field>
          <Field field={userFields.email} id="user-email" label="E-postadress">
            {(control) => <input {...control} type="email" required />}
          </Field>
          <Group field={userFields.roles} legend="Roller">
            {Object.entries(roleLabel).map(([role, label]) => (
              <label key={role} className="check">
                <input type="checkbox" {...choice(userFields.roles, role)} /> {label}
              </label>
            ))}
          </Group>
          <Field field={userFields.organizationIds} id="user-organization" label="Organisation (för arbetsgivare)">
            {(control) => (
              <select {...control}>
                <option value="">Ingen</option>
                <Options options={organizations.map((o) => [o.id, o.name])} />
              </select>
            )}
          </Field>
          <button type="submit" name="intent" value="createUser" className="button">
            Skapa kontot
          </button>
        </Form>

        <Form method="post" className="stack card" aria-labelledby="new-organization-heading" {...getFormProps(organizationForm)}>
          <h2 id="new-organization-heading">Ny organisation</h2>
          <FormError form={organizationForm} />
          <Field field={organizationFields.name} id="organization-name" label="Namn">
            {(control) => <input {...control} required />}
          </Field>
          <Field field={organizationFields.kind} id="organization-kind" label="Sort">
            {(control) => (
              <select {...control}>
                <Options options={Object.entries(organizationKindLabel)} />
              </select>
            )}
          </Field>
          <Field field={organizationFields.kommunCode} id="organization-kommun" label="Kommun">
            {(control) => (
              <select {...control}>
                <option value="">Välj kommun</option>
                <Options options={KOMMUNER.map((k) => [k.code, k.name])} />
              </select>
            )}
          </Field>
          <button type="submit" name="intent" value="createOrganization" className="button">
            Skapa organisationen
          </button>
        </Form>
      </div>
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
