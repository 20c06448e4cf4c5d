import type { Request, RequestHandler, Response } from "express";
import { corsOrigins } from "../config/cors.ts";
import { crossSiteRefusal, refusalBody } from "../graphql/request-origin.ts";
import type { AppLoadContext } from "../app/utils/request.server.ts";
import { responseNonce } from "./security-headers.ts";

/**
 * In front of Remix, after the static files: every dynamic request (pages, their data requests, actions and the
 * API) passes the one cross-site check before Remix or Yoga reads it, and every dynamic response is `no-store`, since
 * pages carry the viewer's name and often participants' data. Static files keep their own caching; the anonymous
 * listing's response cache (response-cache.ts, after this guard) sets its own.
 */
export function requestGuard(): RequestHandler {
  const origins = corsOrigins();
  return (req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    const refused = crossSiteRefusal({ method: req.method, path: req.path, ownHost: ownHost(req), headers: { get: (name) => req.get(name) ?? null } }, origins);
    if (!refused) return next();
    const { contentType, body } = refusalBody(req.path, refused);
    res.status(403).type(contentType).send(body);
  };
}

/** What every loader and action gets (app/utils/request.server.ts reads it). */
export function loadContext(req: Request, res: Response): AppLoadContext {
  return { clientAddress: req.ip ?? "unknown", cspNonce: responseNonce(res) };
}

/** The host the browser addressed, as Remix builds the request URL: X-Forwarded-Host only behind a trusted proxy. */
export function ownHost(req: Request): string {
  const forwarded = req.app.get("trust proxy") ? req.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || req.get("host") || "";
}
