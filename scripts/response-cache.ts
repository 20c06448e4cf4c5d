import { createHash } from "node:crypto";
import type { Request, RequestHandler, Response } from "express";
import { readCookie, SESSION_COOKIE } from "../graphql/auth/session.ts";
import { indexVersion } from "../search/index-version.ts";
import { ownHost } from "./http-edge.ts";
import { responseNonce } from "./security-headers.ts";

/**
 * A cache for what anonymous visitors read most: the public listing (/platser and its data requests) and GraphQL
 * `placements` queries. See docs/decisions/0019-http-response-cache.md.
 *
 * - Only anonymous requests (no Authorization header, no session cookie) read or fill it, and only answers without a
 *   Set-Cookie are kept, so a signed-in viewer never gets an anonymous answer and an anonymous one never a personal one.
 * - An entry is valid while the search index is unchanged (search/index-version.ts, moved by every drain that
 *   changed the index) and at most `maxAgeMs` old, the bound for anything the index does not carry.
 * - Bounded: least recently used entries go first when either the entry or the byte limit is reached.
 * - HTTP: `Cache-Control: public, max-age=0, must-revalidate` with an ETag on JSON answers (a browser or proxy may keep
 *   them but asks every time; an unchanged answer is a 304), `no-cache` on pages, whose script nonce is fresh per
 *   response. `Vary: Cookie, Authorization` so that no shared cache hands an anonymous answer to a signed-in viewer.
 */
export interface CachedResponse {
  status: number;
  headers: [string, string][];
  /** HTML is kept split at its script nonce (as bytes), so every hit gets a fresh one; anything else as it came. */
  body: Buffer | { htmlAround: Buffer[] };
  bytes: number;
  /** The length of the nonce the HTML was cut at (the kept bytes are `bytes` less each cut-out nonce). */
  nonceBytes: number;
  etag: string;
  version: number;
  storedAt: number;
}

export interface ResponseCacheOptions {
  maxEntries?: number;
  maxBytes?: number;
  maxAgeMs?: number;
  /** The largest single answer kept. */
  maxEntryBytes?: number;
  version?: () => number;
  now?: () => number;
}

export class ResponseCache {
  readonly maxEntries: number;
  readonly maxBytes: number;
  readonly maxAgeMs: number;
  readonly maxEntryBytes: number;
  private readonly version: () => number;
  private readonly now: () => number;
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private seenVersion: number;

  constructor(options: ResponseCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 2_000;
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.maxEntryBytes = options.maxEntryBytes ?? 1024 * 1024;
    this.version = options.version ?? indexVersion;
    this.now = options.now ?? Date.now;
    this.seenVersion = this.version();
  }

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /** The current version every entry is stored under. Everything older is dropped the first time a change is seen. */
  currentVersion(): number {
    const version = this.version();
    if (version !== this.seenVersion) {
      this.entries.clear();
      this.bytes = 0;
      this.seenVersion = version;
    }
    return version;
  }

  get(key: string): CachedResponse | undefined {
    const version = this.currentVersion();
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.version !== version || this.now() - entry.storedAt > this.maxAgeMs) {
      this.bytes -= entry.bytes;
      return undefined;
    }
    this.entries.set(key, entry); // most recently used last
    return entry;
  }

  /** Keeps an answer made at `version` (read before the answer was made, so a change meanwhile is never hidden). */
  set(key: string, entry: Omit<CachedResponse, "version" | "storedAt">, version: number): void {
    if (entry.bytes > this.maxEntryBytes || version !== this.currentVersion()) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    this.entries.set(key, { ...entry, version, storedAt: this.now() });
    this.bytes += entry.bytes;
    for (const [oldest, value] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= value.bytes;
    }
  }
}

/** The process's cache; sizes and age from RESPONSE_CACHE_MAX_ENTRIES, RESPONSE_CACHE_MAX_MB, RESPONSE_CACHE_MAX_AGE_SECONDS. */
export function responseCacheFromEnv(env: NodeJS.ProcessEnv = process.env): ResponseCache | null {
  const entries = Number(env.RESPONSE_CACHE_MAX_ENTRIES ?? 2_000);
  if (entries <= 0) return null;
  return new ResponseCache({
    maxEntries: entries,
    maxBytes: Number(env.RESPONSE_CACHE_MAX_MB ?? 64) * 1024 * 1024,
    maxAgeMs: Number(env.RESPONSE_CACHE_MAX_AGE_SECONDS ?? 60) * 1000,
  });
}

/** No API token and no session cookie: nothing in the answer can be personal. */
export function isAnonymous(req: Request): boolean {
  return req.get("authorization") === undefined && readCookie(req.get("cookie") ?? null, SESSION_COOKIE) === null;
}

/** Response header to tell a hit from a miss (tests, benchmarks, operators). */
export const CACHE_STATUS_HEADER = "X-Stegvis-Cache";

const VARY = "Cookie, Authorization";
/** Headers not replayed from a kept answer: per response (set again), or hop by hop. */
const PER_RESPONSE = new Set(["content-security-policy", "cache-control", "set-cookie", "date", "connection", "keep-alive", "transfer-encoding", "content-length", "etag", "vary", "x-request-id", CACHE_STATUS_HEADER.toLowerCase()]);

const isHtml = (contentType: string | undefined) => /^text\/html\b/i.test(contentType ?? "");
const cacheControlFor = (contentType: string | undefined) => (isHtml(contentType) ? "no-cache" : "public, max-age=0, must-revalidate");

/** Sends a kept answer: a 304 when the caller already holds it, else the body (HTML with this response's nonce). */
export function sendCached(req: Request, res: Response, entry: CachedResponse, status: "hit" | "miss" = "hit"): void {
  const contentType = entry.headers.find(([name]) => name === "content-type")?.[1];
  res.setHeader(CACHE_STATUS_HEADER, status);
  res.setHeader("Vary", VARY);
  res.setHeader("Cache-Control", cacheControlFor(contentType));
  if (!isHtml(contentType)) {
    res.setHeader("ETag", entry.etag);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
  }
  for (const [name, value] of entry.headers) res.setHeader(name, value);
  res.status(entry.status);
  if (Buffer.isBuffer(entry.body)) {
    res.setHeader("Content-Length", entry.body.length);
    res.end(req.method === "HEAD" ? undefined : entry.body);
    return;
  }
  // The kept bytes are written as they are, with this response's nonce between them: no copy of the page per hit.
  const parts = entry.body.htmlAround;
  const nonce = Buffer.from(responseNonce(res));
  res.setHeader("Content-Length", entry.bytes - (parts.length - 1) * entry.nonceBytes + (parts.length - 1) * nonce.length);
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  res.cork();
  parts.forEach((part, i) => {
    if (i > 0) res.write(nonce);
    res.write(part);
  });
  res.end();
}

/** `body` cut at every occurrence of `separator`. */
function splitBytes(body: Buffer, separator: string): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = body.indexOf(separator); at !== -1; at = body.indexOf(separator, start)) {
    parts.push(body.subarray(start, at));
    start = at + Buffer.byteLength(separator);
  }
  parts.push(body.subarray(start));
  return parts;
}

/** A kept answer from what was sent; null when it must not be kept. */
export function toCachedResponse(status: number, headers: [string, string][], body: Buffer, nonce: string): Omit<CachedResponse, "version" | "storedAt"> | null {
  if (status !== 200 || headers.some(([name]) => name === "set-cookie")) return null;
  const kept = headers.filter(([name]) => !PER_RESPONSE.has(name));
  const contentType = kept.find(([name]) => name === "content-type")?.[1];
  const etag = `W/"${createHash("sha1").update(body).digest("base64url")}"`;
  return {
    status,
    headers: kept,
    body: isHtml(contentType) && nonce ? { htmlAround: splitBytes(body, nonce) } : body,
    bytes: body.length,
    nonceBytes: isHtml(contentType) && nonce ? Buffer.byteLength(nonce) : 0,
    etag,
  };
}

/** The headers an Express response is about to send, lower-case, one pair per value. */
function headersOf(res: Response): [string, string][] {
  return Object.entries(res.getHeaders()).flatMap(([name, value]) =>
    value === undefined ? [] : Array.isArray(value) ? value.map((one): [string, string] => [name, one]) : [[name, String(value)] as [string, string]],
  );
}

/**
 * For GET page requests whose path `cacheable` accepts (the public listing and its `.data` requests): serves anonymous
 * visitors from the cache, and keeps what the rest of the chain (Remix) sends them. Runs after the request guard.
 */
export function cachedPages(cache: ResponseCache, cacheable: (path: string) => boolean): RequestHandler {
  return (req, res, next) => {
    if (req.method !== "GET" || !cacheable(req.path) || !isAnonymous(req)) return next();
    // The host is part of the key, so a request with a forged Host header can only ever be answered its own page.
    const key = `page ${req.protocol}://${ownHost(req)}${req.originalUrl}`;
    const hit = cache.get(key);
    if (hit) return sendCached(req, res, hit);
    const version = cache.currentVersion();
    res.setHeader(CACHE_STATUS_HEADER, "miss");
    res.setHeader("Vary", VARY);
    // Remix streams pages, so the headers go before the type is known: a page (HTML), or its data request.
    res.setHeader("Cache-Control", cacheControlFor(req.path.endsWith(".data") ? "application/octet-stream" : "text/html"));
    const chunks: Buffer[] = [];
    let size = 0;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function" || size > cache.maxEntryBytes) return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
      chunks.push(buffer);
      size += buffer.length;
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as Response["write"];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      if (size <= cache.maxEntryBytes) {
        const entry = toCachedResponse(res.statusCode, headersOf(res), Buffer.concat(chunks), responseNonce(res));
        if (entry) cache.set(key, entry, version);
      }
      return end(chunk, ...rest);
    }) as Response["end"];
    next();
  };
}
