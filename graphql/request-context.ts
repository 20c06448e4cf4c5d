import type { Clock } from "../lib/dates.ts";
import type { Db } from "../prisma/db.ts";
import type { SearchEngine } from "../search/engine.ts";
import { readCookie, SESSION_COOKIE, viewerFromApiToken, viewerFromSession } from "./auth/session.ts";
import { createContext, type Context } from "./context.ts";
import { isServedOverHttps } from "../config/public-url.ts";

/**
 * The one way an HTTP request becomes a GraphQL context — the viewer from the session cookie or an API token —
 * used by POST /graphql and by Remix loaders and actions alike, so both see the same viewer and the same rules.
 */
export interface Services {
  db: Db;
  search: SearchEngine;
  clock?: Clock;
}

export async function contextFromRequest(request: Request, { db, search, clock }: Services, clientAddress = "unknown"): Promise<Context> {
  const bearer = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? null;
  const sessionToken = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  const viewer = bearer ? await viewerFromApiToken(db, bearer) : sessionToken ? await viewerFromSession(db, sessionToken) : null;
  return createContext({
    db,
    search,
    viewer,
    sessionToken,
    clientAddress,
    servedOverHttps: isServedOverHttps(request.url),
    clock,
    requestId: requestIdFrom(request.headers.get("x-request-id")),
  });
}

/**
 * A caller's X-Request-Id (a proxy's or an API client's) is kept to tie our audit rows and logs to theirs, but only a
 * short, safe one: it is stored in the audit log and echoed. Anything else gets a fresh id (createContext's default).
 */
function requestIdFrom(header: string | null): string | undefined {
  return header !== null && /^[A-Za-z0-9._-]{1,64}$/.test(header) ? header : undefined;
}
