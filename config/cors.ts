/**
 * The origins other than our own that may read the API from a browser: CORS_ORIGINS, a comma-separated list of exact
 * origins (`https://system.kommun.se`). Unset means none: the API and the pages are same-origin only. A listed origin
 * gets CORS without credentials, so it must call with an API token; the session cookie never works cross-origin.
 */
const environment: NodeJS.ProcessEnv = process.env;

let parsed: { raw: string; origins: ReadonlySet<string> } | null = null;

export function corsOrigins(): ReadonlySet<string> {
  const raw = environment["CORS_ORIGINS"] ?? "";
  if (parsed?.raw !== raw) parsed = { raw, origins: parseOrigins(raw) };
  return parsed.origins;
}

/** Exact origins only: a typo or a wildcard fails loudly at start instead of silently opening or closing the API. */
export function parseOrigins(raw: string): ReadonlySet<string> {
  const origins = new Set<string>();
  for (const entry of raw.split(",").map((part) => part.trim()).filter(Boolean)) {
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      // reported below
    }
    if (!url || entry.includes("*") || !/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, "").toLowerCase()) {
      throw new Error(`CORS_ORIGINS: "${entry}" is not an origin like https://system.example.se (scheme, host and port only)`);
    }
    origins.add(url.origin);
  }
  return origins;
}
