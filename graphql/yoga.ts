import { GraphQLError } from "graphql";
import { createYoga, type Plugin } from "graphql-yoga";
import type { Db } from "../prisma/db.ts";
import type { SearchEngine } from "../search/engine.ts";
import type { Context } from "./context.ts";
import { usePublicApi } from "./public-api.ts";
import { contextFromRequest } from "./request-context.ts";
import { schema } from "./schema.ts";
import { isProduction } from "../config/mode.ts";

export interface ServerContext {
  clientAddress?: string;
}

/**
 * CSRF: the endpoint trusts a session cookie, so a request must be one a foreign page cannot forge without a
 * CORS preflight: JSON (or GraphQL) content, and, when the browser says where it comes from, our own origin.
 */
function csrfGuard(request: Request): Response | null {
  if (request.method === "GET") return null; // Yoga runs only queries over GET, never mutations.
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(json|graphql-response\+json)\b/i.test(type)) {
    return Response.json({ errors: [{ message: "Skicka frågan som JSON.", extensions: { code: "BAD_REQUEST" } }] }, { status: 415 });
  }
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== new URL(request.url).host) {
    return Response.json({ errors: [{ message: "Fel ursprung för anropet.", extensions: { code: "FORBIDDEN" } }] }, { status: 403 });
  }
  return null;
}

/** POST /graphql. Unexpected errors are masked (with a request id to find the log line); typed errors pass. */
export function createGraphQLServer({
  db,
  search,
  production = isProduction(),
}: {
  db: () => Db;
  search: () => SearchEngine;
  production?: boolean;
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
      const refused = csrfGuard(request);
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
    graphqlEndpoint: "/graphql",
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
