import type { Db } from "../prisma/db.ts";
import { createContext, type Context } from "./context.ts";

/**
 * The one way an HTTP request becomes a GraphQL context, used by POST /graphql and by Remix loaders alike,
 * so both see the same viewer and the same rules.
 */
export async function contextFromRequest(request: Request, db: Db): Promise<Context> {
  return createContext({ db, requestId: request.headers.get("x-request-id") ?? undefined });
}
