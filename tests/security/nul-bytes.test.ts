import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed.ts";
import { graphqlClient } from "../helpers/graphql.ts";
import { cookieFor, personaFor } from "../helpers/personas.ts";
import { documentFor, looksSwedish, schemaOperations, textPositions, variablesWithValueAt } from "../helpers/schema-operations.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

beforeAll(async () => {
  await seedDemoData(t.db);
});

// Every String and ID any operation takes, found in the schema: a new argument is covered the day it is added.
const cases = schemaOperations().flatMap((operation) =>
  textPositions(operation.field.args).map((position) => ({ operation, position, label: `${operation.name} ${position.path.join(".")}` })),
);

describe("a NUL character in any string or ID", () => {
  it("finds the schema's text arguments (the audit counted 66)", () => {
    expect(cases.length).toBeGreaterThanOrEqual(66);
  });

  it.each(cases)("is refused as the caller's mistake, naming the field: $label", async ({ operation, position }) => {
    // Called by someone the operation is open to, so nothing but the input can be wrong.
    const cookie = await cookieFor(t.db, await personaFor(t.db, operation.scopes[0]!));
    const variables = variablesWithValueAt(operation.field.args, position.path, "ett\u0000fel");
    const result = await request(documentFor(operation), variables, { cookie });
    expect(result.status).not.toBe(500);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(["VALIDATION_FAILED"]);
    expect(looksSwedish(result.errors![0]!.message)).toBe(true);
    const field = (position.path[0] === "input" ? position.path.slice(1) : position.path).join(".");
    expect(result.errors![0]!.extensions!.fieldErrors).toContainEqual({ field, message: expect.stringContaining("NUL") });
  });
});
