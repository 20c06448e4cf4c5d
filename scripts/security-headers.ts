import type { RequestHandler } from "express";

/**
 * Security headers on every response. Remix inlines its hydration data as a script, hence 'unsafe-inline' for
 * scripts; everything is same-origin and no page may be framed. GraphiQL (development only) loads from a CDN, so
 * /graphql gets no CSP outside production.
 */
export function securityHeaders(production: boolean): RequestHandler {
  const csp = [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return (req, res, next) => {
    if (production || !req.path.startsWith("/graphql")) res.setHeader("Content-Security-Policy", csp);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (production) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  };
}
