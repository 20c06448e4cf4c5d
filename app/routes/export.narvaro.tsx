// /export/narvaro: a monthly report (?rapport=<assignmentId>:<yyyy-mm>) or an organisation's month
// (?organisation=<id>&manad=<yyyy-mm>) as CSV (&format=csv, &habilitering=1 adds the habiliteringsersättning column)
// or PDF (&format=pdf), as a download. The API logs it as an export of participant data.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "../utils/auth.server.ts";
import { exportFileName, reportsCsv, reportsPdf } from "../utils/attendance-export.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL } from "../utils/graphql.server.ts";

export const ATTENDANCE_EXPORT = graphql(`
  query AttendanceExport($reportId: ID, $organizationId: ID, $month: String) {
    monthlyReportExport(reportId: $reportId, organizationId: $organizationId, month: $month) {
      month
      organization { name }
      reports {
        month status participantName placementTitle comment organization { name }
        assignment { workPlanGoals workPlanQuestions }
        totals { scheduledMinutes attendedMinutes absentMinutes attendanceRate absences { reason minutes } }
        days { date weekday kind holiday scheduledMinutes attendedMinutes absenceReason note habilitation }
        versions { version status authorName createdAt reviewedAt reviewer { name } }
      }
    }
  }
`);

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request);
  const params = new URL(request.url).searchParams;
  const format = params.get("format") === "pdf" ? "pdf" : "csv";
  const reportId = params.get("rapport");
  const { monthlyReportExport: exported } = await queryGraphQL(
    request,
    ATTENDANCE_EXPORT,
    reportId ? { reportId } : { organizationId: params.get("organisation"), month: params.get("manad") },
    context,
  );
  const subject = reportId && exported.reports[0] ? exported.reports[0].participantName : (exported.organization?.name ?? "organisation");
  const filename = exportFileName([subject, exported.month], format);
  const headers = { "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" };
  if (format === "pdf") {
    const pdf = await reportsPdf(exported.reports, { title: `Närvaro ${subject} ${exported.month}` });
    return new Response(new Uint8Array(pdf), { headers: { ...headers, "content-type": "application/pdf" } });
  }
  const csv = reportsCsv(exported.reports, { habilitation: params.get("habilitering") === "1" });
  return new Response(csv, { headers: { ...headers, "content-type": "text/csv; charset=utf-8" } });
}
