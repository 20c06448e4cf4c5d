import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { roleLabel } from "../components/status.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { queryGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction = () => [{ title: "Administration – Stegvis" }];

const ADMIN_OVERVIEW = /* GraphQL */ `
  query AdminOverview {
    users { id name email roles active }
    organizations { id }
  }
`;

interface AdminData {
  users: { id: string; name: string; email: string; roles: string[]; active: boolean }[];
  organizations: { id: string }[];
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "ADMIN");
  return queryGraphQL<AdminData>(request, ADMIN_OVERVIEW);
}

export default function AdminStart() {
  const { users, organizations } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>Administration</h1>
      <p>
        {users.length} konton och {organizations.length} organisationer.
      </p>
      <h2>Konton</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Namn</th>
            <th scope="col">E-post</th>
            <th scope="col">Roller</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>{user.roles.map((role) => roleLabel[role] ?? role).join(", ")}</td>
              <td>{user.active ? "Aktiv" : "Avstängd"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
