import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Field, Group } from "../components/field.tsx";
import { roleLabel } from "../components/status.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { graphql, type ResultOf } from "../utils/graphql.ts";
import { fieldErrorsOf, queryGraphQL, runGraphQL, type Document } from "../utils/graphql.server.ts";

export const meta: MetaFunction = () => [{ title: "Administration – Stegvis" }];

const ADMIN_OVERVIEW = graphql(`
  query AdminOverview {
    users { id name email roles active }
    organizations { id name kind kommun { name } }
    kommuner { code name }
  }
`);

const organizationKindLabel: Record<string, string> = {
  COMPANY: "Företag",
  SOCIAL_ENTERPRISE: "Socialt företag",
  ASSOCIATION: "Förening",
  PUBLIC: "Kommunal verksamhet",
};

const MUTATIONS = {
  createUser: graphql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id name } }`),
  createOrganization: graphql(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }`),
  issuePasswordReset: graphql(`mutation($userId: ID!) { issuePasswordReset(userId: $userId) }`),
  deactivateUser: graphql(`mutation($userId: ID!) { deactivateUser(userId: $userId) { id name } }`),
} as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "ADMIN");
  return queryGraphQL(request, ADMIN_OVERVIEW);
}

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request, "ADMIN");
  const form = await request.formData();
  const intent = String(form.get("intent")) as keyof typeof MUTATIONS;
  const variables: Record<string, unknown> =
    intent === "createUser"
      ? { input: { email: form.get("email"), name: form.get("name"), roles: form.getAll("roles"), organizationIds: form.getAll("organizationIds").filter(Boolean) } }
      : intent === "createOrganization"
        ? { input: { name: form.get("name"), kind: form.get("kind"), kommunCode: form.get("kommunCode") } }
        : { userId: form.get("userId") };
  if (!(intent in MUTATIONS)) throw new Response("Okänd åtgärd", { status: 400 });
  // Variables straight from the form: strings where the schema has enums. The API checks them; the type makes no claim.
  const { data, errors } = await runGraphQL(request, MUTATIONS[intent] as Document, variables);
  if (errors.length) return { ok: false, intent, fieldErrors: fieldErrorsOf(errors), message: errors[0]!.message, link: null };
  const origin = new URL(request.url).origin;
  return {
    ok: true,
    intent,
    fieldErrors: {} as Record<string, string>,
    message:
      intent === "issuePasswordReset" ? "Länken gäller i 24 timmar och kan bara användas en gång." : "Klart! Ändringen är sparad.",
    link: intent === "issuePasswordReset" ? `${origin}${(data as ResultOf<typeof MUTATIONS.issuePasswordReset>).issuePasswordReset}` : null,
  };
}

export default function AdminStart() {
  const { users, organizations, kommuner } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errorsFor = (intent: string) => (result?.intent === intent ? result.fieldErrors : {});
  const userErrors = errorsFor("createUser");
  const organizationErrors = errorsFor("createOrganization");
  return (
    <section>
      <h1>Administration</h1>
      <p>
        {users.length} konton och {organizations.length} organisationer.
      </p>
      {result && (
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
      <table className="table">
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
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>{user.roles.map((role) => roleLabel[role] ?? role).join(", ")}</td>
              <td>{user.active ? "Aktiv" : "Avstängd"}</td>
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
        <Form method="post" className="stack card" noValidate aria-labelledby="new-user-heading">
          <h2 id="new-user-heading">Nytt konto</h2>
          <Field name="name" id="user-name" label="Namn" error={userErrors.name}>
            {(control) => <input {...control} required />}
          </Field>
          <Field name="email" id="user-email" label="E-postadress" error={userErrors.email}>
            {(control) => <input {...control} type="email" required />}
          </Field>
          <Group name="roles" legend="Roller" error={userErrors.roles}>
            {Object.entries(roleLabel).map(([role, label]) => (
              <label key={role} className="check">
                <input type="checkbox" name="roles" value={role} /> {label}
              </label>
            ))}
          </Group>
          <Field name="organizationIds" id="user-organization" label="Organisation (för arbetsgivare)" error={userErrors.organizationIds}>
            {(control) => (
              <select {...control}>
                <option value="">Ingen</option>
                {organizations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" name="intent" value="createUser" className="button">
            Skapa kontot
          </button>
        </Form>

        <Form method="post" className="stack card" noValidate aria-labelledby="new-organization-heading">
          <h2 id="new-organization-heading">Ny organisation</h2>
          <Field name="name" id="organization-name" label="Namn" error={organizationErrors.name}>
            {(control) => <input {...control} required />}
          </Field>
          <Field name="kind" id="organization-kind" label="Sort" error={organizationErrors.kind}>
            {(control) => (
              <select {...control}>
                {Object.entries(organizationKindLabel).map(([kind, label]) => (
                  <option key={kind} value={kind}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="kommunCode" id="organization-kommun" label="Kommun" error={organizationErrors.kommunCode}>
            {(control) => (
              <select {...control}>
                <option value="">Välj kommun</option>
                {kommuner.map((k) => (
                  <option key={k.code} value={k.code}>
                    {k.name}
                  </option>
                ))}
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
