/**
 * Where a request comes from, and whether we answer it: the one cross-site (CSRF and cross-origin read) check. The HTTP
 * edge runs it in front of every page, action and API call (scripts/http-edge.ts), before Remix parses anything, so
 * no query parameter (`?_data=`, `.data`) can route around it; Yoga runs the same function for callers that reach the
 * API without that edge.
 *
 * The session cookie is SameSite=Lax, which still lets a same-site page (another port on localhost, a sibling
 * subdomain) send it, so the check trusts what the browser says: the Origin header and Sec-Fetch-Site.
 * - A state-changing request (anything but GET, HEAD, OPTIONS) from another origin is refused. Only the API accepts
 *   one, from a CORS_ORIGINS origin without cookies: such a caller authenticates with an API token.
 * - A request with cookies from another origin is refused, GET included, unless it is a top-level navigation to a
 *   page (a link in an e-mail): that shows the page to the person, never to the other site. The API answers none.
 * - `Origin: null` and a malformed Origin count as another origin.
 * - Without Origin and Sec-Fetch-Site (curl, another server) no browser's ambient cookies are at stake, and
 *   SameSite=Lax still covers browsers too old to send either.
 */
export const API_PATH = "/graphql";

/**
 * The longest request body we read, for the API and the pages' forms alike (Yoga's default, 25 MB): a placement file
 * (CSV_MAX_CHARS) fits many times over. /graphql stops reading past it (scripts/graphql-endpoint.ts); a page's form
 * must say its length, at most this (scripts/http-edge.ts).
 */
export const MAX_REQUEST_BODY_BYTES = 25_000_000;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const CROSS_SITE_MESSAGE = "Anropet kom från en annan webbplats och stoppades. Öppna Stegvis direkt och försök igen.";

export interface RequestFacts {
  method: string;
  path: string;
  /** Our own host (host[:port]) as the server sees it: the Host header, or X-Forwarded-Host behind a trusted proxy. */
  ownHost: string;
  headers: { get(name: string): string | null };
}

/** Null when the request may be answered; otherwise why not (Swedish, for the 403 body). */
export function crossSiteRefusal(request: RequestFacts, corsOrigins: ReadonlySet<string>): string | null {
  const { foreign, origin } = sourceOf(request);
  if (!foreign) return null;
  const api = isApiPath(request.path);
  const withCookies = request.headers.get("cookie") !== null;
  if (!SAFE_METHODS.has(request.method.toUpperCase())) {
    return api && !withCookies && origin !== null && corsOrigins.has(origin) ? null : CROSS_SITE_MESSAGE;
  }
  if (withCookies && (api || request.headers.get("sec-fetch-mode") !== "navigate")) return CROSS_SITE_MESSAGE;
  return null;
}

/** The 403 for a refused request: the API's error shape on /graphql, plain text elsewhere. */
export function refusalBody(path: string, message: string): { contentType: string; body: string } {
  return isApiPath(path)
    ? { contentType: "application/json; charset=utf-8", body: JSON.stringify({ errors: [{ message, extensions: { code: "FORBIDDEN" } }] }) }
    : { contentType: "text/plain; charset=utf-8", body: message };
}

// Remix matches routes case-insensitively and with a trailing slash, so "/GraphQL/" reaches the API too.
const isApiPath = (path: string) => path.toLowerCase().replace(/\/+$/, "") === API_PATH;

function sourceOf({ headers, ownHost }: RequestFacts): { foreign: boolean; origin: string | null } {
  const site = headers.get("sec-fetch-site");
  const siteForeign = site === "cross-site" || site === "same-site";
  const header = headers.get("origin");
  if (header === null) return { foreign: siteForeign, origin: null };
  const origin = parseOrigin(header);
  if (!origin) return { foreign: true, origin: null };
  // Host only, like Remix's own check: behind a TLS-terminating proxy the server may see http for an https page.
  return { foreign: siteForeign || origin.host !== ownHost.toLowerCase(), origin: origin.origin };
}

function parseOrigin(header: string): URL | null {
  try {
    const url = new URL(header);
    return /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null;
  }
}
