// /forslag/:id: one proposal. Both sides see the placement, the history with dates and notes, and how long the answer
// has taken. The organisation sees only the participant's consented fields and answers; the coach moves the proposal
// on, withdraws it, starts the assignment (insats) with an arbetsplan, and ends it.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "../components/error-page.tsx";
import { PROPOSAL_ASSIGNMENT, ProposalAssignment } from "../components/proposal-assignment.tsx";
import { PROPOSAL_DETAILS, ProposalFacts, ProposalHistory, ProposalParticipant, ProposalPlacement } from "../components/proposal-details.tsx";
import { AdvanceForm, AnswerForm, PlaceForm, WithdrawForm } from "../components/proposal-forms.tsx";
import { parseWithZod } from "@conform-to/zod/v4";
import { advanceSteps, isOpenStatus, PIPELINE, placeableFrom } from "../../lib/proposal-status.ts";
import { today } from "../../lib/dates.ts";
import type { FormDefinition } from "../forms/form.ts";
import { advanceForm, answerForm, endForm, placeForm, withdrawForm } from "../forms/proposal.ts";
import { apiErrorReply } from "../forms/reply.server.ts";
import { requireUser } from "../utils/auth.server.ts";
import { clockOf } from "../utils/request.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL, runGraphQL, type Document } from "../utils/graphql.server.ts";

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

export async function action({ request, params, context }: ActionFunctionArgs) {
  await requireUser(request);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "") as Intent;
  if (!(intent in MUTATIONS)) throw new Response("Okänd åtgärd", { status: 400 });
  const proposalId = params.id!;
  // Only starting the insats needs the proposal itself: its schedule must fit the placement's.
  const form: FormDefinition =
    intent === "place"
      ? placeForm(await loadProposal(request, proposalId, context))
      : { answer: answerForm(proposalId), advance: advanceForm(proposalId), withdraw: withdrawForm(proposalId), end: endForm }[intent];
  const submission = parseWithZod(formData, { schema: form.schema });
  if (submission.status !== "success") return { intent, result: submission.reply() };
  const input = submission.value as Record<string, unknown>;
  const variables = intent === "withdraw" ? { id: proposalId, note: input.note } : { input };
  // One table of mutations, so the variables are typed by the forms' schemas, not by each document.
  const { errors } = await runGraphQL(request, MUTATIONS[intent] as Document, variables, context);
  if (errors.length) return { intent, result: apiErrorReply(submission, errors, form) };
  return redirect(`/forslag/${proposalId}?klart=${intent}`);
}

export default function ProposalPage() {
  const { proposal: p, supportWorkers, today } = useLoaderData<typeof loader>();
  const sent = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = params.get("klart") as Intent | "foreslagen" | null;
  const resultOf = (intent: Intent) => (sent?.intent === intent ? sent.result : null);
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

      <ProposalFacts proposal={p} />
      <ProposalPlacement proposal={p} />
      <ProposalParticipant proposal={p} name={name} />
      {p.viewerCanAnswer && <AnswerForm proposalId={p.id} lastResult={resultOf("answer")} />}
      {p.viewerIsCoach && open && laterSteps.length > 0 && <AdvanceForm proposalId={p.id} steps={laterSteps} lastResult={resultOf("advance")} />}
      {canPlace && <PlaceForm proposal={p} supportWorkers={supportWorkers} today={today} lastResult={resultOf("place")} />}
      {p.viewerIsCoach && open && <WithdrawForm proposalId={p.id} lastResult={resultOf("withdraw")} />}
      {p.assignment && <ProposalAssignment assignment={p.assignment} viewerIsCoach={p.viewerIsCoach} lastResult={resultOf("end")} />}
      <ProposalHistory proposal={p} />
    </section>
  );
}

// Who gets a 404 here (coach, handledare, organisation) may open /forslag; a 403 leads to the start page.
export function ErrorBoundary() {
  const back = { href: "/forslag", label: "Till alla förslag" };
  return (
    <ErrorPage
      texts={{
        notFound: { heading: "Förslaget finns inte", text: "Kontrollera adressen.", link: back },
        forbidden: { heading: "Du kan inte se förslaget", text: "Förslaget gäller inte din deltagare eller er arbetsplats." },
      }}
    />
  );
}
