// /organisation/rapporter/:yyyy-mm: every monthly report of the organisation's month: status, hours, what is missing;
// submit them all at once (one transaction: all or none) and download the month as CSV or PDF.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { hoursText, monthText, rateText } from "../../attendance/report.ts";
import { isYearMonth } from "../../attendance/month.ts";
import { addMonths, formatDate } from "../../lib/dates.ts";
import { ExportLinks, reportStatusLabel } from "../components/monthly-report.tsx";
import reportStyles from "../reports.css";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL, runGraphQL } from "../utils/graphql.server.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Månadsrapporter ${data ? monthText(data.month) : ""} – Stegvis` }];

const MONTH_REPORTS = graphql(`
  query OrganizationMonthReports {
    me { organizations { id name } }
  }
`);
const REPORTS_OF = graphql(`
  query ReportsOfOrganizationMonth($organizationId: ID!, $month: String!) {
    monthlyReports(filter: { organizationId: $organizationId, month: $month }) {
      id month status overdue dueDate missingDays comment participantName placementTitle assignment { id }
      totals { scheduledMinutes attendedMinutes attendanceRate }
    }
  }
`);
const SUBMIT_ALL = graphql(`mutation SubmitAllReports($organizationId: ID!, $month: String!) { submitMonthlyReports(organizationId: $organizationId, month: $month) { id } }`);

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request, "ORG_MEMBER");
  const month = params.month!;
  if (!isYearMonth(month)) throw new Response("Månaden finns inte.", { status: 404 });
  const { me } = await queryGraphQL(request, MONTH_REPORTS, undefined, context);
  const organizations = await Promise.all(
    (me?.organizations ?? []).map(async (organization) => ({
      ...organization,
      reports: (await queryGraphQL(request, REPORTS_OF, { organizationId: organization.id, month }, context)).monthlyReports,
    })),
  );
  return { month, organizations };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireUser(request, "ORG_MEMBER");
  const form = await request.formData();
  const organizationId = String(form.get("organizationId") ?? "");
  const { errors } = await runGraphQL(request, SUBMIT_ALL, { organizationId, month: params.month! });
  if (errors.length) return { organizationId, error: errors[0]!.message };
  throw redirect(`/organisation/rapporter/${params.month}?klart=alla`);
}

export default function OrganizationMonthReports() {
  const { month, organizations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const first = `${month}-01`;
  return (
    <section className="report-page">
      <p className="breadcrumb">
        <a href="/organisation">Till er startsida</a>
      </p>
      <h1>Månadsrapporter för {monthText(month)}</h1>
      {params.get("klart") === "alla" && (
        <p className="notice" role="status">
          Tack! Alla rapporter för månaden är inskickade.
        </p>
      )}
      <nav aria-label="Andra månader" className="button-row">
        <a href={`/organisation/rapporter/${addMonths(first, -1).slice(0, 7)}`}>Föregående månad</a>
        <a href={`/organisation/rapporter/${addMonths(first, 1).slice(0, 7)}`}>Nästa månad</a>
        <a href={`/organisation/narvaro/${month}`}>Fyll i närvaro för {monthText(month)}</a>
      </nav>
      {organizations.map((organization) => {
        const open = organization.reports.filter((r) => r.status === "DRAFT" || r.status === "RETURNED");
        return (
          <section key={organization.id} aria-labelledby={`org-${organization.id}`}>
            <h2 id={`org-${organization.id}`}>{organization.name}</h2>
            {organization.reports.length === 0 ? (
              <p>Ingen deltagare var placerad hos er den här månaden.</p>
            ) : (
              <>
                <p>Rapporterna ska vara inskickade senast {formatDate(organization.reports[0]!.dueDate)}.</p>
                <div className="table-scroll" role="region" aria-label={`Rapporter för ${monthText(month)}`} tabIndex={0}>
                  <table className="table">
                    <caption className="visually-hidden">Rapporter för {monthText(month)}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Deltagare</th>
                        <th scope="col">Plats</th>
                        <th scope="col">Status</th>
                        <th scope="col">Närvaro (timmar)</th>
                        <th scope="col">Att göra</th>
                      </tr>
                    </thead>
                    <tbody>
                      {organization.reports.map((r) => (
                        <tr key={r.id}>
                          <th scope="row">
                            <a href={`/organisation/rapporter/${month}/${r.assignment.id}`}>{r.participantName}</a>
                          </th>
                          <td>{r.placementTitle}</td>
                          <td>
                            {reportStatusLabel[r.status] ?? r.status}
                            {r.overdue && <strong className="flag"> Försenad</strong>}
                          </td>
                          <td>
                            {hoursText(r.totals.attendedMinutes)} av {hoursText(r.totals.scheduledMinutes)} ({rateText(r.totals.attendanceRate)})
                          </td>
                          <td>{todo(r)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {open.length > 0 && (
                  <Form method="post" className="stack">
                    <input type="hidden" name="organizationId" value={organization.id} />
                    {result?.organizationId === organization.id && (
                      <p className="form-error" role="alert">
                        {result.error}
                      </p>
                    )}
                    <button type="submit" className="button">
                      {open.length === 1 ? "Skicka in rapporten" : `Skicka in alla ${open.length} rapporter`}
                    </button>
                  </Form>
                )}
                <h3>Ladda ner hela månaden</h3>
                <ExportLinks query={`organisation=${encodeURIComponent(organization.id)}&manad=${month}`} what="månaden" />
              </>
            )}
          </section>
        );
      })}
    </section>
  );
}

function todo(r: { status: string; missingDays: readonly string[]; comment: string }): string {
  if (r.status !== "DRAFT" && r.status !== "RETURNED") return "–";
  const parts = [];
  if (r.missingDays.length) parts.push(r.missingDays.length === 1 ? "1 dag saknas" : `${r.missingDays.length} dagar saknas`);
  if (!r.comment.trim()) parts.push("skriv kommentar");
  return parts.length ? parts.join(", ") : "Klar att skicka in";
}

export { ErrorBoundary } from "../components/error-page.tsx";
