import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import followUpStyles from "../components/follow-up/follow-up.css";
import { FOLLOW_UP_OVERVIEW, FollowUpList, NotStartedList } from "../components/follow-up/follow-up-list.tsx";
import { REPORT_ROW, ReportDeadlines, ReportsWaiting } from "../components/reports-waiting.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction = () => [{ title: "Uppföljning – Stegvis" }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: followUpStyles }];

const START = graphql(`
  query SupportWorkerStart {
    followUpOverview { ...FollowUpOverviewFields }
    waitingReports: monthlyReports(filter: { waitingForReview: true }) { ...ReportRowFields }
    overdueReports: monthlyReports(filter: { overdue: true }) { ...ReportRowFields }
    dueSoonReports: monthlyReports(filter: { dueSoon: true }) { ...ReportRowFields }
  }
`, [FOLLOW_UP_OVERVIEW, REPORT_ROW]);

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, "SUPPORT_WORKER");
  const { followUpOverview, ...reports } = await queryGraphQL(request, START, {}, context);
  return { name: user.name, overview: followUpOverview, reports };
}

export default function SupportWorkerStart() {
  const { name, overview, reports } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>Deltagare jag följer upp</h1>
      <p>Hej {name}! Här är alla du följer upp, de som behöver en uppföljning nu först.</p>
      <FollowUpList overview={overview} />
      <NotStartedList participants={overview.notStarted} />
      <ReportsWaiting reports={reports.waitingReports} readOnly />
      <ReportDeadlines overdue={reports.overdueReports} dueSoon={reports.dueSoonReports} side="coach" />
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
