// npm run schema:print: writes schema.graphql, the printed API, committed so API changes show in review; the npm script
// then runs `gql-tada generate output`, which types the app's GraphQL documents from it (app/graphql-env.d.ts).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { schema } from "../graphql/schema.ts";

writeFileSync(path.resolve(import.meta.dirname, "../schema.graphql"), `${printSchema(schema)}\n`);
console.info("wrote schema.graphql");
