// /forslag/:id: one proposal. Both sides see the placement, the history with dates and notes, and how long the answer
// has taken. The organisation sees only the participant's consented fields and answers; the coach moves the proposal
// on, withdraws it, starts the assignment (insats) with an arbetsplan, and ends it.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, isRouteErrorResponse, useActionData, useLoaderData, useRouteError, useSearchParams } from "@remix-run/react";
import { Field, Group } from "../components/field.tsx";
import { swedishDate, swedishNumber } from "../components/participant-labels.tsx";
import { formatDate, today } from "../../lib/dates.ts";
import { weekdayLabel, weekdayName } from "../../lib/weekdays.ts";
import { AdaptationPictogram } from "../components/pictograms/pictogram.tsx";
import { formatHours, kindLabel } from "../components/placement-card.tsx";
import {
  assignmentStatusLabel,
  declineReasonLabel,
  OVERDUE_TEXT,
  outcomeLabel,
  proposalStatusLabel,
  waitingText,
} from "../components/proposal-labels.tsx";
import { advanceSteps, assignmentOutcomes, declineReasons, PIPELINE, placeableFrom, placeInput, scheduleErrors } from "../../graphql/validation/proposal.ts";
import { requireUser } from "../utils/auth.server.ts";
import { fieldErrorsOf, queryGraphQL, runGraphQL } from "../utils/graphql.server.ts";
import { clockOf } from "../utils/request.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Förslag: ${data?.proposal.participant?.displayName ?? "deltagare"} till ${data?.proposal.placement.title ?? "plats"} – Stegvis` },
];

const PROPOSAL = /* GraphQL */ `
  query ProposalDetail($id: ID!) {
    proposal(id: $id) {
      id status message createdAt answeredAt declineReason daysWaiting awaitingAnswer overdue viewerIsCoach viewerCanAnswer proposedByName
      placement { id title kind weekdays hoursPerDayMin hoursPerDayMax freeSpots capacity mentorName address kommun { name } organization { name } }
      participant { id displayName hoursPerDayMax weekdays adaptationNeeds { mustHave adaptation { code label } } }
      events { id fromStatus toStatus note createdAt actorName }
      assignment {
        id status startDate plannedEndDate endedAt outcome weekdays hoursPerDay workPlanGoals workPlanQuestions mentorName
        supportWorker { name }
      }
    }
  }
`;
const SUPPORT_WORKERS = /* GraphQL */ `query SupportWorkers { staff(role: SUPPORT_WORKER) { id name } }`;

const MUTATIONS = {
  answer: `mutation AnswerFromPage($input: AnswerProposalInput!) { answerProposal(input: $input) { id } }`,
  advance: `mutation AdvanceFromPage($input: AdvanceProposalInput!) { advanceProposal(input: $input) { id } }`,
  withdraw: `mutation WithdrawFromPage($id: ID!, $note: String) { withdrawProposal(proposalId: $id, note: $note) { id } }`,
  place: `mutation PlaceFromPage($input: PlaceParticipantInput!) { placeParticipant(input: $input) { id } }`,
  end: `mutation EndFromPage($input: EndAssignmentInput!) { endAssignment(input: $input) { id } }`,
} as const;
type Intent = keyof typeof MUTATIONS;

const DONE: Record<Intent, string> = {
  answer: "Tack! Ert svar är skickat till jobbcoachen.",
  advance: "Förslaget har flyttats till nästa steg.",
  withdraw: "Förslaget är tillbakadraget.",
  place: "Insatsen har startat. Platsen har en ledig plats mindre.",
  end: "Insatsen är avslutad. Platsen är ledig igen.",
};

interface ProposalData {
  id: string;
  status: string;
  message: string | null;
  createdAt: string;
  answeredAt: string | null;
  declineReason: string | null;
  daysWaiting: number;
  awaitingAnswer: boolean;
  overdue: boolean;
  viewerIsCoach: boolean;
  viewerCanAnswer: boolean;
  proposedByName: string;
  placement: {
    id: string;
    title: string;
    kind: "WORK_TRAINING" | "INTERNSHIP";
    weekdays: string[];
    hoursPerDayMin: number;
    hoursPerDayMax: number;
    freeSpots: number;
    capacity: number;
    mentorName: string;
    address: string;
    kommun: { name: string };
    organization: { name: string };
  };
  participant: {
    id: string;
    displayName: string;
    hoursPerDayMax: number;
    weekdays: string[];
    adaptationNeeds: { mustHave: boolean; adaptation: { code: string; label: string } }[];
  } | null;
  events: { id: string; fromStatus: string | null; toStatus: string; note: string | null; createdAt: string; actorName: string }[];
  assignment: {
    id: string;
    status: string;
    startDate: string;
    plannedEndDate: string | null;
    endedAt: string | null;
    outcome: string | null;
    weekdays: string[];
    hoursPerDay: number;
    workPlanGoals: string | null;
    workPlanQuestions: string | null;
    mentorName: string;
    supportWorker: { name: string } | null;
  } | null;
}

async function loadProposal(request: Request, id: string) {
  const { proposal } = await queryGraphQL<{ proposal: ProposalData | null }>(request, PROPOSAL, { id });
  if (!proposal) throw new Response("Förslaget finns inte.", { status: 404 });
  return proposal;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request);
  const proposal = await loadProposal(request, params.id!);
  const canPlace = proposal.viewerIsCoach && (placeableFrom as readonly string[]).includes(proposal.status);
  const supportWorkers = canPlace ? (await queryGraphQL<{ staff: { id: string; name: string }[] }>(request, SUPPORT_WORKERS)).staff : [];
  return { proposal, supportWorkers, today: today(clockOf(context)) };
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "");
const hoursOf = (value: string) => (value.trim() === "" ? Number.NaN : Number(value.replace(",", ".")));

/** The "Starta insats" form as PlaceParticipantInput, checked with the same schema and schedule rule as the API. */
function placeValues(form: FormData, proposal: ProposalData) {
  const raw = {
    proposalId: proposal.id,
    startDate: text(form, "startDate"),
    plannedEndDate: text(form, "plannedEndDate") || null,
    weekdays: form.getAll("weekdays").map(String),
    hoursPerDay: hoursOf(text(form, "hoursPerDay")),
    workPlanGoals: text(form, "workPlanGoals"),
    workPlanQuestions: text(form, "workPlanQuestions"),
    mentorName: text(form, "mentorName"),
    supportWorkerId: text(form, "supportWorkerId") || null,
  };
  const parsed = placeInput.safeParse(raw);
  const fieldErrors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".")] ??= issue.message;
  else for (const error of scheduleErrors(parsed.data, proposal.placement)) fieldErrors[error.field] ??= error.message;
  return { raw, input: parsed.success && Object.keys(fieldErrors).length === 0 ? parsed.data : null, fieldErrors };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireUser(request);
  const form = await request.formData();
  const intent = text(form, "intent") as Intent;
  if (!(intent in MUTATIONS)) throw new Response("Okänd åtgärd", { status: 400 });
  const proposalId = params.id!;
  const values = Object.fromEntries([...form.keys()].map((key) => [key, form.getAll(key).map(String).join("\n")]));
  let variables: Record<string, unknown>;
  switch (intent) {
    case "answer":
      variables = { input: { proposalId, answer: text(form, "answer"), declineReason: text(form, "declineReason") || null, note: text(form, "note") } };
      break;
    case "advance":
      variables = { input: { proposalId, to: text(form, "to"), note: text(form, "note") } };
      break;
    case "withdraw":
      variables = { id: proposalId, note: text(form, "note") };
      break;
    case "end":
      variables = { input: { assignmentId: text(form, "assignmentId"), outcome: text(form, "outcome"), note: text(form, "note") } };
      break;
    case "place": {
      const checked = placeValues(form, await loadProposal(request, proposalId));
      if (!checked.input) return { intent, formError: "Något behöver rättas. Se felen vid varje fält.", fieldErrors: checked.fieldErrors, values, weekdays: checked.raw.weekdays };
      variables = { input: checked.input };
      break;
    }
  }
  const { errors } = await runGraphQL(request, MUTATIONS[intent], variables);
  if (errors.length) return { intent, formError: errors[0]!.message, fieldErrors: fieldErrorsOf(errors), values, weekdays: form.getAll("weekdays").map(String) };
  return redirect(`/forslag/${proposalId}?klart=${intent}`);
}

const days = (list: string[]) => list.map(weekdayName).join(", ");
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export default function ProposalPage() {
  const { proposal: p, supportWorkers, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = params.get("klart") as Intent | "foreslagen" | null;
  const errorsFor = (intent: Intent) => (result?.intent === intent ? result.fieldErrors : NO_ERRORS);
  const valueOf = (intent: Intent, name: string, fallback = "") => (result?.intent === intent ? (result.values[name] ?? fallback) : fallback);
  const name = p.participant?.displayName ?? "Deltagaren";
  const open = ["SUGGESTED", "CONTACTED", "VISIT", "TRIAL"].includes(p.status);
  const laterSteps = advanceSteps.filter((step) => PIPELINE.indexOf(step) > PIPELINE.indexOf(p.status as (typeof PIPELINE)[number]));
  const canPlace = p.viewerIsCoach && (placeableFrom as readonly string[]).includes(p.status);

  return (
    <section className="proposal narrow-wide">
      <p className="breadcrumb">
        <a href="/forslag">Alla förslag</a>
        {p.viewerIsCoach && p.participant && (
          <>
            {" · "}
            <a href={`/deltagare/${p.participant.id}/matchningar`}>Fler platser för {name}</a>
          </>
        )}
      </p>
      <h1>
        {name} till {p.placement.title}
      </h1>
      {done && (
        <p className="notice" role="status">
          {done === "foreslagen" ? `${name} är föreslagen. Arbetsplatsen ser förslaget nu.` : DONE[done]}
        </p>
      )}
      {result?.formError && (
        <p className="form-error" role="alert">
          {result.formError}
        </p>
      )}

      <dl className="facts-list">
        <div>
          <dt>Steg</dt>
          <dd>{proposalStatusLabel[p.status]}</dd>
        </div>
        <div>
          <dt>Föreslagen</dt>
          <dd>
            {swedishDate(p.createdAt)} av {p.proposedByName}
          </dd>
        </div>
        <div>
          <dt>Svar</dt>
          <dd>
            {waitingText(p)}
            {p.overdue && (
              <>
                {" "}
                <span className="flag">{OVERDUE_TEXT}</span>
              </>
            )}
          </dd>
        </div>
        {p.declineReason && (
          <div>
            <dt>Skäl till nej</dt>
            <dd>{declineReasonLabel[p.declineReason]}</dd>
          </div>
        )}
      </dl>

      <section aria-labelledby="placement-heading">
        <h2 id="placement-heading">Platsen</h2>
        <p className="kind">{kindLabel[p.placement.kind]}</p>
        <p>
          <a href={`/platser/${p.placement.id}`}>{p.placement.title}</a> hos {p.placement.organization.name}, {p.placement.kommun.name}
        </p>
        <p>
          {capitalised(days(p.placement.weekdays))}. {capitalised(formatHours(p.placement.hoursPerDayMin, p.placement.hoursPerDayMax))}.
        </p>
        <p>
          Lediga platser: {p.placement.freeSpots} av {p.placement.capacity}
        </p>
      </section>

      <section aria-labelledby="participant-heading">
        <h2 id="participant-heading">{p.viewerIsCoach ? `Det här ser arbetsplatsen om ${name}` : `Om ${name}`}</h2>
        {p.participant ? (
          <>
            <dl className="facts-list">
              <div>
                <dt>Namn</dt>
                <dd>{p.participant.displayName}</dd>
              </div>
              <div>
                <dt>Kan vara på plats</dt>
                <dd>
                  Högst {swedishNumber(p.participant.hoursPerDayMax)} timmar om dagen: {days(p.participant.weekdays)}
                </dd>
              </div>
            </dl>
            <h3>Behöver på arbetsplatsen</h3>
            {p.participant.adaptationNeeds.length === 0 ? (
              <p>Inga särskilda anpassningar.</p>
            ) : (
              <ul className="pictogram-list">
                {p.participant.adaptationNeeds.map((need) => (
                  <li key={need.adaptation.code}>
                    <AdaptationPictogram code={need.adaptation.code} decorative size={40} />
                    <span>
                      {need.adaptation.label}
                      {need.mustHave ? " (måste finnas)" : " (bra att ha)"}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p>Uppgifterna om deltagaren delas inte längre med er.</p>
        )}
        {p.message && (
          <>
            <h3>Meddelande från jobbcoachen</h3>
            <p className="easy-read">{p.message}</p>
          </>
        )}
      </section>

      {p.viewerCanAnswer && (
        <section aria-labelledby="answer-heading" className="group">
          <h2 id="answer-heading">Ert svar</h2>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="answer" />
            <Field name="note" id="answer-note" label="Meddelande till jobbcoachen (frivilligt)" hint="Till exempel en tid för ett besök." error={errorsFor("answer").note}>
              {(props) => <textarea {...props} rows={3} defaultValue={valueOf("answer", "note")} />}
            </Field>
            <Field name="declineReason" label="Om ni säger nej: välj varför" error={errorsFor("answer").declineReason}>
              {(props) => (
                <select {...props} defaultValue={valueOf("answer", "declineReason")}>
                  <option value="">Välj ett skäl</option>
                  {declineReasons.map((reason) => (
                    <option key={reason} value={reason}>
                      {declineReasonLabel[reason]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="actions">
              <button type="submit" name="answer" value="YES" className="button">
                Ja
              </button>
              <button type="submit" name="answer" value="MEET" className="button">
                Vi vill träffas
              </button>
              <button type="submit" name="answer" value="NO" className="button secondary">
                Nej
              </button>
            </div>
          </Form>
        </section>
      )}

      {p.viewerIsCoach && open && laterSteps.length > 0 && (
        <section aria-labelledby="advance-heading" className="group">
          <h2 id="advance-heading">Flytta framåt</h2>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="advance" />
            <Field name="to" label="Nästa steg" error={errorsFor("advance").to}>
              {(props) => (
                <select {...props} defaultValue={valueOf("advance", "to", laterSteps[0])}>
                  {laterSteps.map((step) => (
                    <option key={step} value={step}>
                      {proposalStatusLabel[step]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="note" id="advance-note" label="Anteckning" hint="Syns för arbetsplatsen också." error={errorsFor("advance").note}>
              {(props) => <textarea {...props} rows={2} defaultValue={valueOf("advance", "note")} />}
            </Field>
            <button type="submit" className="button">
              Spara steget
            </button>
          </Form>
        </section>
      )}

      {canPlace && (
        <section aria-labelledby="place-heading" className="group">
          <h2 id="place-heading">Starta insats</h2>
          <p>När ni är överens startar insatsen. Platsen får en ledig plats mindre.</p>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="place" />
            <div className="field-row">
              <Field name="startDate" label="Startdatum" error={errorsFor("place").startDate}>
                {(props) => <input {...props} type="date" defaultValue={valueOf("place", "startDate", today)} />}
              </Field>
              <Field name="plannedEndDate" label="Planerat slutdatum (frivilligt)" error={errorsFor("place").plannedEndDate}>
                {(props) => <input {...props} type="date" defaultValue={valueOf("place", "plannedEndDate")} />}
              </Field>
            </div>
            <Group name="weekdays" legend="Dagar" hint="Bara dagar då platsen tar emot deltagare." error={errorsFor("place").weekdays}>
              <div className="choice-row">
                {p.placement.weekdays.map((day) => (
                  <label key={day} className="choice">
                    <input
                      type="checkbox"
                      name="weekdays"
                      value={day}
                      defaultChecked={result?.intent === "place" ? result.weekdays.includes(day) : (p.participant?.weekdays ?? p.placement.weekdays).includes(day)}
                    />{" "}
                    {weekdayLabel(day)}
                  </label>
                ))}
              </div>
            </Group>
            <Field
              name="hoursPerDay"
              label="Timmar om dagen"
              hint={`Platsen har ${formatHours(p.placement.hoursPerDayMin, p.placement.hoursPerDayMax)}.`}
              error={errorsFor("place").hoursPerDay}
            >
              {(props) => (
                <input
                  {...props}
                  className="short"
                  inputMode="decimal"
                  defaultValue={valueOf("place", "hoursPerDay", swedishNumber(Math.min(p.placement.hoursPerDayMax, p.participant?.hoursPerDayMax ?? p.placement.hoursPerDayMax)))}
                />
              )}
            </Field>
            <Field name="workPlanGoals" label="Arbetsplan: mål" hint="Vad ska deltagaren öva på? Ett mål per rad." error={errorsFor("place").workPlanGoals}>
              {(props) => <textarea {...props} rows={3} defaultValue={valueOf("place", "workPlanGoals")} />}
            </Field>
            <Field
              name="workPlanQuestions"
              label="Arbetsplan: frågor som arbetsträningen ska svara på"
              hint="Till exempel: Hur många timmar orkar deltagaren?"
              error={errorsFor("place").workPlanQuestions}
            >
              {(props) => <textarea {...props} rows={3} defaultValue={valueOf("place", "workPlanQuestions")} />}
            </Field>
            <Field name="mentorName" label="Handledare på arbetsplatsen" error={errorsFor("place").mentorName}>
              {(props) => <input {...props} defaultValue={valueOf("place", "mentorName", p.placement.mentorName)} />}
            </Field>
            <Field name="supportWorkerId" label="SE-handledare" error={errorsFor("place").supportWorkerId}>
              {(props) => (
                <select {...props} defaultValue={valueOf("place", "supportWorkerId")}>
                  <option value="">Ingen just nu</option>
                  {supportWorkers.map((worker) => (
                    <option key={worker.id} value={worker.id}>
                      {worker.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="submit" className="button">
              Starta insats
            </button>
          </Form>
        </section>
      )}

      {p.viewerIsCoach && open && (
        <section aria-labelledby="withdraw-heading" className="group">
          <h2 id="withdraw-heading">Dra tillbaka förslaget</h2>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="withdraw" />
            <Field name="note" id="withdraw-note" label="Varför? (frivilligt)" hint="Syns för arbetsplatsen också." error={errorsFor("withdraw").note}>
              {(props) => <textarea {...props} rows={2} defaultValue={valueOf("withdraw", "note")} />}
            </Field>
            <button type="submit" className="button secondary">
              Dra tillbaka
            </button>
          </Form>
        </section>
      )}

      {p.assignment && (
        <section aria-labelledby="assignment-heading">
          <h2 id="assignment-heading">Insatsen</h2>
          <dl className="facts-list">
            <div>
              <dt>Status</dt>
              <dd>
                {assignmentStatusLabel[p.assignment.status]}
                {p.assignment.outcome ? `: ${outcomeLabel[p.assignment.outcome]}` : ""}
              </dd>
            </div>
            <div>
              <dt>Start</dt>
              <dd>{formatDate(p.assignment.startDate)}</dd>
            </div>
            <div>
              <dt>Planerat slut</dt>
              <dd>{p.assignment.plannedEndDate ? formatDate(p.assignment.plannedEndDate) : "Inte bestämt"}</dd>
            </div>
            <div>
              <dt>Schema</dt>
              <dd>
                {days(p.assignment.weekdays)}, {swedishNumber(p.assignment.hoursPerDay)} timmar om dagen
              </dd>
            </div>
            <div>
              <dt>Handledare på arbetsplatsen</dt>
              <dd>{p.assignment.mentorName || "–"}</dd>
            </div>
            <div>
              <dt>SE-handledare</dt>
              <dd>{p.assignment.supportWorker?.name ?? "Ingen just nu"}</dd>
            </div>
          </dl>
          {p.assignment.workPlanGoals !== null && (
            <>
              <h3>Arbetsplan: mål</h3>
              <Lines text={p.assignment.workPlanGoals} />
              <h3>Frågor som arbetsträningen ska svara på</h3>
              <Lines text={p.assignment.workPlanQuestions ?? ""} />
            </>
          )}
          {p.viewerIsCoach && p.assignment.status !== "ENDED" && (
            <Form method="post" className="stack group">
              <h3>Avsluta insatsen</h3>
              <input type="hidden" name="intent" value="end" />
              <input type="hidden" name="assignmentId" value={p.assignment.id} />
              <Field name="outcome" label="Hur slutade insatsen?" error={errorsFor("end").outcome}>
                {(props) => (
                  <select {...props} defaultValue={valueOf("end", "outcome")}>
                    <option value="">Välj</option>
                    {assignmentOutcomes.map((outcome) => (
                      <option key={outcome} value={outcome}>
                        {outcomeLabel[outcome]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field name="note" id="end-note" label="Anteckning (frivilligt)" error={errorsFor("end").note}>
                {(props) => <textarea {...props} rows={2} defaultValue={valueOf("end", "note")} />}
              </Field>
              <button type="submit" className="button secondary">
                Avsluta insatsen
              </button>
            </Form>
          )}
        </section>
      )}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Historik</h2>
        <ol className="history">
          {p.events.map((event) => (
            <li key={event.id}>
              <strong>{swedishDate(event.createdAt)}:</strong> {proposalStatusLabel[event.toStatus]}
              {event.fromStatus ? ` (från ${proposalStatusLabel[event.fromStatus].toLowerCase()})` : ""}, {event.actorName}
              {event.note && <span className="note">{event.note}</span>}
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}

const NO_ERRORS: Record<string, string> = {};

/** Text written one point per line, as a list. */
function Lines({ text }: { text: string }) {
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
  return (
    <ul>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <section className="error">
      <h1>{notFound ? "Förslaget finns inte" : "Du kan inte se förslaget"}</h1>
      <p>{notFound ? "Kontrollera adressen." : "Förslaget gäller inte din deltagare eller er arbetsplats."}</p>
      <p>
        <a href="/forslag">Till alla förslag</a>
      </p>
    </section>
  );
}
