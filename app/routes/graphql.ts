import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { createGraphQLServer } from "../../graphql/yoga.ts";
import { getDb, getSearchEngine } from "../utils/db.server.ts";
import { clientAddressOf } from "../utils/request.server.ts";

// POST /graphql (and GraphiQL on GET in development): the public API, served by the same schema the pages use.
const yoga = createGraphQLServer({ db: getDb, search: getSearchEngine });

export const loader = ({ request, context }: LoaderFunctionArgs) => yoga.handleRequest(request, { clientAddress: clientAddressOf(context) });
export const action = ({ request, context }: ActionFunctionArgs) => yoga.handleRequest(request, { clientAddress: clientAddressOf(context) });
