// /organisation: the organisation member's start page: their placements with status, free spots and what needs doing.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { OrganizationReports, REPORT_ROW } from "../components/reports-waiting.tsx";
import { PLACED_HERE, PlacedHere } from "../components/placed-here.tsx";
import { freeSpotsText } from "../components/placement-card.tsx";
import { placementStatusLabel } from "../components/status.tsx";
import { confirmationNotice } from "../../lib/freshness.ts";
import { monthOf, shiftMonth } from "../../attendance/month.ts";
import { today } from "../../lib/dates.ts";
import { clockOf } from "../utils/request.server.ts";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL, runGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction = () => [{ title: "Vår organisation – Stegvis" }];

const OWN_ORGANIZATIONS = graphql(`
  query OwnOrganizations {
    me {
      organizations {
        id
        name
        placements { id title status capacity freeSpots needsConfirmation stale }
      }
    }
    proposals(status: SUGGESTED) { totalCount }
    overdueReports: monthlyReports(filter: { overdue: true }) { ...ReportRowFields }
    dueSoonReports: monthlyReports(filter: { dueSoon: true }) { ...ReportRowFields }
  }
`, [REPORT_ROW]);
const CONFIRM = graphql(`mutation ConfirmFromList($id: ID!) { confirmPlacement(id: $id) { id } }`);

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, "ORG_MEMBER");
  const { me, proposals, overdueReports, dueSoonReports } = await queryGraphQL(request, OWN_ORGANIZATIONS, undefined, context);
  const organizations = me?.organizations ?? [];
  const placed = await Promise.all(organizations.map((o) => queryGraphQL(request, PLACED_HERE, { organizationId: o.id })));
  const day = today(clockOf(context));
  const month = monthOf(day);
  return {
    organizations,
    awaitingAnswer: proposals.totalCount,
    placed: placed.flatMap((p) => p.placedAssignments),
    months: [shiftMonth(month, -1), month],
    reports: { overdueReports, dueSoonReports, today: day },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request, "ORG_MEMBER");
  const form = await request.formData();
  const { errors } = await runGraphQL(request, CONFIRM, { id: String(form.get("id") ?? "") });
  if (errors.length) return { error: errors[0].message };
  return redirect("/organisation?bekraftad=1");
}

export default function OrganizationStart() {
  const { organizations, awaitingAnswer, placed, months, reports } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <section>
      <h1>Vår organisation</h1>
      {params.get("sparad") && (
        <p className="notice" role="status">
          Platsen är sparad.
        </p>
      )}
      {params.get("bekraftad") && (
        <p className="notice" role="status">
          Tack! Platsen är bekräftad.
        </p>
      )}
      {result?.error && (
        <p className="form-error" role="alert">
          {result.error}
        </p>
      )}
      <section aria-labelledby="proposals-heading">
        <h2 id="proposals-heading">Förslag till er</h2>
        <p>
          {awaitingAnswer === 0
            ? "Inga förslag väntar på ert svar."
            : awaitingAnswer === 1
              ? "Ett förslag väntar på ert svar."
              : `${awaitingAnswer} förslag väntar på ert svar.`}{" "}
          <a href="/forslag">Se alla förslag</a>
        </p>
      </section>
      <PlacedHere assignments={placed} months={months} />
      <OrganizationReports {...reports} />
      <p className="button-row">
        <a className="button" href="/organisation/platser/ny">
          Lägg till en plats
        </a>
        <a href="/organisation/import">Importera platser från fil</a>
      </p>
      {organizations.map((organization) => {
        const unconfirmed = organization.placements.filter((p) => p.needsConfirmation);
        return (
          <section key={organization.id} aria-labelledby={`org-${organization.id}`}>
            <h2 id={`org-${organization.id}`}>{organization.name}</h2>
            <p>
              <a href={`/organisationer/${organization.id}`}>Se er sida som besökare ser den</a>
            </p>
            {unconfirmed.length > 0 && (
              <p className="notice">
                {confirmationNotice(unconfirmed.filter((p) => p.stale).length, unconfirmed.filter((p) => !p.stale).length)}
              </p>
            )}
            {organization.placements.length === 0 ? (
              <p>Ni har inga platser ännu.</p>
            ) : (
              <table className="table stacked">
                <thead>
                  <tr>
                    <th scope="col">Plats</th>
                    <th scope="col">Status</th>
                    <th scope="col">Lediga platser</th>
                    <th scope="col">Att göra</th>
                  </tr>
                </thead>
                <tbody>
                  {organization.placements.map((p) => (
                    <tr key={p.id}>
                      <td className="record-title">
                        <a href={`/organisation/platser/${p.id}`}>{p.title}</a>
                      </td>
                      <td data-label="Status">{placementStatusLabel[p.status] ?? p.status}</td>
                      <td data-label="Lediga platser">
                        {freeSpotsText(p.freeSpots)} (av {p.capacity})
                      </td>
                      <td data-label="Att göra">
                        {p.needsConfirmation ? (
                          <Form method="post">
                            <input type="hidden" name="id" value={p.id} />
                            <span className="flag">{p.stale ? "Visas inte i matchningar" : "Behöver bekräftas"}</span>{" "}
                            <button type="submit" className="link-button" aria-label={`Bekräfta ${p.title}`}>
                              Bekräfta
                            </button>
                          </Form>
                        ) : (
                          "–"
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
