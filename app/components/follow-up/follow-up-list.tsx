import { formatDate } from "../../../lib/dates.ts";
import { graphql, type ResultOf } from "../../utils/graphql.ts";
import { hoursAndMinutes, intervalLabel, phaseLabel } from "./labels.ts";
import { plural } from "../../../lib/plural.ts";

/** The handledare's list, overdue first: the start page spreads this fragment. */
export const FOLLOW_UP_OVERVIEW = graphql(`
  fragment FollowUpOverviewFields on FollowUpOverview {
    today followAlongMonths
    intervals { key days }
    rows {
      participant { id displayName code }
      sePhase followingAlong followAlongUntil lastFollowUpDate nextDate dueDate intervalDays overdue overdueReason daysOverdue
      placementTitle organizationName
      attendanceThisMonth { scheduledMinutes attendedMinutes days }
      openActions { id description owner dueDate }
    }
    notStarted { id displayName code }
  }
`);

type Overview = ResultOf<typeof FOLLOW_UP_OVERVIEW>;
type Row = Overview["rows"][number];

function overdueText(row: Row): string {
  const days = plural(row.daysOverdue, "dag", "dagar");
  return row.overdueReason === "NEXT_DATE_PASSED" ? `Försenad ${days}: planerat datum har passerat` : `Försenad ${days}: längre än ${plural(row.intervalDays, "dag", "dagar")} sedan uppföljning`;
}

function Attendance({ row }: { row: Row }) {
  const a = row.attendanceThisMonth;
  if (!a) return <>Ingen närvaro rapporterad</>;
  const share = a.scheduledMinutes ? Math.round((100 * a.attendedMinutes) / a.scheduledMinutes) : 0;
  return (
    <>
      {share} % ({hoursAndMinutes(a.attendedMinutes)} av {hoursAndMinutes(a.scheduledMinutes)})
    </>
  );
}

/** One card per person (a table would not fit a phone): overdue people first, each with its links. */
export function FollowUpList({ overview }: { overview: Overview }) {
  const overdue = overview.rows.filter((r) => r.overdue);
  return (
    <section aria-labelledby="follow-up-list-title">
      <h2 id="follow-up-list-title">Mina deltagare</h2>
      <p role="status" className={overdue.length ? "notice overdue-summary" : "overdue-summary"}>
        {overdue.length === 0
          ? "Ingen är försenad. Bra jobbat!"
          : `${overdue.length} ${overdue.length === 1 ? "person behöver" : "personer behöver"} en uppföljning nu: de står först.`}
      </p>
      {overview.rows.length === 0 ? (
        <p>Du följer inte upp någon i Supported Employment just nu.</p>
      ) : (
        <ol className="follow-up-list">
          {overview.rows.map((row) => (
            <li key={row.participant.id} className={row.overdue ? "follow-up-card overdue" : "follow-up-card"} data-participant={row.participant.id}>
              <h3>
                <a href={`/deltagare/${row.participant.id}/uppfoljning`}>
                  {row.participant.displayName} <span className="code">{row.participant.code}</span>
                </a>
              </h3>
              {row.overdue && <p className="overdue-flag">{overdueText(row)}</p>}
              <dl className="facts-list compact">
                <div>
                  <dt>Fas</dt>
                  <dd>{row.followingAlong ? `Följs efter arbete eller studier${row.followAlongUntil ? ` till ${formatDate(row.followAlongUntil)}` : ""}` : phaseLabel[row.sePhase]}</dd>
                </div>
                <div>
                  <dt>Plats</dt>
                  <dd>{row.placementTitle ? `${row.placementTitle}, ${row.organizationName}` : "Ingen plats just nu"}</dd>
                </div>
                <div>
                  <dt>Senaste uppföljning</dt>
                  <dd>{row.lastFollowUpDate ? formatDate(row.lastFollowUpDate) : "Ingen ännu"}</dd>
                </div>
                <div>
                  <dt>Nästa</dt>
                  <dd>
                    {row.nextDate ? `Planerad ${formatDate(row.nextDate)}` : "Inget datum planerat"}
                    {row.dueDate !== row.nextDate && `; senast ${formatDate(row.dueDate)}`}
                  </dd>
                </div>
                <div>
                  <dt>Närvaro den här månaden</dt>
                  <dd>
                    <Attendance row={row} />
                  </dd>
                </div>
                <div>
                  <dt>Öppna överenskommelser</dt>
                  <dd>
                    {row.openActions.length === 0 ? (
                      "Inga"
                    ) : (
                      <ul>
                        {row.openActions.map((a) => (
                          <li key={a.id}>
                            {a.description} ({formatDate(a.dueDate)})
                          </li>
                        ))}
                      </ul>
                    )}
                  </dd>
                </div>
              </dl>
              <p className="button-row">
                <a className="button" href={`/deltagare/${row.participant.id}/uppfoljning/ny`}>
                  Ny uppföljning<span className="visually-hidden"> med {row.participant.displayName}</span>
                </a>
                <a href={`/deltagare/${row.participant.id}/steg`}>
                  Stegförflyttning<span className="visually-hidden"> för {row.participant.displayName}</span>
                </a>
              </p>
            </li>
          ))}
        </ol>
      )}
      <details className="intervals">
        <summary>När räknas någon som försenad?</summary>
        <p>
          När det planerade datumet har passerat, eller när det har gått längre tid sedan förra uppföljningen (eller sedan stödet började) än fasen
          säger. Efter arbete eller studier följer du personen i {plural(overview.followAlongMonths, "månad", "månader")}.
        </p>
        <ul>
          {overview.intervals.map((i) => (
            <li key={i.key}>
              {intervalLabel[i.key] ?? i.key}: var {i.days}:e dag
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** People the handledare is assigned to whose Supported Employment has not started yet. */
export function NotStartedList({ participants }: { participants: Overview["notStarted"] }) {
  if (!participants.length) return null;
  return (
    <section aria-labelledby="not-started-title">
      <h2 id="not-started-title">Stödet har inte börjat</h2>
      <p>Du är handledare för de här personerna. Börja med en överenskommelse (fas 1) när ni ses.</p>
      <ul>
        {participants.map((p) => (
          <li key={p.id}>
            <a href={`/deltagare/${p.id}/uppfoljning`}>
              {p.displayName} <span className="code">{p.code}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
