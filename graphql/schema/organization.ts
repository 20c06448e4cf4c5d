import { builder } from "../builder.ts";
import { allow } from "../policy.ts";
import { visiblePlacements } from "../visibility.ts";

export const Organization = builder.prismaObject("Organization", {
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    kind: t.exposeString("kind", { description: "COMPANY | SOCIAL_ENTERPRISE | ASSOCIATION | PUBLIC" }),
    description: t.exposeString("description"),
    kommunCode: t.exposeString("kommunCode"),
    kommun: t.relation("kommun"),
    website: t.exposeString("website", { nullable: true }),
    address: t.exposeString("address"),
    placements: t.relation("placements", {
      description: "Published placements; the organisation's own members also see its drafts, paused and closed ones.",
      query: (_args, context) => ({ where: visiblePlacements(context.viewer), orderBy: [{ status: "asc" }, { title: "asc" }] }),
    }),
  }),
});

builder.queryFields((t) => ({
  organizations: t.prismaField({
    type: [Organization],
    description: "Every organisation that hosts placements: names and kinds are public.",
    authScopes: allow("Query.organizations"),
    resolve: (query, _root, _args, { db }) => db.organization.findMany({ ...query, orderBy: { name: "asc" } }),
  }),
  organization: t.prismaField({
    type: Organization,
    nullable: true,
    description: "One organisation's public profile.",
    authScopes: allow("Query.organization"),
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, { db }) => db.organization.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
}));
