/**
 * The one `graphql` tag for documents in app/: gql.tada types each document's result and variables from the
 * committed schema (app/graphql-env.d.ts, written by `npm run schema:print`), so `tsc` refuses a route that reads a
 * field its document does not select. Safe for the browser: components define their fragments with it too.
 */
import { initGraphQLTada } from "gql.tada";
import type { introspection } from "../graphql-env.d.ts";

export const graphql = initGraphQLTada<{
  introspection: introspection;
  // Loaders get execute()'s serialised result: DateTime is an ISO string (Date too, should the schema add it).
  scalars: { DateTime: string; Date: string };
  // A query that spreads a fragment gets the fragment's fields inline; ResultOf<typeof Fragment> names their type.
  disableMasking: true;
}>();

export type { FragmentOf, ResultOf, VariablesOf } from "gql.tada";
