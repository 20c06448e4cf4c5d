import type { Db } from "../../prisma/db.ts";
import { createGraphQLServer } from "../../graphql/yoga.ts";

export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** A client for POST /graphql over the real Yoga handler (in-process fetch, no network), as production runs it. */
export function graphqlClient(getDb: () => Db, { headers = {} as Record<string, string> } = {}) {
  const yoga = createGraphQLServer({ db: getDb, production: true });
  return async function request<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    extraHeaders: Record<string, string> = {},
  ): Promise<GraphQLResponse<TData>> {
    const response = await yoga.fetch("http://stegvis.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers, ...extraHeaders },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<TData>;
  };
}
