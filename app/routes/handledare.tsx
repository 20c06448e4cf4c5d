import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { REPORT_ROW, ReportDeadlines, ReportsWaiting } from "../components/reports-waiting.tsx";
import { PARTICIPANT_ROW, ParticipantList } from "../components/participant-list.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction = () => [{ title: "Uppföljning – Stegvis" }];

const FOLLOWED = graphql(`
  query Followed {
    participants(first: 100) { totalCount edges { node { ...ParticipantRowFields } } }
    waitingReports: monthlyReports(filter: { waitingForReview: true }) { ...ReportRowFields }
    overdueReports: monthlyReports(filter: { overdue: true }) { ...ReportRowFields }
    dueSoonReports: monthlyReports(filter: { dueSoon: true }) { ...ReportRowFields }
  }
`, [PARTICIPANT_ROW, REPORT_ROW]);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "SUPPORT_WORKER");
  const { participants, ...reports } = await queryGraphQL(request, FOLLOWED);
  return { name: user.name, participants: participants.edges.map((e) => e.node), reports };
}

export default function SupportWorkerStart() {
  const { name, participants, reports } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>Deltagare jag följer upp</h1>
      <p>Hej {name}! Här är de deltagare du är handledare för.</p>
      <ParticipantList participants={participants} empty="Du följer inte upp någon deltagare just nu." />
      <ReportsWaiting reports={reports.waitingReports} readOnly />
      <ReportDeadlines overdue={reports.overdueReports} dueSoon={reports.dueSoonReports} side="coach" />
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
