import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { allow } from "../policy.ts";
import { Organization } from "./organization.ts";

const selfOrAdmin = (user: { id: string }, context: Context) =>
  context.viewer?.userId === user.id || (context.viewer?.roles.includes("ADMIN") ?? false);

// Reachable wherever a name is shown (a coach on a profile, an actor in a log); everything beyond the name is
// checked per field against the live viewer, so the user that `login` returns already counts as "self".
export const User = builder.prismaObject("User", {
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    email: t.exposeString("email", { authScopes: (user, _args, context) => selfOrAdmin(user, context) }),
    roles: t.stringList({ authScopes: (user, _args, context) => selfOrAdmin(user, context), resolve: (user) => user.roles }),
    active: t.exposeBoolean("active", { authScopes: { admin: true } }),
    organizations: t.field({
      type: [Organization],
      authScopes: (user, _args, context) => selfOrAdmin(user, context),
      select: { memberships: { include: { organization: true } } },
      resolve: (user) => user.memberships.map((membership) => membership.organization),
    }),
  }),
});

builder.queryFields((t) => ({
  me: t.prismaField({
    type: User,
    nullable: true,
    authScopes: allow("Query.me"),
    resolve: (query, _root, _args, { db, viewer }) =>
      viewer?.userId ? db.user.findUnique({ ...query, where: { id: viewer.userId } }) : null,
  }),
}));
