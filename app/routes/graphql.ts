import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { createGraphQLServer } from "../../graphql/yoga.ts";
import { getDb } from "../utils/db.server.ts";

// POST /graphql (and GraphiQL on GET in development): the public API, served by the same schema the pages use.
const yoga = createGraphQLServer({ db: getDb });

export const loader = ({ request }: LoaderFunctionArgs) => yoga.handleRequest(request, {});
export const action = ({ request }: ActionFunctionArgs) => yoga.handleRequest(request, {});
