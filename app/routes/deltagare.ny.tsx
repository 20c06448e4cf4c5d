import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { EMPTY_PARTICIPANT, PARTICIPANT_FORM_VOCABULARY, ParticipantForm, vocabularySets } from "../components/participant-form.tsx";
import { participantForm } from "../forms/participant.ts";
import { apiErrorReply } from "../forms/reply.server.ts";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL, runGraphQL } from "../utils/graphql.server.ts";

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

export async function action({ request, context }: ActionFunctionArgs) {
  await requireUser(request, "COACH");
  const form = participantForm(vocabularySets(await queryGraphQL(request, PARTICIPANT_FORM_VOCABULARY, undefined, context)));
  const submission = parseWithZod(await request.formData(), { schema: form.schema });
  if (submission.status !== "success") return submission.reply();
  const { data, errors } = await runGraphQL(request, CREATE, { input: submission.value }, context);
  if (errors.length || !data) return apiErrorReply(submission, errors, form);
  return redirect(`/deltagare/${data.createParticipant.id}`);
}

export default function NewParticipant() {
  const vocabulary = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
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
        defaultValue={EMPTY_PARTICIPANT}
        lastResult={lastResult}
        submitLabel="Spara deltagaren"
        submitting={submitting}
      />
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
