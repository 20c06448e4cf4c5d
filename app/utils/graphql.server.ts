import { execute, GraphQLError, validate, type DocumentNode } from "graphql";
import type { ResultOf, TadaDocumentNode, VariablesOf } from "gql.tada";
import { contextFromRequest } from "../../graphql/request-context.ts";
import { schema } from "../../graphql/schema.ts";
import { getDb, getSearchEngine } from "./db.server.ts";
import { clientAddressOf, clockOf } from "./request.server.ts";

/** A document written with the `graphql` tag of ./graphql.ts: its result and variable types come from the schema. */
export type Document = TadaDocumentNode<any, any>;

const validated = new WeakSet<DocumentNode>();

/** Each document is checked against the live schema once, the first time it runs. */
function checked(document: DocumentNode): DocumentNode {
  if (!validated.has(document)) {
    const errors = validate(schema, document);
    if (errors.length) throw errors[0];
    validated.add(document);
  }
  return document;
}

export interface GraphQLResult<TData> {
  data: TData | null;
  errors: readonly GraphQLError[];
  /** Set-Cookie values the operation asked for (login, logout): pass them on in the route's response. */
  cookies: string[];
}

/**
 * Runs a GraphQL operation in this process, with the same context (viewer, rules) as POST /graphql: no HTTP hop.
 * Returns errors rather than throwing, so actions can show typed validation errors next to the fields.
 */
export async function runGraphQL<TDocument extends Document>(
  request: Request,
  document: TDocument,
  variables?: VariablesOf<TDocument>,
  loadContext?: unknown,
): Promise<GraphQLResult<ResultOf<TDocument>>> {
  // Remix's load context (scripts/http-edge.ts) carries the client's address and the clock "today" is read from.
  const context = await contextFromRequest(request, { db: getDb(), search: getSearchEngine(), clock: clockOf(loadContext) }, clientAddressOf(loadContext));
  const result = await execute({ schema, document: checked(document), contextValue: context, variableValues: variables });
  return { data: (result.data as ResultOf<TDocument> | null | undefined) ?? null, errors: result.errors ?? [], cookies: context.responseCookies };
}

/**
 * Like runGraphQL for loaders: an error is thrown for the route's ErrorBoundary. The API's typed refusals become honest
 * HTTP answers with its Swedish message (a row the viewer may not see: 403; one that does not exist: 404); anything
 * unexpected stays an error, a 500 that Remix logs.
 */
export async function queryGraphQL<TDocument extends Document>(
  request: Request,
  document: TDocument,
  variables?: VariablesOf<TDocument>,
  loadContext?: unknown,
): Promise<ResultOf<TDocument>> {
  const { data, errors } = await runGraphQL(request, document, variables, loadContext);
  if (errors.length || !data) throw pageError(errors);
  return data;
}

const statusForCode: Record<string, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONSENT_REQUIRED: 403,
  NOT_FOUND: 404,
};

function pageError(errors: readonly GraphQLError[]): Response | Error {
  const statusOf = (error: GraphQLError) => statusForCode[String(error.extensions?.code)];
  const unexpected = errors.find((error) => !statusOf(error));
  if (unexpected || !errors[0]) return unexpected ?? new Error("empty GraphQL result");
  return new Response(errors[0].message, { status: statusOf(errors[0]), headers: { "content-type": "text/plain; charset=utf-8" } });
}
