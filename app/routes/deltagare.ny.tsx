import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { participantFormErrors, validateParticipantForm } from "../../graphql/validation/participant.ts";
import {
  defaultsFromForm,
  EMPTY_PARTICIPANT,
  PARTICIPANT_FORM_VOCABULARY,
  ParticipantForm,
  vocabularySets,
} from "../components/participant-form.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { fieldErrorsOf, queryGraphQL, runGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction = () => [{ title: "Ny deltagare – Stegvis" }];

const CREATE = graphql(`
  mutation CreateParticipant($input: CreateParticipantInput!) {
    createParticipant(input: $input) { id }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "COACH");
  return queryGraphQL(request, PARTICIPANT_FORM_VOCABULARY);
}

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request, "COACH");
  const form = await request.formData();
  const vocabulary = await queryGraphQL(request, PARTICIPANT_FORM_VOCABULARY);
  const checked = validateParticipantForm(form, vocabularySets(vocabulary));
  if (!checked.ok) return { fieldErrors: checked.fieldErrors, defaults: defaultsFromForm(form) };
  const { data, errors } = await runGraphQL(request, CREATE, { input: checked.value });
  if (errors.length || !data) return { fieldErrors: participantFormErrors(fieldErrorsOf(errors), errors[0]?.message), defaults: defaultsFromForm(form) };
  return redirect(`/deltagare/${data.createParticipant.id}`);
}

export default function NewParticipant() {
  const vocabulary = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  return (
    <section className="narrow-wide">
      <p>
        <a href="/coach">Tillbaka till mina deltagare</a>
      </p>
      <h1>Ny deltagare</h1>
      <p>Fyll i det ni vet nu. Du kan ändra allt senare. Registrera samtycke på profilen innan något delas.</p>
      <ParticipantForm
        vocabulary={vocabulary}
        defaults={result?.defaults ?? EMPTY_PARTICIPANT}
        fieldErrors={result?.fieldErrors ?? NO_ERRORS}
        submitLabel="Spara deltagaren"
        submitting={submitting}
      />
    </section>
  );
}

const NO_ERRORS: Record<string, string> = {};

export { ErrorBoundary } from "../components/error-page.tsx";
