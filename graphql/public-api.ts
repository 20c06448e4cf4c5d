/**
 * What POST /graphql tells a caller beyond the data.
 *
 * Errors: every error carries a stable `extensions.code` and a Swedish message (API.md). Ours (errors.ts) already do.
 * GraphQL's, Yoga's and Pothos' own — a syntax error, a query that does not fit the schema, a variable of the wrong
 * type, a malformed request — come in English and some without a code: they are rewritten here, with the original
 * text kept in `extensions.detail` for the developer. Masked incidents (INTERNAL_SERVER_ERROR) pass unchanged.
 *
 * The schema: in production, only signed-in callers (people and API tokens) may introspect it or get "Did you
 * mean …" hints in `detail`; an anonymous caller has no use for a map of the staff and participant operations.
 * Development keeps both open for GraphiQL.
 */
import { GraphQLError, type ASTVisitor, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Viewer } from "./context.ts";
import { StegvisError, UnauthenticatedError } from "./errors.ts";

type PublicCode = "GRAPHQL_PARSE_FAILED" | "GRAPHQL_VALIDATION_FAILED" | "BAD_USER_INPUT" | "BAD_REQUEST";

const MESSAGES: Record<PublicCode, string> = {
  GRAPHQL_PARSE_FAILED: "Frågan går inte att läsa: den följer inte GraphQL:s skrivsätt.",
  GRAPHQL_VALIDATION_FAILED: "Frågan passar inte API:ets schema. Kontrollera fält, argument och typer.",
  BAD_USER_INPUT: "Ett värde i anropet har fel typ eller saknas.",
  BAD_REQUEST: "Anropet går inte att läsa. Skicka ett JSON-objekt med frågan i fältet query, med POST.",
};

/** Yoga's refusals of the HTTP request itself, by status, where the general words would mislead. */
const REQUEST_MESSAGES: Record<number, string> = {
  405: "Ändringar (mutation) skickas med POST.",
  413: "Anropet är för stort.",
};

/** graphql-js: `Variable "$input" got invalid value "0" at "input.givenAt"; …` and `Variable "$f" of required type …`. */
const VARIABLE_ERROR = /^Variable "\$(\w+)"(?: got invalid value .*? at "([^"]+)")?/s;

const withoutSuggestions = (text: string) => text.replace(/\s*Did you mean .*$/s, "");

function publicCode(error: GraphQLError): PublicCode {
  const code = error.extensions.code;
  if (code === "GRAPHQL_PARSE_FAILED" || code === "GRAPHQL_VALIDATION_FAILED") return code;
  // A variable that does not fit its type, or a Pothos check inside a resolver (which has a path).
  if (VARIABLE_ERROR.test(error.message) || error.path) return "BAD_USER_INPUT";
  return "BAD_REQUEST";
}

function rebuilt(error: GraphQLError, message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions });
}

/** The error as the caller sees it. Never mutates `error`: Yoga caches validation errors across requests. */
export function publicError(error: GraphQLError, { suggestions }: { suggestions: boolean }): GraphQLError {
  if (error.extensions.code === "INTERNAL_SERVER_ERROR") return error;
  const ours = error instanceof StegvisError ? error : error.originalError instanceof StegvisError ? error.originalError : null;
  const variable = VARIABLE_ERROR.exec(error.message);
  if (ours) {
    if (ours.message === error.message) return error;
    // Our own refusal wrapped in GraphQL's words (the DateTime scalar refusing a variable): keep ours, name the field.
    // The variable's name is the caller's; the path inside it is the input's (as in the zod schemas' field errors).
    const field = variable && (variable[2]?.split(".").slice(1).join(".") || variable[1]);
    const fieldErrors = (ours.extensions.fieldErrors as unknown[] | undefined)?.length || !field ? ours.extensions.fieldErrors : [{ field, message: ours.message }];
    return rebuilt(error, ours.message, { ...error.extensions, ...ours.extensions, ...(fieldErrors ? { fieldErrors } : {}) });
  }
  const code = publicCode(error);
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  const message =
    code === "BAD_USER_INPUT" && variable
      ? `Variabeln $${variable[1]} har fel typ eller saknas.`
      : (code === "BAD_REQUEST" && status && REQUEST_MESSAGES[status]) || MESSAGES[code];
  return rebuilt(error, message, { ...error.extensions, code, detail: suggestions ? error.message : withoutSuggestions(error.message) });
}

/** Refuses introspection (`__schema`, `__type`; `__typename` stays) for callers the schema is closed to. */
function signedInIntrospectionOnly(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") {
        context.reportError(new UnauthenticatedError("Logga in för att läsa API:ets schema."));
      }
    },
  };
}

export function usePublicApi({
  production,
  viewerOf,
}: {
  production: boolean;
  /** The request's viewer; the same lookup the request's context uses (asked for once, before validation). */
  viewerOf: (request: Request, serverContext: Record<string, unknown>) => Promise<Viewer | null>;
}): Plugin {
  const open = new WeakMap<Request, boolean>();
  // Closed unless known to be open: a request that failed before its viewer was looked up gets no hints.
  const isOpen = (request: Request | undefined) => !production || (request !== undefined && open.get(request) === true);
  return {
    async onParams({ request, context }) {
      if (production) open.set(request, (await viewerOf(request, context as Record<string, unknown>)) !== null);
    },
    onValidate({ context, addValidationRule }) {
      if (!isOpen((context as { request?: Request }).request)) addValidationRule(signedInIntrospectionOnly);
    },
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || !("errors" in result) || !result.errors?.length) return;
      const suggestions = isOpen(request);
      setResult({ ...result, errors: result.errors.map((error) => (error instanceof GraphQLError ? publicError(error, { suggestions }) : error)) });
    },
  };
}
