// The monthly report pages' loader: the organisation's page and the coach's review page show the same report, with
// `?version=n` (one version as sent) or `?fran=a&till=b` (what changed between two).
import { MONTHLY_REPORT, VERSION_DETAIL, VERSION_DIFF, versionParams } from "../components/monthly-report.tsx";
import { graphql } from "./graphql.ts";
import { queryGraphQL } from "./graphql.server.ts";

export const MONTHLY_REPORT_PAGE = graphql(
  `query MonthlyReportPage($id: ID!, $version: Int!, $from: Int!, $to: Int!, $withVersion: Boolean!, $withDiff: Boolean!) {
    monthlyReport(id: $id) {
      ...MonthlyReportFields
      version(version: $version) @include(if: $withVersion) { ...VersionDetailFields }
      versionDiff(from: $from, to: $to) @include(if: $withDiff) { ...VersionDiffFields }
    }
  }`,
  [MONTHLY_REPORT, VERSION_DETAIL, VERSION_DIFF],
);

export async function loadReportPage(request: Request, assignmentId: string, month: string, loadContext: unknown) {
  const { version, from, to } = versionParams(request.url);
  const { monthlyReport } = await queryGraphQL(
    request,
    MONTHLY_REPORT_PAGE,
    { id: `${assignmentId}:${month}`, version: version ?? 0, from: from ?? 0, to: to ?? 0, withVersion: version !== null, withDiff: from !== null && to !== null },
    loadContext,
  );
  if (!monthlyReport) throw new Response("Rapporten finns inte.", { status: 404 });
  return monthlyReport;
}

