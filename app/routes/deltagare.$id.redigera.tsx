import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { parseWithZod } from "@conform-to/zod/v4";
import {
  defaultsFromParticipant,
  PARTICIPANT_FORM_FIELDS,
  PARTICIPANT_FORM_VALUES,
  PARTICIPANT_FORM_VOCABULARY,
  ParticipantForm,
  vocabularySets,
} from "../components/participant-form.tsx";
import { participantForm } from "../forms/participant.ts";
import { apiErrorReply } from "../forms/reply.server.ts";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL, runGraphQL } from "../utils/graphql.server.ts";

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

export async function action({ request, params, context }: ActionFunctionArgs) {
  await requireUser(request, "COACH");
  const form = participantForm(vocabularySets(await queryGraphQL(request, PARTICIPANT_FORM_VOCABULARY, undefined, context)));
  const submission = parseWithZod(await request.formData(), { schema: form.schema });
  if (submission.status !== "success") return submission.reply();
  const { errors } = await runGraphQL(request, UPDATE, { id: params.id!, input: submission.value }, context);
  if (errors.length) return apiErrorReply(submission, errors, form);
  return redirect(`/deltagare/${params.id}`);
}

export default function EditParticipant() {
  const { participant, vocabulary } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  return (
    <section className="narrow-wide">
      <p>
        <a href={`/deltagare/${participant.id}`}>Tillbaka till {participant.displayName}</a>
      </p>
      <h1>Ändra {participant.displayName}</h1>
      <ParticipantForm
        vocabulary={vocabulary}
        defaultValue={defaultsFromParticipant(participant)}
        lastResult={lastResult}
        submitLabel="Spara ändringarna"
        submitting={submitting}
      />
    </section>
  );
}

export { ParticipantErrorBoundary as ErrorBoundary } from "../components/participant-error.tsx";
