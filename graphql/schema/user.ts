import { builder } from "../builder.ts";

export const User = builder.prismaObject("User", {
  fields: (t) => ({
    id: t.exposeID("id"),
    email: t.exposeString("email"),
    name: t.exposeString("name"),
    roles: t.stringList({ resolve: (user) => user.roles }),
  }),
});

builder.queryFields((t) => ({
  me: t.prismaField({
    type: User,
    nullable: true,
    authScopes: { public: true },
    resolve: (query, _root, _args, { db, viewer }) =>
      viewer ? db.user.findUnique({ ...query, where: { id: viewer.userId } }) : null,
  }),
}));
