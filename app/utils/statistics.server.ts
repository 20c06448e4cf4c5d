/**
 * The statistics page and its CSV export read the same operation, so both show exactly what the API publishes.
 * A bad period comes back as the API's field errors (VALIDATION_FAILED), for the form to show beside its fields.
 */
import type { ResultOf } from "gql.tada";
import { graphql } from "./graphql.ts";
import { runGraphQL } from "./graphql.server.ts";

export const STATISTICS = graphql(`
  query Statistics($from: String, $to: String) {
    statistics(from: $from, to: $to) {
      from
      to
      scope
      tables { key title description rowHeader columns rows { label isTotal cells { value suppressed } } }
    }
  }
`);

export type StatisticsData = ResultOf<typeof STATISTICS>["statistics"];

/** The period as the URL asks for it (?fran=yyyy-mm&till=yyyy-mm); blank means the default. */
export function periodParams(request: Request): { from: string | null; to: string | null } {
  const params = new URL(request.url).searchParams;
  return { from: params.get("fran") || null, to: params.get("till") || null };
}

export type StatisticsResult =
  | { statistics: StatisticsData; errors: null }
  | { statistics: null; errors: { from?: string; to?: string } };

export async function loadStatistics(request: Request, loadContext: unknown): Promise<StatisticsResult> {
  const variables = periodParams(request);
  const { data, errors } = await runGraphQL(request, STATISTICS, variables, loadContext);
  const refusal = errors.find((error) => error.extensions?.code === "VALIDATION_FAILED");
  if (refusal) {
    const fieldErrors = (refusal.extensions?.fieldErrors ?? []) as { field: string; message: string }[];
    return { statistics: null, errors: Object.fromEntries(fieldErrors.map((e) => [e.field, e.message])) };
  }
  // A role without statistics gets the API's Swedish refusal as a 403 page; anything unexpected stays an error (500).
  const forbidden = errors.find((error) => error.extensions?.code === "FORBIDDEN");
  if (forbidden) throw new Response(forbidden.message, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (errors.length || !data) throw errors[0] ?? new Error("empty GraphQL result");
  return { statistics: data.statistics, errors: null };
}
