// /organisation/platser/ny: a new placement. /organisation/platser/:id: edit it and move it between statuses.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "../components/error-page.tsx";
import { parseWithZod } from "@conform-to/zod/v4";
import {
  emptyFormValues,
  FORM_VOCABULARY,
  formValuesOfPlacement,
  PLACEMENT_FORM_VALUES,
  PlacementForm,
} from "../components/placement-form.tsx";
import { placementStatusLabel } from "../components/status.tsx";
import { placementForms } from "../forms/placement.ts";
import { apiErrorReply } from "../forms/reply.server.ts";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL, runGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.placement ? `Ändra ${data.placement.title}` : "Ny plats"} – Stegvis` },
];

const PLACEMENT = graphql(`
  query EditPlacement($id: ID!) {
    placement(id: $id) {
      id title status freeSpots needsConfirmation viewerCanEdit organization { id name }
      ...StoredPlacementValues
    }
  }
`, [PLACEMENT_FORM_VALUES]);
const OWN_ORGANIZATIONS = graphql(`query OwnOrganizationsForForm { me { organizations { id name kommunCode } } }`);
const CREATE = graphql(`mutation CreateFromForm($input: CreatePlacementInput!) { createPlacement(input: $input) { id } }`);
const UPDATE = graphql(`mutation UpdateFromForm($input: UpdatePlacementInput!) { updatePlacement(input: $input) { id status } }`);
const STEPS = {
  publish: graphql(`mutation PublishFromForm($id: ID!) { publishPlacement(id: $id) { id } }`),
  pause: graphql(`mutation PauseFromForm($id: ID!) { pausePlacement(id: $id) { id } }`),
  close: graphql(`mutation CloseFromForm($id: ID!) { closePlacement(id: $id) { id } }`),
  reopen: graphql(`mutation ReopenFromForm($id: ID!) { reopenPlacement(id: $id) { id } }`),
  confirm: graphql(`mutation ConfirmFromForm($id: ID!) { confirmPlacement(id: $id) { id } }`),
} as const;


export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, "ORG_MEMBER");
  const vocabulary = await queryGraphQL(request, FORM_VOCABULARY);
  if (params.id === "ny") {
    const organization = (await queryGraphQL(request, OWN_ORGANIZATIONS)).me?.organizations[0];
    if (!organization) throw new Response("Du hör inte till någon organisation.", { status: 403 });
    return { vocabulary, organization, placement: null };
  }
  const { placement } = await queryGraphQL(request, PLACEMENT, { id: params.id! });
  if (!placement?.viewerCanEdit) throw new Response("Platsen finns inte.", { status: 404 });
  return { vocabulary, organization: placement.organization, placement };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  await requireUser(request, "ORG_MEMBER");
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "save");
  const id = params.id === "ny" ? null : params.id!;

  if (id && intent in STEPS && intent !== "publish") {
    const { errors } = await runGraphQL(request, STEPS[intent as keyof typeof STEPS], { id }, context);
    // A status button is a form of its own: its refusal shows on the placement form, which keeps its values.
    if (errors.length) return apiErrorReply(null, errors, placementForms.save);
    return redirect(`/organisation/platser/${id}`);
  }

  const current = id ? (await queryGraphQL(request, PLACEMENT, { id }, context)).placement : null;
  const form = placementForms[intent === "publish" || current?.status === "PUBLISHED" ? "publish" : "save"];
  const submission = parseWithZod(formData, { schema: form.schema });
  if (submission.status !== "success") return submission.reply();

  const { externalRef: _ref, latitude: _lat, longitude: _lng, ...input } = submission.value;
  const saved = id
    ? await runGraphQL(request, UPDATE, { input: { ...input, id } }, context)
    : await runGraphQL(request, CREATE, { input: { ...input, organizationId: String(formData.get("organizationId") ?? "") } }, context);
  if (saved.errors.length) return apiErrorReply(submission, saved.errors, form);
  const savedId = id ?? (saved.data as { createPlacement: { id: string } }).createPlacement.id;

  if (intent === "publish" && current?.status !== "PUBLISHED") {
    const step = current && current.status !== "DRAFT" ? STEPS.reopen : STEPS.publish;
    const published = await runGraphQL(request, step, { id: savedId }, context);
    if (published.errors.length) {
      return apiErrorReply(submission, published.errors, form, {
        formError: `Platsen är sparad men inte publicerad. ${published.errors[0]!.message}`,
      });
    }
  }
  return redirect(`/organisation?sparad=${savedId}`);
}

export default function PlacementEditor() {
  const { vocabulary, organization, placement } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  return (
    <section className="placement-editor">
      <p className="breadcrumb">
        <a href="/organisation">Vår organisation</a>
      </p>
      <h1>{placement ? `Ändra plats: ${placement.title}` : "Ny plats"}</h1>
      <p>{organization.name}</p>
      {placement && (
        <section aria-labelledby="status-heading" className="status-panel">
          <h2 id="status-heading">Status: {placementStatusLabel[placement.status] ?? placement.status}</h2>
          {placement.needsConfirmation && <p className="notice">Stämmer annonsen fortfarande? Bekräfta den, annars visas den inte i matchningar.</p>}
          <div className="button-row">
            {placement.status === "PUBLISHED" && <StepButton intent="confirm" label="Bekräfta att platsen finns kvar" />}
            {placement.status === "PUBLISHED" && <StepButton intent="pause" label="Pausa" />}
            {(placement.status === "PAUSED" || placement.status === "CLOSED") && <StepButton intent="reopen" label="Öppna igen" />}
            {placement.status !== "CLOSED" && <StepButton intent="close" label="Stäng platsen" />}
            {placement.status === "PUBLISHED" && <a href={`/platser/${placement.id}`}>Se platsen som besökare</a>}
          </div>
        </section>
      )}
      <h2>{placement ? "Uppgifter om platsen" : "Fyll i uppgifterna"}</h2>
      <PlacementForm
        key={placement?.id ?? "ny"}
        lastResult={lastResult}
        defaultValue={placement ? formValuesOfPlacement(placement) : emptyFormValues(organization.kommunCode ?? "")}
        vocabulary={vocabulary}
        published={placement?.status === "PUBLISHED"}
        submitting={submitting}
        hidden={{ organizationId: organization.id }}
      />
    </section>
  );
}

function StepButton({ intent, label }: { intent: string; label: string }) {
  return (
    <Form method="post">
      <button type="submit" name="intent" value={intent} className="button secondary">
        {label}
      </button>
    </Form>
  );
}

export function ErrorBoundary() {
  return <ErrorPage texts={{ notFound: { heading: "Platsen finns inte", text: "Platsen hör inte till er organisation, eller så är den borttagen.", link: { href: "/organisation", label: "Tillbaka till Vår organisation" } } }} />;
}
