import { builder } from "../builder.ts";
import { allow } from "../policy.ts";

export const Adaptation = builder.prismaObject("Adaptation", {
  authScopes: { public: true },
  description: "An anpassning from the shared vocabulary: placements offer them, participants need them.",
  fields: (t) => ({
    code: t.exposeString("code"),
    label: t.exposeString("label", { description: "Swedish label" }),
    category: t.exposeString("category"),
  }),
});

export const OccupationCard = builder.prismaObject("OccupationCard", {
  authScopes: { public: true },
  description: "A yrkeskort: a picture of a work situation with a short lättläst text.",
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title"),
    ssyk: t.exposeString("ssyk", { nullable: true }),
    area: t.exposeString("area"),
    description: t.exposeString("description"),
  }),
});

export const Kommun = builder.prismaObject("Kommun", {
  authScopes: { public: true },
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    latitude: t.exposeFloat("latitude"),
    longitude: t.exposeFloat("longitude"),
  }),
});

builder.queryFields((t) => ({
  adaptations: t.prismaField({
    type: [Adaptation],
    authScopes: allow("Query.adaptations"),
    resolve: (query, _root, _args, { db }) => db.adaptation.findMany({ ...query, orderBy: { sortOrder: "asc" } }),
  }),
  occupationCards: t.prismaField({
    type: [OccupationCard],
    authScopes: allow("Query.occupationCards"),
    resolve: (query, _root, _args, { db }) => db.occupationCard.findMany({ ...query, orderBy: { sortOrder: "asc" } }),
  }),
  kommuner: t.prismaField({
    type: [Kommun],
    authScopes: allow("Query.kommuner"),
    resolve: (query, _root, _args, { db }) => db.kommun.findMany({ ...query, orderBy: { name: "asc" } }),
  }),
}));
