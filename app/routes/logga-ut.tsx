import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { runGraphQL } from "../utils/graphql.server.ts";

const LOGOUT = /* GraphQL */ `
  mutation Logout {
    logout
  }
`;

export async function action({ request }: ActionFunctionArgs) {
  const { cookies } = await runGraphQL<{ logout: boolean }>(request, LOGOUT);
  const headers = new Headers();
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return redirect("/", { headers });
}

export const loader = () => redirect("/");
