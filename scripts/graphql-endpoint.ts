import type { Request, RequestHandler, Response } from "express";
import { GraphQLError, Kind, parse, type OperationDefinitionNode } from "graphql";
import { publicError } from "../graphql/public-api.ts";
import { MAX_REQUEST_BODY_BYTES } from "../graphql/request-origin.ts";
import { createGraphQLServer } from "../graphql/yoga.ts";
import { getDb } from "../prisma/db.ts";
import { getSearchEngine } from "../search/runtime.ts";
import { answerAndClose, declaredLength, ownHost } from "./http-edge.ts";
import { isAnonymous, sendCached, toCachedResponse, type ResponseCache } from "./response-cache.ts";

/**
 * /graphql straight from Express (scripts/start.ts mounts it after the request guard), not through Remix's router:
 * Yoga gets the Fetch request Remix would have built (same URL, headers and body), and the load context's client
 * address. Anonymous reads of the public listing are answered from the response cache when one is given.
 */
export function graphqlEndpoint({ cache }: { cache: ResponseCache | null }): RequestHandler {
  const yoga = createGraphQLServer({ db: getDb, search: getSearchEngine });
  return (req, res, next) => {
    serve(req, res).catch(next);
  };

  async function serve(req: Request, res: Response): Promise<void> {
    let body: Buffer | undefined;
    if (req.method !== "GET" && req.method !== "HEAD") {
      const read = await readBody(req, MAX_REQUEST_BODY_BYTES);
      if (read === null) return refuseTooLarge(req, res);
      body = read;
    }
    const key = cache && isAnonymous(req) ? cacheKey(req, body) : null;
    if (key) {
      const hit = cache!.get(key);
      if (hit) return sendCached(req, res, hit);
    }
    const version = cache?.currentVersion() ?? 0;
    const url = `${req.protocol}://${ownHost(req)}${req.originalUrl}`;
    const request =
      body === undefined || /^multipart\//i.test(req.get("content-type") ?? "")
        ? new globalThis.Request(url, { method: req.method, headers: requestHeaders(req), body: body && new Uint8Array(body) })
        : new ReadBodyRequest(url, { method: req.method, headers: requestHeaders(req) }, body);
    const response = await yoga.handleRequest(request, { clientAddress: req.ip ?? "unknown" });
    const answer = Buffer.from(await response.arrayBuffer());
    const headers: [string, string][] = [];
    for (const [name, value] of response.headers) if (name !== "set-cookie") headers.push([name, value]);
    for (const cookie of response.headers.getSetCookie()) headers.push(["set-cookie", cookie]);

    const entry = key && isCacheableAnswer(response, answer) ? toCachedResponse(response.status, headers, answer, "") : null;
    if (entry) {
      cache!.set(key!, entry, version);
      return sendCached(req, res, { ...entry, version, storedAt: 0 }, "miss");
    }
    res.status(response.status);
    for (const [name, value] of headers) res.append(name, value);
    res.end(req.method === "HEAD" ? undefined : answer);
  }
}

/**
 * The request body, or null when it is longer than `limit` bytes: said so by Content-Length, or found while reading
 * (a chunked body has no length), and then no more of it is read. Yoga's own limit applies only to what it reads,
 * which here is the body already read whole.
 */
async function readBody(req: Request, limit: number): Promise<Buffer | null> {
  if ((declaredLength(req) ?? 0) > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, size);
}

/**
 * The answer Yoga gives a body over its limit, in the API's public words (graphql/public-api.ts), and the connection
 * closed: the rest of the body is never read.
 */
function refuseTooLarge(req: Request, res: Response): void {
  const refusal = new GraphQLError("Request body too large", { extensions: { http: { status: 413 }, code: "REQUEST_ENTITY_TOO_LARGE" } });
  const { message, extensions } = publicError(refusal, { suggestions: false });
  const { http: _status, ...shown } = extensions;
  answerAndClose(req, res, 413, "application/json", JSON.stringify({ errors: [{ message, extensions: shown }] }));
}

const utf8 = new TextDecoder();

/**
 * A Fetch request whose body was read already: Yoga's parsers read it as text or JSON (every content type but
 * multipart) from the bytes in hand. A body given to `Request` becomes a web stream, which Yoga then pipes through a
 * byte-counting stream into a second `Request` and reads back: streams made, piped and read per request, for bytes
 * already in memory (docs/decisions/0019). Decoded as `Request.text()` decodes (UTF-8, a leading byte order mark
 * dropped).
 */
class ReadBodyRequest extends globalThis.Request {
  readonly #body: Buffer;

  constructor(url: string, init: RequestInit, body: Buffer) {
    super(url, init);
    this.#body = body;
  }

  override async text(): Promise<string> {
    return utf8.decode(this.#body);
  }

  override async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}

function requestHeaders(req: Request): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}

/** Root fields an anonymous answer may be kept for: the public listing and the reference data it shows. */
const CACHEABLE_FIELDS = new Set(["placements", "adaptations", "kommuner", "occupationCards", "__typename"]);
/** Larger requests are answered, never kept. */
const MAX_KEY_BYTES = 16 * 1024;

/**
 * The cache key of an anonymous read of the listing, or null. The Accept header is part of it: Yoga answers
 * `application/graphql-response+json` or `application/json` by it.
 */
function cacheKey(req: Request, body: Buffer | undefined): string | null {
  if (req.method !== "GET" && req.method !== "POST") return null;
  if (req.method === "POST" && !/^application\/json\b/i.test(req.get("content-type") ?? "")) return null;
  const text = body?.toString("utf8") ?? "";
  if (text.length + req.originalUrl.length > MAX_KEY_BYTES) return null;
  const params = req.method === "GET" ? { query: req.query.query, operationName: req.query.operationName } : parseJson(text);
  if (!params || typeof params.query !== "string" || !readsListingOnly(params.query, params.operationName)) return null;
  return `graphql ${req.method} ${req.get("accept") ?? ""}\n${req.protocol}://${ownHost(req)}${req.originalUrl}\n${text}`;
}

function parseJson(text: string): { query?: unknown; operationName?: unknown } | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" ? (value as { query?: unknown; operationName?: unknown }) : null;
  } catch {
    return null;
  }
}

/** Answers of readsListingOnly by query text and operation name: clients send the same few documents over and over. */
const listingOnly = new Map<string, boolean>();
const LISTING_ONLY_ENTRIES = 500;

function readsListingOnly(query: string, operationName: unknown): boolean {
  const key = `${typeof operationName === "string" ? operationName : ""}\n${query}`;
  let answer = listingOnly.get(key);
  if (answer === undefined) {
    answer = parsesAsListingOnly(query, operationName);
    if (listingOnly.size >= LISTING_ONLY_ENTRIES) listingOnly.delete(listingOnly.keys().next().value!);
    listingOnly.set(key, answer);
  }
  return answer;
}

/** True when the operation that runs is a query whose root fields are all listing or reference data. */
function parsesAsListingOnly(query: string, operationName: unknown): boolean {
  let document;
  try {
    document = parse(query, { maxTokens: 2_000 });
  } catch {
    return false;
  }
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = typeof operationName === "string" ? operations.find((one) => one.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation || operation.operation !== "query") return false;
  return operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && CACHEABLE_FIELDS.has(selection.name.value));
}

/** A 200 JSON answer without errors: errors may come from a passing fault, and are cheap to make again anyway. */
function isCacheableAnswer(response: globalThis.Response, answer: Buffer): boolean {
  if (response.status !== 200 || !/json/i.test(response.headers.get("content-type") ?? "")) return false;
  try {
    return (JSON.parse(answer.toString("utf8")) as { errors?: unknown }).errors === undefined;
  } catch {
    return false;
  }
}
