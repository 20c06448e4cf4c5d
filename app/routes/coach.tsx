import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ParticipantList, type ParticipantRow } from "../components/participant-list.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { queryGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction = () => [{ title: "Mina deltagare – Stegvis" }];

const CASELOAD = /* GraphQL */ `
  query Caseload {
    participants(first: 100) { totalCount edges { node { id code displayName stage nextStep } } }
  }
`;

interface CaseloadData {
  participants: { totalCount: number; edges: { node: ParticipantRow }[] };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "COACH");
  const { participants } = await queryGraphQL<CaseloadData>(request, CASELOAD);
  const handedTo = new URL(request.url).searchParams.get("overlamnad");
  return { name: user.name, handedTo, totalCount: participants.totalCount, participants: participants.edges.map((e) => e.node) };
}

export default function CoachStart() {
  const { name, handedTo, totalCount, participants } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>Mina deltagare</h1>
      {handedTo && (
        <p className="notice" role="status">
          Deltagaren är överlämnad till {handedTo}.
        </p>
      )}
      <p>
        Hej {name}! Du har {totalCount} deltagare.
      </p>
      <p>
        <a className="button" href="/deltagare/ny">
          Ny deltagare
        </a>
      </p>
      <ParticipantList participants={participants} empty="Du har inga deltagare ännu." linked />
    </section>
  );
}
