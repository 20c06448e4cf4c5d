import type { Db } from "../prisma/db.ts";
import type { Role } from "../generated/prisma/client.ts";

/** Who is asking. Null for anonymous callers. */
export interface Viewer {
  userId: string;
  email: string;
  roles: Role[];
  organizationIds: string[];
}

export interface Context {
  db: Db;
  viewer: Viewer | null;
  requestId: string;
}

export function createContext({ db, viewer = null, requestId = crypto.randomUUID() }: {
  db: Db;
  viewer?: Viewer | null;
  requestId?: string;
}): Context {
  return { db, viewer, requestId };
}
