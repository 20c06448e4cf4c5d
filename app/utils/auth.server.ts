import { redirect } from "@remix-run/node";
import { graphql, type ResultOf } from "./graphql.ts";
import { queryGraphQL } from "./graphql.server.ts";
import { startLinkFor } from "../navigation.ts";

const ME = graphql(`
  query Me {
    me { id name email roles }
  }
`);

export type SignedInUser = NonNullable<ResultOf<typeof ME>["me"]>;
export type RoleName = SignedInUser["roles"][number];

/** The signed-in person, or null. Reads through GraphQL like everything else. */
export async function getUser(request: Request): Promise<SignedInUser | null> {
  const { me } = await queryGraphQL(request, ME);
  return me;
}

/** The signed-in person; otherwise a redirect to the login page that comes back here afterwards. */
export async function requireUser(request: Request, role?: RoleName): Promise<SignedInUser> {
  const user = await getUser(request);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/logga-in?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
  }
  if (role && !user.roles.includes(role)) throw new Response("Du har inte behörighet att se sidan.", { status: 403 });
  return user;
}

/** Where each role starts (app/navigation.ts holds the list). */
export function startPageFor(roles: RoleName[]): string {
  return startLinkFor(roles).href;
}

const OWN = "http://stegvis.invalid";

/**
 * The one check for a redirect target that comes from input: a path on this site, normalised the way a browser reads
 * it, so a crafted link cannot send someone elsewhere after login ("//x", "/\\x", "/\t/x" and "/..//x" all name
 * another host); anything else gives the fallback.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback: string): string {
  if (typeof to !== "string" || !to.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(to, OWN);
  } catch {
    return fallback;
  }
  const path = url.pathname + url.search + url.hash;
  return url.origin === OWN && !/^\/[/\\]/.test(path) ? path : fallback;
}
