import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ParticipantList, type ParticipantRow } from "../components/participant-list.tsx";
import { OVERDUE_TEXT, proposalStatusLabel, waitingText } from "../components/proposal-labels.tsx";
import { daysBetween, formatDayAndMonth, today } from "../../lib/dates.ts";
import { requireUser } from "../utils/auth.server.ts";
import { queryGraphQL } from "../utils/graphql.server.ts";
import { clockOf } from "../utils/request.server.ts";

export const meta: MetaFunction = () => [{ title: "Mina deltagare – Stegvis" }];

const CASELOAD = /* GraphQL */ `
  query Caseload {
    participants(first: 100) {
      totalCount
      edges {
        node {
          id code displayName stage nextStep
          assignments { id status startDate placement { id title organization { name } } }
        }
      }
    }
    proposals(first: 100) {
      edges { node { id status daysWaiting overdue awaitingAnswer participant { id displayName } placement { id title organization { name } } } }
    }
  }
`;

interface CaseloadRow extends ParticipantRow {
  assignments: { id: string; status: string; startDate: string; placement: { id: string; title: string; organization: { name: string } } }[];
}

interface ProposalRow {
  id: string;
  status: string;
  daysWaiting: number;
  overdue: boolean;
  awaitingAnswer: boolean;
  participant: { id: string; displayName: string } | null;
  placement: { id: string; title: string; organization: { name: string } };
}

interface CaseloadData {
  participants: { totalCount: number; edges: { node: CaseloadRow }[] };
  proposals: { edges: { node: ProposalRow }[] };
}

const OPEN_PROPOSALS = ["SUGGESTED", "CONTACTED", "VISIT", "TRIAL"];
const SOON_DAYS = 14;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, "COACH");
  const { participants, proposals } = await queryGraphQL<CaseloadData>(request, CASELOAD);
  const handedTo = new URL(request.url).searchParams.get("overlamnad");
  const people = participants.edges.map((e) => e.node);
  const day = today(clockOf(context));
  const startingSoon = people.flatMap((person) =>
    person.assignments
      .filter((a) => a.status === "ACTIVE" && daysBetween(day, a.startDate) >= 0 && daysBetween(day, a.startDate) <= SOON_DAYS)
      .map((a) => ({ ...a, participant: { id: person.id, displayName: person.displayName } })),
  );
  return {
    name: user.name,
    handedTo,
    totalCount: participants.totalCount,
    participants: people,
    waiting: proposals.edges.map((e) => e.node).filter((p) => OPEN_PROPOSALS.includes(p.status)),
    startingSoon,
  };
}

export default function CoachStart() {
  const { name, handedTo, totalCount, participants, waiting, startingSoon } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>Mina deltagare</h1>
      {handedTo && (
        <p className="notice" role="status">
          Deltagaren är överlämnad till {handedTo}.
        </p>
      )}
      <p>
        Hej {name}! Du har {totalCount} deltagare.
      </p>
      <p>
        <a className="button" href="/deltagare/ny">
          Ny deltagare
        </a>
      </p>
      <ParticipantList participants={participants} empty="Du har inga deltagare ännu." linked />

      <h2>Förslag som väntar</h2>
      {waiting.length === 0 ? (
        <p>Inga förslag väntar just nu.</p>
      ) : (
        <ul className="plain-list">
          {waiting.map((proposal) => (
            <li key={proposal.id}>
              <a href={`/forslag/${proposal.id}`}>
                {proposal.participant?.displayName ?? "Deltagare"} till {proposal.placement.title}
              </a>{" "}
              hos {proposal.placement.organization.name}.{" "}
              {proposal.awaitingAnswer ? `${waitingText(proposal)}.` : `Steg: ${proposalStatusLabel[proposal.status] ?? proposal.status}.`}
              {proposal.overdue && <strong className="flag"> {OVERDUE_TEXT}.</strong>}
            </li>
          ))}
        </ul>
      )}

      <h2>Börjar snart</h2>
      {startingSoon.length === 0 ? (
        <p>Ingen insats börjar de närmaste två veckorna.</p>
      ) : (
        <ul className="plain-list">
          {startingSoon.map((assignment) => (
            <li key={assignment.id}>
              <a href={`/deltagare/${assignment.participant.id}`}>{assignment.participant.displayName}</a> börjar{" "}
              {formatDayAndMonth(assignment.startDate)} på {assignment.placement.title} hos {assignment.placement.organization.name}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
