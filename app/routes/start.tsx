import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireUser, startPageFor } from "../utils/auth.server.ts";

// /start sends each person to the start page of their role.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  throw redirect(startPageFor(user.roles));
}

export { ErrorBoundary } from "../components/error-page.tsx";
