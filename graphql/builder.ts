import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type PrismaTypes from "../generated/pothos-types.ts";
import { getDatamodel } from "../generated/pothos-types.ts";
import type { Context } from "./context.ts";
import type { Role } from "../generated/prisma/client.ts";

const hasRole = (context: Context, role: Role) => context.viewer?.roles.includes(role) ?? false;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  AuthScopes: {
    public: boolean;
    loggedIn: boolean;
    admin: boolean;
    coach: boolean;
    supportWorker: boolean;
    orgMember: boolean;
  };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
  };
}>({
  // Order matters: scope-auth wraps resolvers before the prisma plugin plans its queries.
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => ({
      public: true,
      loggedIn: context.viewer !== null,
      admin: hasRole(context, "ADMIN"),
      coach: hasRole(context, "COACH"),
      supportWorker: hasRole(context, "SUPPORT_WORKER"),
      orgMember: hasRole(context, "ORG_MEMBER"),
    }),
  },
  prisma: {
    client: (context) => context.db,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
  },
});

builder.queryType({});

builder.scalarType("DateTime", {
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError("Ogiltigt datum");
    return date;
  },
});
