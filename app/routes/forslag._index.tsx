// /forslag: proposals. A coach sees their caseload's; an organisation member the proposals to their organisation.
// Each shows its status and how long it has waited for an answer; after 7 days without one it is flagged.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Field, Options } from "../components/field.tsx";
import { OVERDUE_TEXT, proposalStatusLabel, waitingText } from "../components/proposal-labels.tsx";
import { proposalStatuses } from "../../lib/proposal-status.ts";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction = () => [{ title: "Förslag – Stegvis" }];

const PROPOSALS = graphql(`
  query ProposalList($status: ProposalStatus) {
    proposals(first: 100, status: $status) {
      totalCount
      edges { node {
        id status daysWaiting awaitingAnswer overdue
        placement { id title organization { name } }
        participant { displayName }
      } }
    }
  }
`);

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!user.roles.some((role) => role === "COACH" || role === "SUPPORT_WORKER" || role === "ORG_MEMBER")) {
    throw new Response("Du har inte behörighet att se sidan.", { status: 403 });
  }
  const status = new URL(request.url).searchParams.get("status") ?? "";
  const valid = proposalStatuses.find((known) => known === status) ?? null;
  const { proposals } = await queryGraphQL(request, PROPOSALS, { status: valid }, context);
  // Whose proposals these are decides how the page speaks: a coach sent them, a handledare follows them, an
  // organisation answers them.
  const reader: Reader = user.roles.includes("COACH") ? "coach" : user.roles.includes("SUPPORT_WORKER") ? "supportWorker" : "organisation";
  return { proposals: proposals.edges.map((edge) => edge.node), status: valid ?? "", reader };
}

type Reader = "coach" | "supportWorker" | "organisation";

const HEADING: Record<Reader, string> = { coach: "Förslag för mina deltagare", supportWorker: "Förslag för deltagare du följer upp", organisation: "Förslag till er" };
const INTRODUCTION: Record<Reader, string> = {
  coach: "Här ser du förslagen du har skickat och hur långt de har kommit.",
  supportWorker: "Här ser du vilka platser jobbcoachen har föreslagit för deltagarna du följer upp, och hur långt förslagen har kommit.",
  organisation: "En jobbcoach har föreslagit de här personerna till era platser. Svara ja, nej eller att ni vill träffas.",
};

export default function ProposalList() {
  const { proposals, status, reader } = useLoaderData<typeof loader>();
  const overdue = proposals.filter((p) => p.overdue).length;
  return (
    <section>
      <h1>{HEADING[reader]}</h1>
      <p>{INTRODUCTION[reader]}</p>
      {overdue > 0 && (
        <p className="notice">
          {overdue === 1 ? "Ett förslag" : `${overdue} förslag`} har inte fått svar på mer än 7 dagar.
        </p>
      )}
      <Form method="get" className="button-row">
        <Field field={{ name: "status" }} label="Visa förslag som är">
          {(props) => (
            <select {...props} defaultValue={status}>
              <option value="">Alla</option>
              <Options options={proposalStatuses.map((s) => [s, proposalStatusLabel[s]])} />
            </select>
          )}
        </Field>
        <button type="submit" className="button">
          Visa
        </button>
      </Form>
      {proposals.length === 0 ? (
        <p>Inga förslag ännu.</p>
      ) : (
        <div>
          <table className="table stacked">
            <caption className="visually-hidden">Förslag</caption>
            <thead>
              <tr>
                <th scope="col">Förslag</th>
                <th scope="col">Arbetsplats</th>
                <th scope="col">Steg</th>
                <th scope="col">Svar</th>
              </tr>
            </thead>
            <tbody>
              {proposals.map((p) => (
                <tr key={p.id}>
                  <td className="record-title">
                    <a href={`/forslag/${p.id}`}>
                      {p.participant?.displayName ?? "Uppgifterna delas inte längre"} till {p.placement.title}
                    </a>
                  </td>
                  <td data-label="Arbetsplats">{p.placement.organization.name}</td>
                  <td data-label="Steg">{proposalStatusLabel[p.status]}</td>
                  <td data-label="Svar">
                    {waitingText(p)}
                    {p.overdue && (
                      <>
                        {" "}
                        <span className="flag">{OVERDUE_TEXT}</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
