/**
 * PUBLIC_URL: the address people use to reach the app, e.g. `https://stegvis.kommun.se` (unset: nobody said).
 * Read from the real environment at call time, like the mode.
 */
export function publicUrl(): URL | null {
  const value = process.env.PUBLIC_URL;
  return value ? new URL(value) : null;
}

/**
 * Whether the app is served over HTTPS for this request: the request's own URL says so (TLS here, or a proxy
 * trusted through TRUST_PROXY that sends `X-Forwarded-Proto: https`), or PUBLIC_URL is an https address (TLS ends
 * at a proxy that does not say so). Plain HTTP otherwise, whatever the mode: a browser drops a Secure cookie
 * that arrives over plain HTTP from anything but localhost, and the login would fail without a word.
 */
export function isServedOverHttps(requestUrl: string): boolean {
  return new URL(requestUrl).protocol === "https:" || publicUrl()?.protocol === "https:";
}
