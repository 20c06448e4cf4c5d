import { print, type DocumentNode } from "graphql";
import type { Db } from "../../prisma/db.ts";
import { createGraphQLServer } from "../../graphql/yoga.ts";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import type { SearchEngine } from "../../search/engine.ts";
import { prismaOutboxStore, prismaReindexSource } from "../../search/outbox-store.ts";
import { drainOutbox, reindexAll } from "../../search/sync.ts";

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: GraphQLError[];
}

export interface GraphQLCall<TData> extends GraphQLResponse<TData> {
  status: number;
  headers: Headers;
}

/**
 * A client for POST /graphql through the real Yoga handler as production configures it (masking, CSRF guard,
 * cookies), over an in-process fetch: no network. `cookie` signs the caller in.
 */
export function graphqlClient(
  getDb: () => Db,
  defaults: { cookie?: string; authorization?: string; clientAddress?: string; search?: () => SearchEngine } = {},
) {
  const yoga = createGraphQLServer({ db: getDb, search: defaults.search ?? (() => engineFor(getDb())), production: true });
  return async function request<TData = Record<string, any>>(
    /** A document's text, or a route's own typed document (tests use the pages' documents rather than copies). */
    query: string | DocumentNode,
    variables?: Record<string, unknown>,
    options: { cookie?: string; authorization?: string; clientAddress?: string } = {},
  ): Promise<GraphQLCall<TData>> {
    const { cookie, authorization, clientAddress } = { ...defaults, ...options };
    if (!defaults.search) await syncedEngine(getDb());
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (cookie) headers.cookie = cookie;
    if (authorization) headers.authorization = authorization;
    const response = await yoga.fetch(
      "http://stegvis.test/graphql",
      { method: "POST", headers, body: JSON.stringify({ query: typeof query === "string" ? query : print(query), variables }) },
      { clientAddress: clientAddress ?? "203.0.113.7" },
    );
    const body = (await response.json()) as GraphQLResponse<TData>;
    return { ...body, status: response.status, headers: response.headers };
  };
}

const engines = new WeakMap<Db, { engine: SearchEngine; ready?: Promise<unknown> }>();

/** One embedded engine per test database, like the one per app process. */
function engineFor(db: Db): SearchEngine {
  let entry = engines.get(db);
  if (!entry) engines.set(db, (entry = { engine: createEmbeddedEngine() }));
  return entry.engine;
}

/** What the app's sync worker does in the background, done before each request so tests read their own writes. */
async function syncedEngine(db: Db): Promise<void> {
  const engine = engineFor(db);
  const entry = engines.get(db)!;
  await (entry.ready ??= reindexAll(prismaReindexSource(db), engine));
  await drainOutbox(prismaOutboxStore(db), engine);
}

/** The `name=value` part of a Set-Cookie header, ready to send back as a Cookie header. */
export function cookieFrom(headers: Headers): string | undefined {
  const setCookie = headers.get("set-cookie");
  return setCookie ? setCookie.split(";")[0] : undefined;
}

export function errorCodes(call: GraphQLResponse<unknown>): (string | undefined)[] {
  return (call.errors ?? []).map((error) => error.extensions?.code);
}
