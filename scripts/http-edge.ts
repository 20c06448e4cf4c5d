import type { Request, RequestHandler, Response } from "express";
import { corsOrigins } from "../config/cors.ts";
import { crossSiteRefusal, MAX_REQUEST_BODY_BYTES, refusalBody } from "../graphql/request-origin.ts";
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

/**
 * In front of the pages (not /graphql, which bounds its body while reading it): a page's action reads the whole form
 * (Remix's `request.formData()`), with no limit of its own. So a body must say its length, as browsers and Remix's
 * own fetches do, and be at most `limit` bytes; Node's parser then reads no more than it says. A body without a
 * length (chunked) gets 411, one over the limit 413, in Swedish, before any of it is read, and the connection closes.
 */
export function boundedPageBody(limit = MAX_REQUEST_BODY_BYTES): RequestHandler {
  return (req, res, next) => {
    const declared = declaredLength(req);
    const chunked = req.get("transfer-encoding") !== undefined;
    if (!chunked && (declared === undefined || declared <= limit)) return next();
    const [status, message] = chunked ? [411, LENGTH_REQUIRED_MESSAGE] : [413, TOO_LARGE_MESSAGE];
    answerAndClose(req, res, status, "text/plain; charset=utf-8", message);
  };
}

/** The body length a request says (Content-Length): undefined when it says none, NaN when it is not a number. */
export function declaredLength(req: Request): number | undefined {
  const declared = req.get("content-length");
  return declared === undefined ? undefined : /^\d+$/.test(declared) ? Number(declared) : NaN;
}

/** How long, and for how many more bytes, a refused request's connection takes what the client still sends. */
const LINGER_MS = 5_000;
const LINGER_BYTES = 2 ** 20;

/**
 * Answers a request whose body is refused, and closes the connection without reading the body: at most LINGER_BYTES
 * more of it are taken, and dropped. Node closes a `Connection: close` answer's socket as soon as the answer is out
 * (`destroySoon`); bytes the client is still sending then meet a closed socket, the kernel resets the connection, and
 * the client can lose the answer it has not read yet (a browser shows "connection reset" instead of the message).
 * So the socket lingers, as nginx's does (its `lingering_timeout` is 5 s too): the answer and the end of our side go
 * out, and the socket is destroyed when the client closes, after LINGER_MS, or past LINGER_BYTES, whichever is first.
 */
export function answerAndClose(req: Request, res: Response, status: number, contentType: string, body: string): void {
  // The response's: a request the API stopped reading (its body past the limit) is destroyed, and lets go of it.
  const socket = res.socket;
  if (socket) {
    socket.destroySoon = () => {
      socket.end();
      let taken = 0;
      req.on("data", (chunk: Buffer) => {
        taken += chunk.length;
        if (taken > LINGER_BYTES) socket.destroy();
      });
      req.resume();
      setTimeout(() => socket.destroy(), LINGER_MS).unref();
    };
  }
  res.status(status).set("Connection", "close").type(contentType).send(body);
}

export const TOO_LARGE_MESSAGE = `Det du skickade är för stort. En fil får vara högst ${MAX_REQUEST_BODY_BYTES / 1_000_000} MB.`;
export const LENGTH_REQUIRED_MESSAGE = "Anropet saknar längd (Content-Length). Skicka formuläret från sidan igen.";

/** What every loader and action gets (app/utils/request.server.ts reads it). */
export function loadContext(req: Request, res: Response): AppLoadContext {
  return { clientAddress: req.ip ?? "unknown", cspNonce: responseNonce(res) };
}

/** The host the browser addressed, as Remix builds the request URL: X-Forwarded-Host only behind a trusted proxy. */
export function ownHost(req: Request): string {
  const forwarded = req.app.get("trust proxy") ? req.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || req.get("host") || "";
}
