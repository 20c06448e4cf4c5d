import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { graphql } from "../utils/graphql.ts";
import { runGraphQL } from "../utils/graphql.server.ts";

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

export async function action({ request }: ActionFunctionArgs) {
  const { cookies } = await runGraphQL(request, LOGOUT);
  const headers = new Headers();
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return redirect("/", { headers });
}

export const loader = () => redirect("/");

export { ErrorBoundary } from "../components/error-page.tsx";
