import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { formatDate, today } from "../../lib/dates.ts";
import { choice, Field, FormError, Group } from "../components/field.tsx";
import followUpStyles from "../components/follow-up/follow-up.css";
import { DAY_INPUT, dayHint } from "../components/follow-up/follow-up-form.tsx";
import { OutcomeMessage } from "../components/follow-up/outcome-message.tsx";
import { modeLabel, outcomeLabel, ownerLabel, phaseLabel } from "../components/follow-up/labels.ts";
import { stageLabel } from "../components/status.tsx";
import { outcomeForm } from "../forms/follow-up.ts";
import { useFormOf } from "../forms/form.ts";
import { apiErrorReply } from "../forms/reply.server.ts";
import { startLinkFor } from "../navigation.ts";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL, runGraphQL, type Document } from "../utils/graphql.server.ts";
import { clockOf } from "../utils/request.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Uppföljning: ${data?.participant.displayName ?? "deltagare"} – Stegvis` }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: followUpStyles }];

const PERSON = graphql(`
  query FollowUpPerson($id: ID!) {
    participant(id: $id) {
      id displayName code stage sePhase supportStartedOn outcome outcomeDate outcomeReason supportEndedOn followingAlong
      assignments { id status startDate placement { title organization { name } } }
      followUps { id date mode authorName nextDate ratings { area } addenda { id } }
      agreedActions(open: true) { id description owner dueDate organizationName }
    }
  }
`);

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { participant } = await queryGraphQL(request, PERSON, { id: params.id! }, context);
  if (!participant) throw new Response("Deltagaren finns inte.", { status: 404 });
  return { participant, today: today(clockOf(context)), back: startLinkFor(user.roles) };
}

const MUTATIONS = {
  setPhase: graphql(`mutation SetPhase($input: SetSePhaseInput!) { setSePhase(input: $input) { id } }`),
  actionDone: graphql(`mutation ActionDone($input: SetAgreedActionDoneInput!) { setAgreedActionDone(input: $input) { id } }`),
  outcome: graphql(`mutation RecordOutcome($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`),
};

type ActionResult = { message: string | null; error: string | null; reply: SubmissionResult<string[]> | null };

export async function action({ request, params, context }: ActionFunctionArgs): Promise<ActionResult> {
  await requireUser(request);
  const participantId = params.id!;
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "outcome") {
    const submission = parseWithZod(formData, { schema: outcomeForm.schema });
    if (submission.status !== "success") return { message: null, error: null, reply: submission.reply() };
    const { errors } = await runGraphQL(request, MUTATIONS.outcome as Document, { input: submission.value }, context);
    if (errors.length) return { message: null, error: null, reply: apiErrorReply(submission, errors, outcomeForm) };
    return { message: "Utfallet är sparat.", error: null, reply: submission.reply({ resetForm: true }) };
  }
  // Form values are strings where the schema has enums; the API checks them.
  const { errors } =
    intent === "setPhase"
      ? await runGraphQL(request, MUTATIONS.setPhase as Document, { input: { participantId, phase: formData.get("phase") } }, context)
      : await runGraphQL(request, MUTATIONS.actionDone, { input: { actionId: String(formData.get("actionId")), done: true } }, context);
  if (errors.length) return { message: null, error: errors[0]!.message, reply: null };
  return { message: intent === "setPhase" ? "Fasen är sparad." : "Överenskommelsen är klar.", error: null, reply: null };
}

function OutcomeForm({ participantId, today, lastResult }: { participantId: string; today: string; lastResult: SubmissionResult<string[]> | null }) {
  const [form, fields] = useFormOf(outcomeForm, { id: "outcome-form", lastResult, defaultValue: { date: today } });
  return (
    <Form method="post" {...getFormProps(form)} aria-labelledby="outcome-title" className="stack card">
      <h2 id="outcome-title">Avsluta eller gå vidare</h2>
      <p>När stödet slutar: vart går personen vidare? Efter arbete eller studier fortsätter du följa personen, om du inte avslutar nu.</p>
      <FormError form={form} />
      <input type="hidden" name="participantId" value={participantId} />
      <Group field={fields.outcome} legend="Vart går personen vidare?">
        {Object.entries(outcomeLabel).map(([key, label]) => (
          <label key={key} className="choice">
            <input type="radio" {...choice(fields.outcome, key)} />
            {label}
          </label>
        ))}
      </Group>
      <div className="field-row">
        <Field field={fields.date} id="outcome-date" label="Datum" hint={dayHint(today)}>
          {(control) => <input {...control} {...DAY_INPUT} />}
        </Field>
        <Field field={fields.reason} id="outcome-reason" label="Skäl" hint="Behövs när stödet avslutas utan arbete, studier eller annat stöd">
          {(control) => <input {...control} type="text" />}
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" name="endSupport" value="on" />
        Avsluta uppföljningen nu
      </label>
      <button type="submit" name="intent" value="outcome" className="button secondary">
        Spara utfallet
      </button>
    </Form>
  );
}

export default function FollowUpPerson() {
  const { participant: p, today, back } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const live = p.assignments.find((a) => a.status === "ACTIVE" || a.status === "PAUSED");
  return (
    <section>
      <p className="breadcrumb">
        <a href={back.href}>{back.label}</a>
      </p>
      <h1>
        {p.displayName} <span className="code">{p.code}</span>
      </h1>
      <OutcomeMessage message={result?.message} error={result?.error} />
      <p className="button-row">
        <a className="button" href={`/deltagare/${p.id}/uppfoljning/ny`}>
          Ny uppföljning
        </a>
        <a href={`/deltagare/${p.id}/steg`}>Stegförflyttning</a>
        <a href={`/deltagare/${p.id}/mina-steg`}>Mina steg (för {p.displayName})</a>
        <a href={`/deltagare/${p.id}`}>Profil</a>
      </p>

      <dl className="facts-list compact">
        <div>
          <dt>Steg</dt>
          <dd>{stageLabel[p.stage] ?? p.stage}</dd>
        </div>
        <div>
          <dt>Plats</dt>
          <dd>{live ? `${live.placement.title}, ${live.placement.organization.name}` : "Ingen plats just nu"}</dd>
        </div>
        <div>
          <dt>Stödet började</dt>
          <dd>{p.supportStartedOn ? formatDate(p.supportStartedOn) : "Inte ännu"}</dd>
        </div>
        {p.outcome && (
          <div>
            <dt>Utfall</dt>
            <dd>
              {outcomeLabel[p.outcome]}, {formatDate(p.outcomeDate!)}
              {p.outcomeReason && `: ${p.outcomeReason}`}
              {p.followingAlong && ". Du följer personen vidare."}
              {p.supportEndedOn && `. Stödet avslutades ${formatDate(p.supportEndedOn)}.`}
            </dd>
          </div>
        )}
      </dl>

      <Form method="post" className="button-row" aria-label="SE-fas">
        <div className="field">
          <label htmlFor="phase">{p.sePhase ? "SE-fas" : "Stödet har inte börjat. Välj fas för att börja"}</label>
          <select id="phase" name="phase" defaultValue={p.sePhase ?? "AGREEMENT"}>
            {Object.entries(phaseLabel).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" name="intent" value="setPhase" className="button secondary">
          {p.sePhase ? "Byt fas" : "Börja stödet"}
        </button>
      </Form>

      <h2>Öppna överenskommelser</h2>
      {p.agreedActions.length === 0 ? (
        <p>Inga öppna överenskommelser.</p>
      ) : (
        <ul className="stack">
          {p.agreedActions.map((a) => (
            <li key={a.id}>
              <Form method="post" className="button-row">
                <input type="hidden" name="actionId" value={a.id} />
                <span>
                  {a.description}: {a.owner === "ORGANIZATION" ? (a.organizationName ?? ownerLabel.ORGANIZATION) : ownerLabel[a.owner]}, senast {formatDate(a.dueDate)}
                  {a.dueDate < today && <strong className="overdue-flag"> Försenad</strong>}
                </span>
                <button type="submit" name="intent" value="actionDone" className="link-button">
                  Klart<span className="visually-hidden">: {a.description}</span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}

      <h2>Uppföljningar</h2>
      {p.followUps.length === 0 ? (
        <p>Inga uppföljningar ännu.</p>
      ) : (
        <ol className="history">
          {p.followUps.map((f) => (
            <li key={f.id}>
              <a href={`/uppfoljning/${f.id}`}>
                {formatDate(f.date)}: {modeLabel[f.mode]}
              </a>{" "}
              <span className="hint">
                {f.authorName}
                {f.ratings.length ? `, ${f.ratings.length} steg` : ""}
                {f.addenda.length ? `, ${f.addenda.length} tillägg` : ""}
                {f.nextDate ? `. Nästa: ${formatDate(f.nextDate)}` : ""}
              </span>
            </li>
          ))}
        </ol>
      )}

      <OutcomeForm participantId={p.id} today={today} lastResult={result?.reply ?? null} />
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
