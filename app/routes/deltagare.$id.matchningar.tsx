// /deltagare/:id/matchningar: ranked placements for one participant, each with why it fits, and a form to propose the
// participant; near misses apart with what is missing; narrowing by kind and kommun with a GET form.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { Field, FormError, Options } from "../components/field.tsx";
import type { LastResult } from "../components/proposal-forms.tsx";
import { useFormOf } from "../forms/form.ts";
import { proposeForm } from "../forms/proposal.ts";
import { apiErrorReply } from "../forms/reply.server.ts";
import { AdaptationList, formatHours, freeSpotsText, kindLabel, OccupationCardList, PLACEMENT_CARD, type PlacementCardData } from "../components/placement-card.tsx";
import { distanceText, proposalStatusLabel } from "../components/proposal-labels.tsx";
import { isStandingStatus } from "../../lib/proposal-status.ts";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL, runGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Platser som passar ${data?.participant.displayName ?? "deltagaren"} – Stegvis` }];

const MATCHES = graphql(`
  query ParticipantMatches($id: ID!, $kinds: [PlacementKind!], $kommunCodes: [String!]) {
    participant(id: $id) { id displayName code consents { scope active } proposals { id status placement { id } } }
    matches(participantId: $id, first: 20, kinds: $kinds, kommunCodes: $kommunCodes) {
      hits { score reasons distanceKm placement { ...PlacementCardFields } }
      nearMisses { missing distanceKm placement { ...PlacementCardFields } }
      kommuner { code name }
    }
  }
`, [PLACEMENT_CARD]);
const PROPOSE = graphql(`
  mutation ProposeFromMatches($input: ProposeParticipantInput!) { proposeParticipant(input: $input) { id } }
`);

const KINDS = ["WORK_TRAINING", "INTERNSHIP"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, "COACH");
  const url = new URL(request.url);
  const kinds = url.searchParams.getAll("typ").filter((kind): kind is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(kind));
  const kommun = url.searchParams.get("kommun") ?? "";
  const data = await queryGraphQL(request, MATCHES, { id: params.id!, kinds, kommunCodes: /^\d{4}$/.test(kommun) ? [kommun] : [] });
  if (!data.participant) throw new Response("Deltagaren finns inte.", { status: 404 });
  return { ...data, participant: data.participant, kinds, kommun };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  await requireUser(request, "COACH");
  const submission = parseWithZod(await request.formData(), { schema: proposeForm.schema });
  // Each placement has its own form; the reply goes to the one that was sent.
  const placementId = submission.payload.placementId;
  if (submission.status !== "success") return { placementId, result: submission.reply() };
  const { data, errors } = await runGraphQL(request, PROPOSE, { input: { participantId: params.id!, ...submission.value } }, context);
  if (errors.length || !data) return { placementId, result: apiErrorReply(submission, errors, proposeForm) };
  return redirect(`/forslag/${data.proposeParticipant.id}?klart=foreslagen`);
}

export default function MatchesPage() {
  const { participant, matches, kinds, kommun } = useLoaderData<typeof loader>();
  const sent = useActionData<typeof action>();
  const consented = participant.consents.some((c) => c.scope === "SHARE_WITH_EMPLOYER" && c.active);
  const openProposal = new Map(participant.proposals.filter((p) => isStandingStatus(p.status)).map((p) => [p.placement.id, p]));
  const proposeFor = (placement: PlacementCardData) => {
    const existing = openProposal.get(placement.id);
    if (existing) {
      return (
        <p>
          {proposalStatusLabel[existing.status]}: <a href={`/forslag/${existing.id}`}>se förslaget</a>
        </p>
      );
    }
    if (!consented) return null;
    const lastResult = sent?.placementId === placement.id ? sent.result : null;
    return <ProposeForm placement={placement} displayName={participant.displayName} lastResult={lastResult} />;
  };

  return (
    <section className="matches">
      <p className="breadcrumb">
        <a href={`/deltagare/${participant.id}`}>Tillbaka till {participant.displayName}</a> · <a href="/forslag">Alla förslag</a>
      </p>
      <h1>Platser som passar {participant.displayName}</h1>
      {!consented && (
        <p className="notice">
          {participant.displayName} har inte samtyckt till att uppgifter delas med arbetsgivare. Registrera samtycket på{" "}
          <a href={`/deltagare/${participant.id}`}>profilen</a> innan du föreslår en plats.
        </p>
      )}

      <Form method="get" className="group narrow-matches" aria-labelledby="narrow-heading">
        <h2 id="narrow-heading">Visa bara</h2>
        <fieldset className="picker-group">
          <legend>Typ av plats</legend>
          <div className="choice-row">
            {KINDS.map((kind) => (
              <label key={kind} className="choice">
                <input type="checkbox" name="typ" value={kind} defaultChecked={kinds.includes(kind)} /> {kindLabel[kind]}
              </label>
            ))}
          </div>
        </fieldset>
        <Field field={{ name: "kommun" }} label="Kommun">
          {(props) => (
            <select {...props} defaultValue={kommun}>
              <option value="">Alla kommuner</option>
              <Options options={matches.kommuner.map((k) => [k.code, k.name])} />
            </select>
          )}
        </Field>
        <button type="submit" className="button">
          Visa platser
        </button>
      </Form>

      <section aria-labelledby="hits-heading">
        <h2 id="hits-heading">{matches.hits.length === 1 ? "1 plats passar" : `${matches.hits.length} platser passar`}</h2>
        {matches.hits.length === 0 ? (
          <p>Inga platser passar just nu. Titta på platserna där en sak saknas, eller ändra urvalet.</p>
        ) : (
          <ol className="match-list stack">
            {matches.hits.map((hit) => (
              <li key={hit.placement.id}>
                <MatchCard placement={hit.placement} distanceKm={hit.distanceKm} heading="Därför passar den" points={hit.reasons} className="reasons">
                  {proposeFor(hit.placement)}
                </MatchCard>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="near-heading">
        <h2 id="near-heading">Nästan rätt: en sak saknas</h2>
        <p>De här platserna passar nästan. Ofta går det att komma överens med arbetsplatsen om det som saknas.</p>
        {matches.nearMisses.length === 0 ? (
          <p>Inga platser just nu.</p>
        ) : (
          <ul className="match-list stack">
            {matches.nearMisses.map((miss) => (
              <li key={miss.placement.id}>
                <MatchCard placement={miss.placement} distanceKm={miss.distanceKm} heading="Det här saknas" points={miss.missing} className="missing">
                  {proposeFor(miss.placement)}
                </MatchCard>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

interface MatchCardProps {
  placement: PlacementCardData;
  distanceKm: number | null;
  /** Why it fits, or what is missing, under this heading. */
  heading: string;
  points: string[];
  className: string;
  children: ReactNode;
}

function MatchCard({ placement, distanceKm, heading, points, className, children }: MatchCardProps) {
  const headingId = `match-${placement.id}`;
  return (
    <article className="placement-card" aria-labelledby={headingId}>
      <p className="kind">{kindLabel[placement.kind]}</p>
      <h3 id={headingId}>
        <a href={`/platser/${placement.id}`}>{placement.title}</a>
      </h3>
      <p className="where">
        <span className="organization">{placement.organization.name}</span>, {placement.kommun.name}
        {distanceKm !== null ? ` · ${distanceText(distanceKm)}` : ""}
      </p>
      <ul className="facts">
        <li>{formatHours(placement.hoursPerDayMin, placement.hoursPerDayMax)}</li>
        <li>{freeSpotsText(placement.freeSpots)}</li>
      </ul>
      {placement.occupationCards.length > 0 && <OccupationCardList cards={placement.occupationCards} size={56} />}
      {placement.adaptations.length > 0 && (
        <>
          <p className="label">Anpassningar:</p>
          <AdaptationList adaptations={placement.adaptations} size={28} />
        </>
      )}
      <h4>{heading}</h4>
      <ul className={className}>
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      {children}
    </article>
  );
}

export { ParticipantErrorBoundary as ErrorBoundary } from "../components/participant-error.tsx";

/** Proposing the participant for one placement; open when the last try here was refused. */
function ProposeForm({ placement, displayName, lastResult }: { placement: PlacementCardData; displayName: string; lastResult: LastResult }) {
  const [form, fields] = useFormOf(proposeForm, { id: `propose-${placement.id}`, lastResult });
  return (
    <details className="propose" open={Boolean(lastResult)}>
      <summary>Föreslå {displayName} hit</summary>
      <Form method="post" className="stack propose-form" {...getFormProps(form)}>
        <input type="hidden" name="placementId" value={placement.id} />
        <FormError form={form} />
        <Field field={fields.message} id={`message-${placement.id}`} label="Meddelande till arbetsplatsen" hint="Skriv varför platsen kan passa. Skriv inget om diagnoser.">
          {(props) => <textarea {...props} rows={3} />}
        </Field>
        <button type="submit" className="button">
          Föreslå<span className="visually-hidden"> {displayName} till {placement.title}</span>
        </button>
      </Form>
    </details>
  );
}
