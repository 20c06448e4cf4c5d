// The parts of a monthly report page that the organisation's page and the coach's review page share: the totals, the
// month day by day, the arbetsplan beside the comment, the version history with a view of one version and of what
// changed between two, and the export links.
import type { ReactNode } from "react";
import { absenceLabel, HABILITATION_LABELS, hoursText, monthText, rateText } from "../../attendance/report.ts";
import { formatDate, formatDayAndMonth, formatMomentDate } from "../../lib/dates.ts";
import { weekdayLabel } from "../../lib/weekdays.ts";
import { graphql, type ResultOf } from "../utils/graphql.ts";
import { ErrorPage } from "./error-page.tsx";
import { plural } from "../../lib/plural.ts";

export const REPORT_DAY = graphql(`
  fragment ReportDayFields on ReportDay { date weekday kind holiday scheduledMinutes attendedMinutes absenceReason note missing habilitation }
`);

export const REPORT_TOTALS = graphql(`
  fragment ReportTotalsFields on AttendanceTotals { scheduledMinutes attendedMinutes absentMinutes attendanceRate absences { reason minutes } }
`);

export const MONTHLY_REPORT = graphql(
  `
  fragment MonthlyReportFields on MonthlyReport {
    id month status revision dueDate overdue dueSoon submittedAt submittedBy daysWaiting waitingLong comment missingDays
    participantId participantName participantCode placementTitle organization { id name }
    assignment { id workPlanGoals workPlanQuestions }
    viewerCanSubmit viewerCanAmend viewerCanReview
    totals { ...ReportTotalsFields }
    days { ...ReportDayFields }
    versions { version status comment amendmentReason authorName reviewComment createdAt reviewedAt reviewer { name } }
  }
`,
  [REPORT_TOTALS, REPORT_DAY],
);

export const VERSION_DETAIL = graphql(
  `
  fragment VersionDetailFields on MonthlyReportVersion {
    version status comment amendmentReason authorName reviewComment createdAt reviewedAt reviewer { name }
    totals { ...ReportTotalsFields }
    days { ...ReportDayFields }
  }
`,
  [REPORT_TOTALS, REPORT_DAY],
);

export const VERSION_DIFF = graphql(
  `
  fragment VersionDiffFields on MonthlyReportDiff {
    fromVersion toVersion commentBefore commentAfter
    days { date before { ...ReportDayFields } after { ...ReportDayFields } }
    totals { category label beforeMinutes afterMinutes }
  }
`,
  [REPORT_DAY],
);

export type ReportData = ResultOf<typeof MONTHLY_REPORT>;
type DayData = ResultOf<typeof REPORT_DAY>;
type TotalsData = ResultOf<typeof REPORT_TOTALS>;
export type VersionData = ResultOf<typeof VERSION_DETAIL>;
export type DiffData = ResultOf<typeof VERSION_DIFF>;

export const reportStatusLabel: Record<string, string> = {
  DRAFT: "Inte inskickad",
  SUBMITTED: "Inskickad, väntar på granskning",
  APPROVED: "Godkänd",
  RETURNED: "Tillbakaskickad",
};

const versionStatusLabel: Record<string, string> = { SUBMITTED: "Väntar på granskning", APPROVED: "Godkänd", RETURNED: "Tillbakaskickad" };

/** The report's state in one sentence, with its due date. */
export function ReportState({ report }: { report: ReportData }) {
  return (
    <dl className="facts-list">
      <div>
        <dt>Status</dt>
        <dd>
          {reportStatusLabel[report.status] ?? report.status}
          {report.overdue && <strong className="flag"> Försenad</strong>}
          {report.waitingLong && <strong className="flag"> Har väntat {plural(report.daysWaiting ?? 0, "dag", "dagar")}</strong>}
        </dd>
      </div>
      <div>
        <dt>Ska vara inskickad</dt>
        <dd>Senast {formatDate(report.dueDate)}</dd>
      </div>
      {report.submittedAt && (
        <div>
          <dt>Senast inskickad</dt>
          <dd>
            {formatMomentDate(report.submittedAt)}
            {report.submittedBy && ` av ${report.submittedBy}`}
          </dd>
        </div>
      )}
      <div>
        <dt>Plats</dt>
        <dd>
          {report.placementTitle}, {report.organization.name}
        </dd>
      </div>
    </dl>
  );
}

export function TotalsTable({ totals, caption }: { totals: TotalsData; caption: string }) {
  const absences = totals.absences.filter((a) => a.minutes > 0);
  return (
    <table className="table report-totals">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Vad</th>
          <th scope="col">Timmar</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Schemalagd tid</th>
          <td>{hoursText(totals.scheduledMinutes)}</td>
        </tr>
        <tr>
          <th scope="row">Närvarande</th>
          <td>{hoursText(totals.attendedMinutes)}</td>
        </tr>
        <tr>
          <th scope="row">Frånvaro totalt</th>
          <td>{hoursText(totals.absentMinutes)}</td>
        </tr>
        {absences.map((a) => (
          <tr key={a.reason}>
            <th scope="row">Frånvaro: {absenceLabel(a.reason).toLowerCase()}</th>
            <td>{hoursText(a.minutes)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">Närvaro i procent</th>
          <td>{rateText(totals.attendanceRate)}</td>
        </tr>
      </tbody>
    </table>
  );
}

const kindText: Record<string, string> = { HOLIDAY: "Helgdag", FREE: "Ledig dag", OUTSIDE: "Utanför insatsen" };

function dayStatus(day: DayData): ReactNode {
  if (day.missing) return <strong className="flag">Saknas</strong>;
  if (day.attendedMinutes === null) return day.holiday ? `Helgdag: ${day.holiday}` : (kindText[day.kind] ?? "");
  return day.absenceReason ? absenceLabel(day.absenceReason) : "";
}

/** The month day by day. Days without schedule or record are shown small, so the working days stand out. */
export function DaysTable({ days, caption, habilitation = false }: { days: readonly DayData[]; caption: string; habilitation?: boolean }) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table report-days">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Datum</th>
            <th scope="col">Schema (timmar)</th>
            <th scope="col">Närvaro (timmar)</th>
            <th scope="col">Frånvaro eller dag</th>
            <th scope="col">Anteckning</th>
            {habilitation && <th scope="col">Habersättning</th>}
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.date} className={day.kind === "SCHEDULED" || day.attendedMinutes !== null ? undefined : "quiet-row"}>
              <th scope="row">
                {weekdayLabel(day.weekday).slice(0, 3)} {formatDayAndMonth(day.date)}
              </th>
              <td>{day.scheduledMinutes ? hoursText(day.scheduledMinutes) : ""}</td>
              <td>{day.attendedMinutes === null ? "" : hoursText(day.attendedMinutes)}</td>
              <td>{dayStatus(day)}</td>
              <td>{day.note}</td>
              {habilitation && <td>{day.habilitation ? HABILITATION_LABELS[day.habilitation] : ""}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The arbetsplan's goals and questions, shown beside whatever the comment box is. */
export function WorkPlan({ goals, questions }: { goals: string | null; questions: string | null }) {
  return (
    <aside className="card work-plan" aria-labelledby="work-plan-heading">
      <h3 id="work-plan-heading">Arbetsplanen</h3>
      <h4>Mål</h4>
      <p>{goals || "Inga mål är skrivna."}</p>
      <h4>Frågor som arbetsträningen ska svara på</h4>
      <p>{questions || "Inga frågor är skrivna."}</p>
    </aside>
  );
}

/** Every version, with a link to each and a plain GET form that compares two (works without JavaScript). */
export function VersionHistory({ report, basePath }: { report: ReportData; basePath: string }) {
  if (report.versions.length === 0) return <p>Rapporten har inte skickats in än.</p>;
  const last = report.versions[report.versions.length - 1]!.version;
  return (
    <>
      <ol className="plain-list version-list">
        {report.versions.map((v) => (
          <li key={v.version}>
            <a href={`${basePath}?version=${v.version}`}>Version {v.version}</a>: inskickad {formatMomentDate(v.createdAt)} av {v.authorName}.{" "}
            {versionStatusLabel[v.status] ?? v.status}
            {v.reviewedAt && ` ${formatMomentDate(v.reviewedAt)}${v.reviewer ? ` av ${v.reviewer.name}` : ""}`}.
            {v.amendmentReason && <span className="note">Rättelse: {v.amendmentReason}</span>}
            {v.reviewComment && <span className="note">Jobbcoachens kommentar: {v.reviewComment}</span>}
          </li>
        ))}
      </ol>
      {report.versions.length > 1 && (
        <form method="get" action={basePath} className="compare-form">
          <VersionSelect name="fran" label="Jämför version" versions={report.versions} chosen={last - 1} />
          <VersionSelect name="till" label="med version" versions={report.versions} chosen={last} />
          <button type="submit" className="button secondary">
            Visa ändringar
          </button>
        </form>
      )}
    </>
  );
}

function VersionSelect({ name, label, versions, chosen }: { name: string; label: string; versions: readonly { version: number }[]; chosen: number }) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={String(chosen)}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            {v.version}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One version exactly as it was sent. */
export function VersionView({ version, basePath }: { version: VersionData; basePath: string }) {
  return (
    <section className="card version-view" aria-labelledby="version-heading">
      <h2 id="version-heading">Version {version.version}, inskickad {formatMomentDate(version.createdAt)}</h2>
      <p>
        <a href={basePath}>Stäng versionen</a>
      </p>
      <p>
        {versionStatusLabel[version.status] ?? version.status}. Inskickad av {version.authorName}.
      </p>
      {version.amendmentReason && <p>Rättelse: {version.amendmentReason}</p>}
      {version.reviewComment && <p>Jobbcoachens kommentar: {version.reviewComment}</p>}
      <h3>Kommentar om arbetsplanen</h3>
      <p className="preserve-lines">{version.comment}</p>
      <TotalsTable totals={version.totals} caption={`Summor i version ${version.version}`} />
      <DaysTable days={version.days} caption={`Dagarna i version ${version.version}`} />
    </section>
  );
}

const dayText = (day: DayData | null) =>
  day === null || day.attendedMinutes === null
    ? "Inget ifyllt"
    : `${hoursText(day.attendedMinutes)} h${day.absenceReason ? `, ${absenceLabel(day.absenceReason).toLowerCase()}` : ""}${day.note ? `, ”${day.note}”` : ""}`;

/** What changed between two versions: the days, the totals and the comment. */
export function VersionDiffView({ diff, basePath }: { diff: DiffData; basePath: string }) {
  return (
    <section className="card version-view" aria-labelledby="diff-heading">
      <h2 id="diff-heading">
        Ändringar från version {diff.fromVersion} till version {diff.toVersion}
      </h2>
      <p>
        <a href={basePath}>Stäng jämförelsen</a>
      </p>
      {diff.days.length === 0 && diff.totals.length === 0 && diff.commentBefore === diff.commentAfter ? (
        <p>Versionerna är lika.</p>
      ) : (
        <>
          {diff.days.length > 0 && (
            <CompareTable
              caption="Dagar som ändrades"
              first="Datum"
              diff={diff}
              rows={diff.days.map((c) => ({ key: c.date, label: formatDayAndMonth(c.date), before: dayText(c.before), after: dayText(c.after) }))}
            />
          )}
          {diff.totals.length > 0 && (
            <CompareTable
              caption="Summor som ändrades (timmar)"
              first="Vad"
              diff={diff}
              rows={diff.totals.map((c) => ({ key: c.category, label: c.label, before: hoursText(c.beforeMinutes), after: hoursText(c.afterMinutes) }))}
            />
          )}
          {diff.commentBefore !== diff.commentAfter && (
            <>
              <h3>Kommentaren ändrades</h3>
              <p>Förut: {diff.commentBefore || "(tom)"}</p>
              <p>Nu: {diff.commentAfter || "(tom)"}</p>
            </>
          )}
        </>
      )}
    </section>
  );
}

function CompareTable({ caption, first, diff, rows }: { caption: string; first: string; diff: DiffData; rows: { key: string; label: string; before: string; after: string }[] }) {
  return (
    <table className="table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">Version {diff.fromVersion}</th>
          <th scope="col">Version {diff.toVersion}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{row.before}</td>
            <td>{row.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The report pages' 404 and 403, with where to go back to. */
export function ReportErrorBoundary({ back, forbidden }: { back: { href: string; label: string }; forbidden: string }) {
  return (
    <ErrorPage
      texts={{
        notFound: { heading: "Rapporten finns inte", text: "Kontrollera adressen.", link: back },
        forbidden: { heading: "Du kan inte se rapporten", text: forbidden, link: back },
      }}
    />
  );
}

/** Links to the report's CSV and PDF (downloads; each is logged as an export). */
export function ExportLinks({ query, what }: { query: string; what: string }) {
  return (
    <ul className="plain-list export-links" aria-label={`Ladda ner ${what}`}>
      <li>
        <a href={`/export/narvaro?${query}&format=csv`} download>
          Ladda ner {what} som CSV (Excel)
        </a>
      </li>
      <li>
        <a href={`/export/narvaro?${query}&format=csv&habilitering=1`} download>
          CSV med habiliteringsersättning per dag
        </a>
      </li>
      <li>
        <a href={`/export/narvaro?${query}&format=pdf`} download>
          Ladda ner {what} som PDF (för utskrift)
        </a>
      </li>
    </ul>
  );
}

/** The report's heading line: who and which month. */
export const reportTitle = (report: { participantName: string; month: string }) => `Närvaro för ${report.participantName}, ${monthText(report.month)}`;

/** Reads `?version=n` and `?fran=a&till=b` from a report page's URL. */
export function versionParams(url: string): { version: number | null; from: number | null; to: number | null } {
  const params = new URL(url).searchParams;
  const int = (name: string) => (/^\d{1,4}$/.test(params.get(name) ?? "") ? Number(params.get(name)) : null);
  return { version: int("version"), from: int("fran"), to: int("till") };
}
