import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { formatDate, formatMomentDate } from "../../lib/dates.ts";
import { Field, FormError } from "../components/field.tsx";
import followUpStyles from "../components/follow-up/follow-up.css";
import { OutcomeMessage } from "../components/follow-up/outcome-message.tsx";
import { FOLLOW_UP_RECORD, FollowUpRecord } from "../components/follow-up/follow-up-record.tsx";
import { addendumForm } from "../forms/follow-up.ts";
import { useFormOf } from "../forms/form.ts";
import { apiErrorReply } from "../forms/reply.server.ts";
import { startLinkFor } from "../navigation.ts";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL, runGraphQL, type Document } from "../utils/graphql.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Uppföljning ${data ? formatDate(data.followUp.date) : ""} – Stegvis` }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: followUpStyles }];

const FOLLOW_UP = graphql(
  `
  query FollowUpPage($id: ID!) {
    followUp(id: $id) { ...FollowUpRecordFields }
    progressAreaAnchors { area label }
  }
`,
  [FOLLOW_UP_RECORD],
);
const NAME = graphql(`query FollowUpParticipant($id: ID!) { participant(id: $id) { id displayName adaptationNeeds { adaptation { code } } } }`);

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { followUp, progressAreaAnchors } = await queryGraphQL(request, FOLLOW_UP, { id: params.id! }, context);
  if (!followUp) throw new Response("Uppföljningen finns inte.", { status: 404 });
  const { participant } = await queryGraphQL(request, NAME, { id: followUp.participantId }, context);
  const saved = new URL(request.url).searchParams.get("sparad");
  return {
    followUp,
    participant: participant!,
    areaLabel: Object.fromEntries(progressAreaAnchors.map((a) => [a.area, a.label])),
    saved: saved === "1" ? "Uppföljningen är sparad." : saved === "2" ? "Ändringen är sparad." : null,
    back: startLinkFor(user.roles),
  };
}

const MUTATIONS = {
  addendum: graphql(`mutation AddAddendum($input: AddFollowUpAddendumInput!) { addFollowUpAddendum(input: $input) { id } }`),
  confirmNeed: graphql(`mutation ConfirmNeed($input: ConfirmAdaptationNeedInput!) { confirmAdaptationNeed(input: $input) { id } }`),
};

export async function action({ request, params, context }: ActionFunctionArgs) {
  await requireUser(request);
  const formData = await request.formData();
  if (formData.get("intent") === "confirmNeed") {
    const input = { followUpId: params.id!, adaptationCode: String(formData.get("adaptationCode")), mustHave: formData.get("mustHave") === "true" };
    const { errors } = await runGraphQL(request, MUTATIONS.confirmNeed, { input }, context);
    return { confirmed: errors.length ? null : input.adaptationCode, error: errors[0]?.message ?? null, reply: null };
  }
  const submission = parseWithZod(formData, { schema: addendumForm.schema });
  if (submission.status !== "success") return { confirmed: null, error: null, reply: submission.reply() };
  const { errors } = await runGraphQL(request, MUTATIONS.addendum as Document, { input: submission.value }, context);
  if (errors.length) return { confirmed: null, error: null, reply: apiErrorReply(submission, errors, addendumForm) };
  return { confirmed: null, error: null, reply: submission.reply({ resetForm: true }) };
}

function AddendumForm({ followUpId, lastResult }: { followUpId: string; lastResult?: SubmissionResult<string[]> | null }) {
  const [form, fields] = useFormOf(addendumForm, { id: "addendum", lastResult });
  return (
    <Form method="post" {...getFormProps(form)} aria-labelledby="addendum-title" className="stack">
      <h2 id="addendum-title">Skriv ett tillägg</h2>
      <FormError form={form} />
      <input type="hidden" name="followUpId" value={followUpId} />
      <Field field={fields.text} id="addendum-text" label="Tillägg" hint="Uppföljningen ändras inte. Tillägget sparas med ditt namn och datum.">
        {(control) => <textarea {...control} rows={3} />}
      </Field>
      <button type="submit" className="button secondary">
        Spara tillägget
      </button>
    </Form>
  );
}

export default function FollowUpPage() {
  const { followUp: f, participant, areaLabel, saved, back } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const needed = new Set(participant.adaptationNeeds.map((n) => n.adaptation.code));
  const toConfirm = f.adaptations.filter((a) => a.change === "NEWLY_NEEDED" && !needed.has(a.adaptation.code));
  return (
    <section>
      <p className="breadcrumb">
        <a href={`/deltagare/${participant.id}/uppfoljning`}>Tillbaka till {participant.displayName}</a>
      </p>
      <h1>
        Uppföljning med {participant.displayName}, {formatDate(f.date)}
      </h1>
      <OutcomeMessage message={saved} />
      <OutcomeMessage message={result?.confirmed ? "Anpassningen finns nu i profilens behov." : null} error={result?.error} />
      <p className="button-row">
        <a href={`/deltagare/${participant.id}/steg`}>Stegförflyttning över tid</a>
        <a href={back.href}>{back.label}</a>
        {f.viewerCanEdit && (
          <a className="button secondary" href={`/uppfoljning/${f.id}/andra`}>
            Ändra (till {formatMomentDate(f.editableUntil)} {new Date(f.editableUntil).toLocaleTimeString("sv-SE", { timeZone: "Europe/Stockholm", hour: "2-digit", minute: "2-digit" })})
          </a>
        )}
      </p>
      <FollowUpRecord followUp={f} areaLabel={areaLabel} />

      {toConfirm.length > 0 && (
        <section aria-labelledby="confirm-title" className="card">
          <h2 id="confirm-title">Nya behov</h2>
          <p>Uppföljningen säger att de här anpassningarna behövs nu. Vill du lägga till dem i profilens behov?</p>
          <ul className="stack">
            {toConfirm.map((a) => (
              <li key={a.adaptation.code}>
                <Form method="post" className="button-row">
                  <input type="hidden" name="adaptationCode" value={a.adaptation.code} />
                  <input type="hidden" name="mustHave" value="false" />
                  <span>{a.adaptation.label}</span>
                  <button type="submit" name="intent" value="confirmNeed" className="button secondary">
                    Lägg till i behoven<span className="visually-hidden">: {a.adaptation.label}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      )}

      {f.addenda.length > 0 && (
        <section aria-labelledby="addenda-title">
          <h2 id="addenda-title">Tillägg</h2>
          {f.addenda.map((a) => (
            <div key={a.id} className="addendum">
              <p>{a.text}</p>
              <p className="hint">
                {a.authorName}, {formatMomentDate(a.createdAt)}
              </p>
            </div>
          ))}
        </section>
      )}
      {f.revisions.length > 0 && (
        <p className="hint">
          Ändrad {f.revisions.length} {f.revisions.length === 1 ? "gång" : "gånger"}; tidigare versioner sparas.
        </p>
      )}
      <AddendumForm followUpId={f.id} lastResult={result?.reply} />
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
