import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { placementStatusLabel } from "../components/status.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { queryGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction = () => [{ title: "Vår organisation – Stegvis" }];

const OWN_ORGANIZATIONS = /* GraphQL */ `
  query OwnOrganizations {
    me {
      organizations {
        id
        name
        placements { id title status capacity freeSpots }
      }
    }
  }
`;

interface OwnData {
  me: {
    organizations: {
      id: string;
      name: string;
      placements: { id: string; title: string; status: string; capacity: number; freeSpots: number }[];
    }[];
  } | null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "ORG_MEMBER");
  const { me } = await queryGraphQL<OwnData>(request, OWN_ORGANIZATIONS);
  return { organizations: me?.organizations ?? [] };
}

export default function OrganizationStart() {
  const { organizations } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>Vår organisation</h1>
      {organizations.map((organization) => (
        <section key={organization.id} aria-labelledby={`org-${organization.id}`}>
          <h2 id={`org-${organization.id}`}>{organization.name}</h2>
          {organization.placements.length === 0 ? (
            <p>Ni har inga platser ännu.</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Plats</th>
                  <th scope="col">Status</th>
                  <th scope="col">Lediga platser</th>
                </tr>
              </thead>
              <tbody>
                {organization.placements.map((p) => (
                  <tr key={p.id}>
                    <td>{p.title}</td>
                    <td>{placementStatusLabel[p.status] ?? p.status}</td>
                    <td>
                      {p.freeSpots} av {p.capacity}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </section>
  );
}
