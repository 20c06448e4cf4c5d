import { builder } from "../builder.ts";

export const Organization = builder.prismaObject("Organization", {
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    kind: t.exposeString("kind", { description: "COMPANY | SOCIAL_ENTERPRISE | ASSOCIATION | PUBLIC" }),
    description: t.exposeString("description"),
    kommunCode: t.exposeString("kommunCode"),
    kommun: t.relation("kommun"),
    website: t.exposeString("website", { nullable: true }),
  }),
});
