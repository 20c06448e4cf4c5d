import { lexicographicSortSchema, type GraphQLSchema } from "graphql";
import { builder } from "./builder.ts";
import { withInputLimits } from "./input-limits.ts";
import { operationPolicy } from "./policy.ts";
import "./schema/reference.ts";
import "./schema/organization.ts";
import "./schema/placement.ts";
import "./schema/placement-mutations.ts";
import "./schema/placement-import.ts";
import "./schema/user.ts";
import "./schema/session.ts";
import "./schema/admin.ts";
import "./schema/participant.ts";
import "./schema/participant-profile.ts";
import "./schema/card-sort.ts";
import "./schema/match.ts";
import "./schema/proposal.ts";
import "./schema/assignment.ts";
import "./schema/attendance.ts";
import "./schema/follow-up.ts";
import "./schema/monthly-report.ts";
import "./schema/statistics.ts";

/** Default deny: a query or mutation without a row in the policy table, or without auth scopes, fails the build. */
function assertEveryOperationHasPolicy(built: GraphQLSchema): GraphQLSchema {
  for (const root of [built.getQueryType(), built.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const name = `${root!.name}.${field.name}`;
      const options = (field.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions;
      if (!(name in operationPolicy) || !options?.authScopes) throw new Error(`${name} has no policy in graphql/policy.ts`);
    }
  }
  return built;
}

/** Every argument bounded (graphql/input-limits.ts), and every operation with a policy. */
export const schema = withInputLimits(assertEveryOperationHasPolicy(lexicographicSortSchema(builder.toSchema())));
