import { randomString } from "../lib/ids.ts";
import type { RequestHandler, Response } from "express";

/**
 * Security headers on every response. Scripts run only from our origin or with this response's nonce (Remix's inline
 * hydration data, React's streaming scripts: app/entry.server.tsx and root.tsx pass the nonce on); styles only from
 * our stylesheet, since nothing in the app uses inline styles. No page may be framed. GraphiQL (development only)
 * loads from a CDN, so /graphql gets no CSP outside production.
 */
export function securityHeaders(production: boolean): RequestHandler {
  return (req, res, next) => {
    const nonce = randomString(16, "base64");
    res.locals.cspNonce = nonce;
    if (production || !req.path.startsWith("/graphql")) res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (production) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  };
}

function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** This response's script nonce, set by securityHeaders. */
export function responseNonce(res: Response): string {
  return String(res.locals.cspNonce ?? "");
}
