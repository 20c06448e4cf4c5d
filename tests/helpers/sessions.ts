import type { Db } from "../../prisma/db.ts";
import { startSession } from "../../graphql/auth/session.ts";
import type { Role } from "../../generated/prisma/client.ts";

/** A signed-in Cookie header for a user, made the way the login mutation makes sessions. */
export async function sessionCookieFor(db: Db, userId: string): Promise<string> {
  return (await startSession(db, userId, null, false)).setCookie.split(";")[0];
}

let counter = 0;

/** A fresh user with the given roles (and memberships), signed in. */
export async function signedInUser(db: Db, roles: Role[], organizationIds: string[] = []) {
  counter += 1;
  const user = await db.user.create({
    data: {
      email: `user${counter}-${Date.now()}@test.stegvis.se`,
      name: `Testperson ${counter}`,
      passwordHash: "not-a-login",
      roles,
      memberships: { create: organizationIds.map((organizationId) => ({ organizationId })) },
    },
  });
  return { user, cookie: await sessionCookieFor(db, user.id) };
}
