import { lexicographicSortSchema } from "graphql";
import { builder } from "./builder.ts";
import "./schema/reference.ts";
import "./schema/organization.ts";
import "./schema/placement.ts";
import "./schema/user.ts";

export const schema = lexicographicSortSchema(builder.toSchema());
