// A participant's attendance month by month on the profile: each month's hours, rate and the report's state.
import { hoursText, monthText, rateText } from "../../attendance/report.ts";
import { graphql, type ResultOf } from "../utils/graphql.ts";
import { reportStatusLabel } from "./monthly-report.tsx";

export const ATTENDANCE_MONTH = graphql(`
  fragment AttendanceMonthFields on MonthlyReport {
    id month status overdue placementTitle assignment { id }
    totals { scheduledMinutes attendedMinutes absentMinutes attendanceRate }
  }
`);

export function ParticipantAttendance({ reports }: { reports: readonly ResultOf<typeof ATTENDANCE_MONTH>[] }) {
  if (reports.length === 0) return <p>Ingen närvaro är rapporterad.</p>;
  return (
    <div className="table-scroll" role="region" aria-label="Närvaro månad för månad" tabIndex={0}>
      <table className="table">
        <caption className="visually-hidden">Närvaro månad för månad</caption>
        <thead>
          <tr>
            <th scope="col">Månad</th>
            <th scope="col">Plats</th>
            <th scope="col">Närvaro (timmar)</th>
            <th scope="col">Frånvaro (timmar)</th>
            <th scope="col">Närvaro i procent</th>
            <th scope="col">Rapport</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <a href={`/rapporter/${r.month}/${r.assignment.id}`}>{monthText(r.month)}</a>
              </th>
              <td>{r.placementTitle}</td>
              <td>
                {hoursText(r.totals.attendedMinutes)} av {hoursText(r.totals.scheduledMinutes)}
              </td>
              <td>{hoursText(r.totals.absentMinutes)}</td>
              <td>{rateText(r.totals.attendanceRate)}</td>
              <td>
                {reportStatusLabel[r.status] ?? r.status}
                {r.overdue && <strong className="flag"> Försenad</strong>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
