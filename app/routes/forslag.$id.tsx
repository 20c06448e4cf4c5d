// /forslag/:id: one proposal. Both sides see the placement, the history with dates and notes, and how long the answer
// has taken. The organisation sees only the participant's consented fields and answers; the coach moves the proposal
// on, withdraws it, starts the assignment (insats) with an arbetsplan, and ends it.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "../components/error-page.tsx";
import { PROPOSAL_ASSIGNMENT, ProposalAssignment } from "../components/proposal-assignment.tsx";
import { PROPOSAL_DETAILS, ProposalFacts, ProposalHistory, ProposalParticipant, ProposalPlacement } from "../components/proposal-details.tsx";
import { AdvanceForm, AnswerForm, PlaceForm, WithdrawForm, type FormState } from "../components/proposal-forms.tsx";
import { advanceSteps, isOpenStatus, PIPELINE, placeableFrom } from "../../lib/proposal-status.ts";
import { placeInput, scheduleErrors } from "../../graphql/validation/proposal.ts";
import { today } from "../../lib/dates.ts";
import { requireUser } from "../utils/auth.server.ts";
import { clockOf } from "../utils/request.server.ts";
import { graphql, type ResultOf } from "../utils/graphql.ts";
import { fieldErrorsOf, queryGraphQL, runGraphQL, type Document } from "../utils/graphql.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Förslag: ${data?.proposal.participant?.displayName ?? "deltagare"} till ${data?.proposal.placement.title ?? "plats"} – Stegvis` },
];

export const PROPOSAL = graphql(
  `query ProposalDetail($id: ID!) { proposal(id: $id) { ...ProposalDetails assignment { ...ProposalAssignment } } }`,
  [PROPOSAL_DETAILS, PROPOSAL_ASSIGNMENT],
);
const SUPPORT_WORKERS = graphql(`query SupportWorkers { staff(role: SUPPORT_WORKER) { id name } }`);

const MUTATIONS = {
  answer: graphql(`mutation AnswerFromPage($input: AnswerProposalInput!) { answerProposal(input: $input) { id } }`),
  advance: graphql(`mutation AdvanceFromPage($input: AdvanceProposalInput!) { advanceProposal(input: $input) { id } }`),
  withdraw: graphql(`mutation WithdrawFromPage($id: ID!, $note: String) { withdrawProposal(proposalId: $id, note: $note) { id } }`),
  place: graphql(`mutation PlaceFromPage($input: PlaceParticipantInput!) { placeParticipant(input: $input) { id } }`),
  end: graphql(`mutation EndFromPage($input: EndAssignmentInput!) { endAssignment(input: $input) { id } }`),
} as const;
type Intent = keyof typeof MUTATIONS;

const DONE: Record<Intent, string> = {
  answer: "Tack! Ert svar är skickat till jobbcoachen.",
  advance: "Förslaget har flyttats till nästa steg.",
  withdraw: "Förslaget är tillbakadraget.",
  place: "Insatsen har startat. Platsen har en ledig plats mindre.",
  end: "Insatsen är avslutad. Platsen är ledig igen.",
};

type ProposalData = NonNullable<ResultOf<typeof PROPOSAL>["proposal"]>;

async function loadProposal(request: Request, id: string, context: unknown) {
  const { proposal } = await queryGraphQL(request, PROPOSAL, { id }, context);
  if (!proposal) throw new Response("Förslaget finns inte.", { status: 404 });
  return proposal;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request);
  const proposal = await loadProposal(request, params.id!, context);
  const canPlace = proposal.viewerIsCoach && (placeableFrom as readonly string[]).includes(proposal.status);
  const supportWorkers = canPlace ? (await queryGraphQL(request, SUPPORT_WORKERS)).staff : [];
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

export async function action({ request, params, context }: ActionFunctionArgs) {
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
      const checked = placeValues(form, await loadProposal(request, proposalId, context));
      if (!checked.input) return { intent, formError: "Något behöver rättas. Se felen vid varje fält.", fieldErrors: checked.fieldErrors, values, weekdays: checked.raw.weekdays };
      variables = { input: checked.input };
      break;
    }
  }
  // Variables straight from the form: strings where the schema has enums. The API checks them; the type makes no claim.
  const { errors } = await runGraphQL(request, MUTATIONS[intent] as Document, variables);
  if (errors.length) return { intent, formError: errors[0]!.message, fieldErrors: fieldErrorsOf(errors), values, weekdays: form.getAll("weekdays").map(String) };
  return redirect(`/forslag/${proposalId}?klart=${intent}`);
}

export default function ProposalPage() {
  const { proposal: p, supportWorkers, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = params.get("klart") as Intent | "foreslagen" | null;
  const formFor = (intent: Intent): FormState => ({
    errors: result?.intent === intent ? result.fieldErrors : NO_ERRORS,
    value: (name, fallback = "") => (result?.intent === intent ? (result.values[name] ?? fallback) : fallback),
  });
  const name = p.participant?.displayName ?? "Deltagaren";
  const open = isOpenStatus(p.status);
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

      <ProposalFacts proposal={p} />
      <ProposalPlacement proposal={p} />
      <ProposalParticipant proposal={p} name={name} />
      {p.viewerCanAnswer && <AnswerForm form={formFor("answer")} />}
      {p.viewerIsCoach && open && laterSteps.length > 0 && <AdvanceForm steps={laterSteps} form={formFor("advance")} />}
      {canPlace && (
        <PlaceForm
          proposal={p}
          supportWorkers={supportWorkers}
          today={today}
          chosenWeekdays={result?.intent === "place" ? result.weekdays : null}
          form={formFor("place")}
        />
      )}
      {p.viewerIsCoach && open && <WithdrawForm form={formFor("withdraw")} />}
      {p.assignment && <ProposalAssignment assignment={p.assignment} viewerIsCoach={p.viewerIsCoach} form={formFor("end")} />}
      <ProposalHistory proposal={p} />
    </section>
  );
}

const NO_ERRORS: Record<string, string> = {};

export function ErrorBoundary() {
  const back = { href: "/forslag", label: "Till alla förslag" };
  return (
    <ErrorPage
      texts={{
        notFound: { heading: "Förslaget finns inte", text: "Kontrollera adressen.", link: back },
        forbidden: { heading: "Du kan inte se förslaget", text: "Förslaget gäller inte din deltagare eller er arbetsplats.", link: back },
      }}
    />
  );
}
