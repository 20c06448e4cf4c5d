import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PARTICIPANT_ROW, ParticipantList } from "../components/participant-list.tsx";
import { REPORT_ROW, ReportDeadlines, ReportsWaiting } from "../components/reports-waiting.tsx";
import { OVERDUE_TEXT, proposalStatusLabel, waitingText } from "../components/proposal-labels.tsx";
import { formatDayAndMonth } from "../../lib/dates.ts";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction = () => [{ title: "Mina deltagare – Stegvis" }];

const CASELOAD = graphql(`
  query Caseload {
    participants(first: 100) {
      totalCount
      edges { node { ...ParticipantRowFields nextStep } }
    }
    proposals(first: 100, open: true) {
      edges { node { id status daysWaiting overdue awaitingAnswer participant { id displayName } placement { id title organization { name } } } }
    }
    assignmentsStartingSoon { id startDate participant { id displayName } placement { id title organization { name } } }
    waitingReports: monthlyReports(filter: { waitingForReview: true }) { ...ReportRowFields }
    overdueReports: monthlyReports(filter: { overdue: true }) { ...ReportRowFields }
    dueSoonReports: monthlyReports(filter: { dueSoon: true }) { ...ReportRowFields }
  }
`, [PARTICIPANT_ROW, REPORT_ROW]);


export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, "COACH");
  const { participants, proposals, assignmentsStartingSoon, ...reports } = await queryGraphQL(request, CASELOAD, undefined, context);
  return {
    name: user.name,
    handedTo: new URL(request.url).searchParams.get("overlamnad"),
    totalCount: participants.totalCount,
    participants: participants.edges.map((e) => e.node),
    waiting: proposals.edges.map((e) => e.node),
    startingSoon: assignmentsStartingSoon,
    reports,
  };
}

export default function CoachStart() {
  const { name, handedTo, totalCount, participants, waiting, startingSoon, reports } = useLoaderData<typeof loader>();
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
      <p>
        <a href="/forslag">Se alla förslag</a>
      </p>
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

      <ReportsWaiting reports={reports.waitingReports} />
      <ReportDeadlines overdue={reports.overdueReports} dueSoon={reports.dueSoonReports} side="coach" />

      <h2>Börjar snart</h2>
      {startingSoon.length === 0 ? (
        <p>Ingen insats börjar de närmaste två veckorna.</p>
      ) : (
        <ul className="plain-list">
          {startingSoon.map((assignment) => (
            <li key={assignment.id}>
              {assignment.participant ? <a href={`/deltagare/${assignment.participant.id}`}>{assignment.participant.displayName}</a> : "En deltagare"} börjar{" "}
              {formatDayAndMonth(assignment.startDate)} på {assignment.placement.title} hos {assignment.placement.organization.name}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
