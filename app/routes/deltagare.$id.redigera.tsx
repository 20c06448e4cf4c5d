import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { participantFormErrors, validateParticipantForm } from "../../graphql/validation/participant.ts";
import {
  defaultsFromForm,
  defaultsFromParticipant,
  PARTICIPANT_FORM_FIELDS,
  PARTICIPANT_FORM_VALUES,
  PARTICIPANT_FORM_VOCABULARY,
  ParticipantForm,
  vocabularySets,
} from "../components/participant-form.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { fieldErrorsOf, queryGraphQL, runGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Ändra ${data?.participant.displayName ?? "deltagare"} – Stegvis` }];

const EDIT = graphql(`
  query EditParticipant($id: ID!) {
    ...ParticipantFormVocabulary
    participant(id: $id) { id ...ParticipantFormValues }
  }
`, [PARTICIPANT_FORM_FIELDS, PARTICIPANT_FORM_VALUES]);

const UPDATE = graphql(`
  mutation UpdateParticipant($id: ID!, $input: UpdateParticipantInput!) {
    updateParticipant(id: $id, input: $input) { id }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, "COACH");
  const { participant, ...vocabulary } = await queryGraphQL(request, EDIT, { id: params.id! });
  if (!participant) throw new Response("Deltagaren finns inte.", { status: 404 });
  return { participant, vocabulary };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireUser(request, "COACH");
  const form = await request.formData();
  const vocabulary = await queryGraphQL(request, PARTICIPANT_FORM_VOCABULARY);
  const checked = validateParticipantForm(form, vocabularySets(vocabulary));
  if (!checked.ok) return { fieldErrors: checked.fieldErrors, defaults: defaultsFromForm(form) };
  const { errors } = await runGraphQL(request, UPDATE, { id: params.id!, input: checked.value });
  if (errors.length) return { fieldErrors: participantFormErrors(fieldErrorsOf(errors), errors[0]!.message), defaults: defaultsFromForm(form) };
  return redirect(`/deltagare/${params.id}`);
}

export default function EditParticipant() {
  const { participant, vocabulary } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  return (
    <section className="narrow-wide">
      <p>
        <a href={`/deltagare/${participant.id}`}>Tillbaka till {participant.displayName}</a>
      </p>
      <h1>Ändra {participant.displayName}</h1>
      <ParticipantForm
        vocabulary={vocabulary}
        defaults={result?.defaults ?? defaultsFromParticipant(participant)}
        fieldErrors={result?.fieldErrors ?? NO_ERRORS}
        submitLabel="Spara ändringarna"
        submitting={submitting}
      />
    </section>
  );
}

const NO_ERRORS: Record<string, string> = {};

export { ParticipantErrorBoundary as ErrorBoundary } from "../components/participant-error.tsx";
