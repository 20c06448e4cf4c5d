import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../generated/prisma/client.ts";
import { schema } from "../../graphql/schema.ts";
import { isAllowed, operationPolicy, type Operation } from "../../graphql/policy.ts";
import { graphqlClient } from "../helpers/graphql.ts";
import { sessionCookieFor, signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

const callers: Record<string, Role[] | null> = {
  anonymous: null,
  ADMIN: ["ADMIN"],
  COACH: ["COACH"],
  SUPPORT_WORKER: ["SUPPORT_WORKER"],
  ORG_MEMBER: ["ORG_MEMBER"],
};
const userIds: Record<string, string> = {};

beforeAll(async () => {
  const organization = await t.db.organization.create({ data: { name: "Matrisens förening", kind: "ASSOCIATION", kommunCode: "1781" } });
  for (const [name, roles] of Object.entries(callers)) {
    if (roles) userIds[name] = (await signedInUser(t.db, roles, roles.includes("ORG_MEMBER") ? [organization.id] : [])).user.id;
  }
});

/** A syntactically valid value for a required argument: enough to get past validation to the auth check. */
function sample(type: GraphQLInputType): string {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return `[${sample(inner.ofType)}]`;
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) {
    const required = Object.values(inner.getFields()).filter((field) => isNonNullType(field.type));
    return `{ ${required.map((field) => `${field.name}: ${sample(field.type)}`).join(", ")} }`;
  }
  switch (inner.name) {
    case "Int":
      return "1";
    case "Float":
      return "1.5";
    case "Boolean":
      return "true";
    case "DateTime":
      return '"2026-01-01T00:00:00Z"';
    default:
      return '"matrix-probe"';
  }
}

function operationText(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => `${arg.name}: ${sample(arg.type)}`);
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isAbstractType(named) ? " { __typename }" : "";
  return `${kind} { ${field.name}${args.length ? `(${args.join(", ")})` : ""}${selection} }`;
}

const operations = [
  ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ name: `Query.${field.name}`, text: operationText("query", field) })),
  ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ name: `Mutation.${field.name}`, text: operationText("mutation", field) })),
];

describe("authorization matrix: every operation of the schema × every role and anonymous", () => {
  it("has a policy row for every operation the schema serves, and no row for one it does not", () => {
    expect(operations.length).toBeGreaterThan(20);
    for (const { name } of operations) expect(operationPolicy, `${name} needs a row in graphql/policy.ts`).toHaveProperty([name]);
    expect(Object.keys(operationPolicy).sort()).toEqual(operations.map((o) => o.name).sort());
  });

  for (const { name, text } of operations) {
    for (const [caller, roles] of Object.entries(callers)) {
      const allowed = name in operationPolicy && isAllowed(name as Operation, roles);
      it(`${allowed ? "lets" : "refuses"} ${caller} ${allowed ? "call" : ""} ${name}`, async () => {
        // A fresh session per probe: the logout probe ends the session it is given.
        const cookie = userIds[caller] ? await sessionCookieFor(t.db, userIds[caller]) : undefined;
        const result = await request(text, undefined, { cookie });
        const authErrors = (result.errors ?? []).filter(
          (error) => ["FORBIDDEN", "UNAUTHENTICATED"].includes(error.extensions?.code ?? "") && error.path?.length === 1,
        );
        if (allowed) {
          expect(authErrors, JSON.stringify(result.errors)).toEqual([]);
        } else {
          expect(authErrors).toHaveLength(1);
          expect(authErrors[0]!.extensions!.code).toBe(roles ? "FORBIDDEN" : "UNAUTHENTICATED");
        }
      });
    }
  }
});
