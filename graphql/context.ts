import { systemClock, type Clock } from "../lib/dates.ts";
import type { Db } from "../prisma/db.ts";
import type { SearchEngine } from "../search/engine.ts";
import type { Role } from "../generated/prisma/client.ts";

/**
 * Who is asking. A person signed in with a session, or an outside system with an organisation-scoped API token
 * (then `userId` is null and the token acts as an organisation member). Null for anonymous callers.
 */
export interface Viewer {
  userId: string | null;
  apiTokenId: string | null;
  email: string | null;
  roles: Role[];
  organizationIds: string[];
}

export interface Context {
  db: Db;
  search: SearchEngine;
  viewer: Viewer | null;
  requestId: string;
  clientAddress: string;
  /** The session token from the request's cookie, if any (logout and login rotation need it). */
  sessionToken: string | null;
  /** Set-Cookie values for the response; the HTTP layer (Yoga plugin or Remix action) sends them. */
  responseCookies: string[];
  /** The request came over HTTPS (config/public-url.ts): the session cookie is Secure exactly then. */
  servedOverHttps: boolean;
  /** Where "now" and "today" come from (lib/dates.ts); tests pass a fixed one. */
  clock: Clock;
}

export function createContext({
  db,
  search,
  viewer = null,
  requestId = crypto.randomUUID(),
  clientAddress = "unknown",
  sessionToken = null,
  servedOverHttps = false,
  clock = systemClock,
}: {
  db: Db;
  search: SearchEngine;
  viewer?: Viewer | null;
  requestId?: string;
  clientAddress?: string;
  sessionToken?: string | null;
  servedOverHttps?: boolean;
  clock?: Clock;
}): Context {
  return { db, search, viewer, requestId, clientAddress, sessionToken, responseCookies: [], servedOverHttps, clock };
}
