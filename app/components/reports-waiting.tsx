// Monthly reports on the start pages: waiting for the coach's review (oldest first; more than five days stands out),
// late ones, and ones due soon. The coach reviews, the handledare reads, the organisation sends.
import { monthText } from "../../attendance/report.ts";
import { addMonths, formatDayAndMonth } from "../../lib/dates.ts";
import { graphql, type ResultOf } from "../utils/graphql.ts";
import { plural } from "../../lib/plural.ts";

export const REPORT_ROW = graphql(`
  fragment ReportRowFields on MonthlyReport {
    id month status dueDate overdue daysWaiting waitingLong participantName placementTitle organization { name } assignment { id }
  }
`);

type ReportRow = ResultOf<typeof REPORT_ROW>;
export type ReportSide = "coach" | "organisation";

export const reportPath = (report: ReportRow, side: ReportSide) =>
  side === "coach" ? `/rapporter/${report.month}/${report.assignment.id}` : `/organisation/rapporter/${report.month}/${report.assignment.id}`;

const waitedText = (days: number | null) => (days === null ? "" : days === 0 ? "inskickad i dag" : `har väntat ${plural(days, "dag", "dagar")}`);

/** "Rapporter att granska": the coach's to review, the handledare's to read. */
export function ReportsWaiting({ reports, readOnly = false }: { reports: readonly ReportRow[]; readOnly?: boolean }) {
  return (
    <section aria-labelledby="reports-waiting-heading">
      <h2 id="reports-waiting-heading">Rapporter att granska</h2>
      {readOnly && <p>Jobbcoachen godkänner rapporterna. Du kan läsa dem.</p>}
      {reports.length === 0 ? (
        <p>Inga månadsrapporter väntar på granskning.</p>
      ) : (
        <ul className="plain-list">
          {reports.map((report) => (
            <li key={report.id}>
              <a href={reportPath(report, "coach")}>
                {report.participantName}, {monthText(report.month)}
              </a>{" "}
              från {report.organization.name}, {waitedText(report.daysWaiting)}.
              {report.waitingLong && <strong className="flag"> Har väntat mer än fem dagar.</strong>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Late reports and reports due soon (the 7th of the next month). */
export function ReportDeadlines({ overdue, dueSoon, side }: { overdue: readonly ReportRow[]; dueSoon: readonly ReportRow[]; side: ReportSide }) {
  if (overdue.length === 0 && dueSoon.length === 0) {
    return (
      <section aria-labelledby="report-deadlines-heading">
        <h2 id="report-deadlines-heading">Månadsrapporter</h2>
        <p>Inga månadsrapporter är sena eller ska skickas in snart.</p>
      </section>
    );
  }
  const row = (report: ReportRow) => (
    <li key={report.id}>
      <a href={reportPath(report, side)}>
        {report.participantName}, {monthText(report.month)}
      </a>
      {side === "coach" ? ` från ${report.organization.name}` : ` (${report.placementTitle})`}: senast {formatDayAndMonth(report.dueDate)}.
      {report.overdue && <strong className="flag"> Försenad.</strong>}
    </li>
  );
  return (
    <section aria-labelledby="report-deadlines-heading">
      <h2 id="report-deadlines-heading">Månadsrapporter</h2>
      {overdue.length > 0 && (
        <>
          <h3>Sena rapporter</h3>
          <ul className="plain-list">{overdue.map(row)}</ul>
        </>
      )}
      {dueSoon.length > 0 && (
        <>
          <h3>Ska skickas in snart</h3>
          <ul className="plain-list">{dueSoon.map(row)}</ul>
        </>
      )}
    </section>
  );
}

/** The organisation's start page: late and due reports, and the way to last month's and this month's reports. */
export function OrganizationReports({ overdueReports, dueSoonReports, today }: { overdueReports: readonly ReportRow[]; dueSoonReports: readonly ReportRow[]; today: string }) {
  const thisMonth = today.slice(0, 7);
  const lastMonth = addMonths(`${thisMonth}-01`, -1).slice(0, 7);
  return (
    <>
      <ReportDeadlines overdue={overdueReports} dueSoon={dueSoonReports} side="organisation" />
      <p className="button-row">
        <a href={`/organisation/rapporter/${lastMonth}`}>Månadsrapporter för {monthText(lastMonth)}</a>
        <a href={`/organisation/rapporter/${thisMonth}`}>Månadsrapporter för {monthText(thisMonth)}</a>
      </p>
    </>
  );
}
