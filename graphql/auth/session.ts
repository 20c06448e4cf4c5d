import { Prisma, type Role } from "../../generated/prisma/client.ts";
import { queryRows, tableOf, type Db } from "../../prisma/db.ts";
import type { Viewer } from "../context.ts";
import { hashSecret, newSecret } from "./tokens.ts";

export const SESSION_COOKIE = "stegvis_session";
const SESSION_SECONDS = 12 * 60 * 60;

export function readCookie(header: string | null, name: string): string | null {
  for (const part of header?.split(";") ?? []) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return null;
}

/** `secure`: the request came over HTTPS (see isServedOverHttps); the mode does not decide it. */
function cookie(value: string, maxAge: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? "; Secure" : ""}`;
}

export const clearedSessionCookie = (secure: boolean) => cookie("", 0, secure);

/** Starts a session: its token and Set-Cookie value. A new token every time: a login never reuses a session. */
export async function startSession(
  db: Db,
  userId: string,
  previousToken: string | null,
  secure: boolean,
): Promise<{ token: string; setCookie: string }> {
  const token = newSecret();
  await db.$transaction([
    ...(previousToken ? [db.session.deleteMany({ where: { id: hashSecret(previousToken) } })] : []),
    db.session.create({ data: { id: hashSecret(token), userId, expiresAt: new Date(Date.now() + SESSION_SECONDS * 1000) } }),
  ]);
  return { token, setCookie: cookie(token, SESSION_SECONDS, secure) };
}

export async function endSession(db: Db, token: string | null): Promise<void> {
  if (token) await db.session.deleteMany({ where: { id: hashSecret(token) } });
}

/**
 * The viewer of a session cookie, or null when the session is unknown, expired or its user deactivated. One statement
 * (every signed-in request runs it): the session, its user and the user's memberships joined in the database.
 */
export async function viewerFromSession(db: Db, token: string): Promise<Viewer | null> {
  const [row] = await queryRows<{ userId: string; email: string; roles: Role[]; organizationIds: string[] }>(db, Prisma.sql`
    SELECT u.id AS "userId", u.email, u.roles::text[] AS roles,
      ARRAY(SELECT m."organizationId" FROM ${tableOf(db, "Membership")} m WHERE m."userId" = u.id ORDER BY m."createdAt", m.id) AS "organizationIds"
    FROM ${tableOf(db, "Session")} s JOIN ${tableOf(db, "User")} u ON u.id = s."userId"
    WHERE s.id = ${hashSecret(token)} AND s."expiresAt" >= ${new Date()} AND u.active`);
  return row ? { userId: row.userId, apiTokenId: null, email: row.email, roles: row.roles, organizationIds: row.organizationIds } : null;
}

/** An outside system's bearer token acts as a member of the one organisation it was issued for. */
export async function viewerFromApiToken(db: Db, token: string): Promise<Viewer | null> {
  const apiToken = await db.apiToken.findUnique({ where: { tokenHash: hashSecret(token) } });
  if (!apiToken || apiToken.revokedAt) return null;
  await db.apiToken.update({ where: { id: apiToken.id }, data: { lastUsedAt: new Date() } });
  return { userId: null, apiTokenId: apiToken.id, email: null, roles: ["ORG_MEMBER"], organizationIds: [apiToken.organizationId] };
}
