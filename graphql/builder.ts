import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type PrismaTypes from "../generated/pothos-types.ts";
import { getDatamodel } from "../generated/pothos-types.ts";
import { mode } from "../config/mode.ts";
import type { Context } from "./context.ts";
import { ForbiddenError, QueryTooComplexError, UnauthenticatedError, ValidationError } from "./errors.ts";
import { scopesOf, type Scope } from "./policy.ts";
import { fromDbDate, type IsoDate } from "../lib/dates.ts";
import { DATE_TIME_MESSAGE, dayProblem, parseIsoDateTime } from "./validation/common.ts";

/** Query limits: deep nesting and huge fan-out are refused before anything runs. */
export const QUERY_LIMITS = { depth: 10, breadth: 200, complexity: 2_000 } as const;

/**
 * What a field costs against QUERY_LIMITS.complexity when its work is far beyond reading rows (every other field
 * costs 1): so one request holds at most one data export, two CSV files, a handful of password checks or matchings,
 * however many aliases it repeats them under.
 */
export const FIELD_COST = { dataExport: 1_500, csvFile: 1_000, passwordHash: 400, matching: 200, auditLog: 200, facets: 50 } as const;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  AuthScopes: Record<Scope, boolean>;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: IsoDate; Output: IsoDate | Date };
  };
}>({
  // Complexity first (refuse before any work), then scope-auth (before the prisma plugin plans queries).
  plugins: [ComplexityPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  complexity: {
    limit: QUERY_LIMITS,
    complexityError: (kind, result) =>
      new QueryTooComplexError(
        kind === "Depth"
          ? `Frågan är för djup: ${result.depth} nivåer, högst ${QUERY_LIMITS.depth} är tillåtna.`
          : kind === "Breadth"
            ? `Frågan har för många fält: ${result.breadth}, högst ${QUERY_LIMITS.breadth} är tillåtna.`
            : `Frågan är för stor: kostnad ${result.complexity}, högst ${QUERY_LIMITS.complexity} är tillåten.`,
      ),
  },
  scopeAuth: {
    authScopes: (context) => {
      const held = scopesOf(context.viewer?.roles ?? null);
      return Object.fromEntries(
        (["public", "loggedIn", "admin", "coach", "supportWorker", "orgMember"] as const).map((scope) => [scope, held.has(scope)]),
      ) as Record<Scope, boolean>;
    },
    unauthorizedError: (_parent, context) => (context.viewer ? new ForbiddenError() : new UnauthenticatedError()),
  },
  prisma: {
    client: (context) => context.db,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    // A resolver that ignores the planned `query` loads its nested fields row by row: a warning while developing, an
    // error in tests, nothing in production.
    onUnusedQuery: ({ development: "warn", test: "error", production: null } as const)[mode()],
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
  },
});

builder.queryType({});
builder.mutationType({});

builder.scalarType("DateTime", {
  serialize: (value) => value.toISOString(),
  // Strict ISO 8601 in a sane year range: `new Date(text)` would read "0" as the year 2000.
  parseValue: (value) => {
    const date = typeof value === "string" ? parseIsoDateTime(value) : null;
    if (!date) throw new ValidationError([], DATE_TIME_MESSAGE);
    return date;
  },
});

/**
 * A calendar day, "2026-11-03": every `@db.Date` column and date-only input. Never a midnight timestamp, which a
 * client in another zone would read as the day before. Resolvers may return the stored value (UTC midnight, as
 * Prisma reads `@db.Date`) or the day itself; inputs arrive as the checked "yyyy-mm-dd" text.
 */
builder.scalarType("Date", {
  description: "A calendar day without time or zone, written yyyy-mm-dd",
  serialize: (value) => (typeof value === "string" ? value : fromDbDate(value)),
  parseValue: (value) => {
    const problem = typeof value === "string" ? dayProblem(value) : dayProblem("");
    if (problem) throw new ValidationError([], problem);
    return value as IsoDate;
  },
});
