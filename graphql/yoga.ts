import { createYoga } from "graphql-yoga";
import type { Db } from "../prisma/db.ts";
import type { Context } from "./context.ts";
import { contextFromRequest } from "./request-context.ts";
import { schema } from "./schema.ts";

/** POST /graphql. Unexpected errors are masked (with a request id to find the log line); typed errors pass. */
export function createGraphQLServer({ db, production = process.env.NODE_ENV === "production" }: { db: () => Db; production?: boolean }) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: !production,
    landingPage: false,
    maskedErrors: { isDev: !production },
    context: ({ request }) => contextFromRequest(request, db()),
  });
}
