import { GraphQLError } from "graphql";
import { createYoga, type Plugin } from "graphql-yoga";
import type { Db } from "../prisma/db.ts";
import type { SearchEngine } from "../search/engine.ts";
import type { Context } from "./context.ts";
import { usePublicApi } from "./public-api.ts";
import { contextFromRequest } from "./request-context.ts";
import { schema } from "./schema.ts";
import { corsOrigins as configuredCorsOrigins } from "../config/cors.ts";
import { isProduction } from "../config/mode.ts";
import { API_PATH, crossSiteRefusal, MAX_REQUEST_BODY_BYTES, refusalBody } from "./request-origin.ts";

export interface ServerContext {
  clientAddress?: string;
}

/**
 * The cross-site check (request-origin.ts, the same function the HTTP edge runs), then the API's own rule: a
 * state-changing call is JSON, which a foreign page's form cannot send without a CORS preflight.
 */
function csrfGuard(request: Request, corsOrigins: ReadonlySet<string>): Response | null {
  const url = new URL(request.url);
  const refused = crossSiteRefusal({ method: request.method, path: url.pathname, ownHost: url.host, headers: request.headers }, corsOrigins);
  if (refused) {
    const { contentType, body } = refusalBody(url.pathname, refused);
    return new Response(body, { status: 403, headers: { "content-type": contentType } });
  }
  if (request.method === "GET" || request.method === "OPTIONS") return null; // Yoga runs only queries over GET, never mutations.
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(json|graphql-response\+json)\b/i.test(type)) {
    return Response.json({ errors: [{ message: "Skicka frågan som JSON.", extensions: { code: "BAD_REQUEST" } }] }, { status: 415 });
  }
  return null;
}

/** CORS only for the configured origins, and never with credentials: a page elsewhere cannot use a session cookie. */
function corsFor(corsOrigins: ReadonlySet<string>) {
  return (request: Request) => {
    const origin = request.headers.get("origin");
    return origin !== null && corsOrigins.has(origin)
      ? { origin: [origin], credentials: false, methods: ["GET", "POST"], allowedHeaders: ["authorization", "content-type", "x-request-id"], exposedHeaders: ["x-request-id"] }
      : false;
  };
}

/** POST /graphql. Unexpected errors are masked (with a request id to find the log line); typed errors pass. */
export function createGraphQLServer({
  db,
  search,
  production = isProduction(),
  corsOrigins = configuredCorsOrigins(),
}: {
  db: () => Db;
  search: () => SearchEngine;
  production?: boolean;
  corsOrigins?: ReadonlySet<string>;
}) {
  const contexts = new WeakMap<Request, Context>();
  /** One context per request, built when first needed: before validation in production (usePublicApi), else to execute. */
  async function contextOf(request: Request, clientAddress: string | undefined): Promise<Context> {
    const known = contexts.get(request);
    if (known) return known;
    const context = await contextFromRequest(request, { db: db(), search: search() }, clientAddress);
    contexts.set(request, context);
    return context;
  }
  const http: Plugin<Context> = {
    onRequest({ request, endResponse }) {
      const refused = csrfGuard(request, corsOrigins);
      if (refused) endResponse(refused);
    },
    onResponse({ request, response }) {
      const context = contexts.get(request);
      for (const cookie of context?.responseCookies ?? []) response.headers.append("set-cookie", cookie);
      if (context) response.headers.set("x-request-id", context.requestId);
    },
  };
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: API_PATH,
    maxRequestBodySize: MAX_REQUEST_BODY_BYTES,
    cors: corsFor(corsOrigins),
    graphiql: !production,
    landingPage: false,
    plugins: [
      http,
      usePublicApi({ production, viewerOf: async (request, server) => (await contextOf(request, server.clientAddress as string | undefined)).viewer }),
    ],
    // Expected errors are answers, not incidents; unexpected ones are logged once, in maskError, with their id.
    logging: { debug: () => {}, info: () => {}, warn: (...args) => console.warn(...args), error: () => {} },
    maskedErrors: {
      isDev: !production,
      maskError(error) {
        // GraphQL's own errors (validation, variables) and our typed ones are meant for the caller; only a plain
        // exception underneath is an incident: masked, logged once, with an id the caller can quote.
        const cause = error instanceof GraphQLError ? error.originalError : error;
        if (error instanceof GraphQLError && (!cause || cause instanceof GraphQLError)) return error;
        const requestId = crypto.randomUUID();
        console.error(`[graphql] error ${requestId}`, cause);
        return new GraphQLError(`Något gick fel hos oss. Ange fel-id ${requestId} om du kontaktar supporten.`, {
          extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
        });
      },
    },
    context: ({ request, clientAddress }) => contextOf(request, clientAddress),
  });
}
