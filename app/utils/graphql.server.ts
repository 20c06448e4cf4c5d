import { execute, GraphQLError, parse, validate, type DocumentNode } from "graphql";
import { contextFromRequest } from "../../graphql/request-context.ts";
import { schema } from "../../graphql/schema.ts";
import { getDb, getSearchEngine } from "./db.server.ts";

const documents = new Map<string, DocumentNode>();

function compile(source: string): DocumentNode {
  let document = documents.get(source);
  if (!document) {
    document = parse(source);
    const errors = validate(schema, document);
    if (errors.length) throw errors[0];
    documents.set(source, document);
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
export async function runGraphQL<TData, TVariables extends Record<string, unknown> = Record<string, unknown>>(
  request: Request,
  source: string,
  variables?: TVariables,
  clientAddress?: string,
): Promise<GraphQLResult<TData>> {
  const context = await contextFromRequest(request, { db: getDb(), search: getSearchEngine() }, clientAddress);
  const result = await execute({ schema, document: compile(source), contextValue: context, variableValues: variables });
  return { data: (result.data as TData | null | undefined) ?? null, errors: result.errors ?? [], cookies: context.responseCookies };
}

/**
 * Like runGraphQL for loaders: an error is thrown for the route's ErrorBoundary. The API's typed refusals become honest
 * HTTP answers with its Swedish message (a row the viewer may not see: 403; one that does not exist: 404); anything
 * unexpected stays an error, a 500 that Remix logs.
 */
export async function queryGraphQL<TData, TVariables extends Record<string, unknown> = Record<string, unknown>>(
  request: Request,
  source: string,
  variables?: TVariables,
): Promise<TData> {
  const { data, errors } = await runGraphQL<TData, TVariables>(request, source, variables);
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

export function fieldErrorsOf(errors: readonly GraphQLError[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    for (const { field, message } of (error.extensions?.fieldErrors as { field: string; message: string }[] | undefined) ?? []) {
      fields[field] ??= message;
    }
  }
  return fields;
}
