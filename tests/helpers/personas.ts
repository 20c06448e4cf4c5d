// The demo world's people, one per scope of graphql/policy.ts, signed in the way the login mutation signs in.
import type { Scope } from "../../graphql/policy.ts";
import type { Db } from "../../prisma/db.ts";
import { sessionCookieFor } from "./sessions.ts";

const EMAIL_OF: Record<Exclude<Scope, "public">, string> = {
  loggedIn: "coach@demo.stegvis.se",
  admin: "admin@demo.stegvis.se",
  coach: "coach@demo.stegvis.se",
  supportWorker: "handledare@demo.stegvis.se",
  orgMember: "arbetsgivare@demo.stegvis.se",
};

/** The demo user holding a scope; null for `public` (anonymous). Needs seedDemoData first. */
export async function personaFor(db: Db, scope: Scope): Promise<{ userId: string } | null> {
  if (scope === "public") return null;
  const user = await db.user.findUniqueOrThrow({ where: { email: EMAIL_OF[scope] }, select: { id: true } });
  return { userId: user.id };
}

/** A fresh session cookie for the persona (fresh, so a `logout` probed earlier does not sign the next probe out). */
export async function cookieFor(db: Db, persona: { userId: string } | null): Promise<string | undefined> {
  return persona ? sessionCookieFor(db, persona.userId) : undefined;
}
