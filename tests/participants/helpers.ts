import { expect } from "vitest";
import type { Db } from "../../prisma/db.ts";
import type { GraphQLCall } from "../helpers/graphql.ts";

export const CREATE = /* GraphQL */ `
  mutation Create($input: CreateParticipantInput!) {
    createParticipant(input: $input) {
      id code displayName kommunCode travelKind travelRadiusKm hoursPerDayMax weekdays stage interests goals avoidAreas
      travelKommuner { code }
      adaptationNeeds { mustHave adaptation { code } }
      avoidCards { id }
      coach { id }
      nextStep
    }
  }
`;

export const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $input: UpdateParticipantInput!) {
    updateParticipant(id: $id, input: $input) {
      id code displayName hoursPerDayMax weekdays travelKind travelRadiusKm goals
      travelKommuner { code }
      adaptationNeeds { mustHave adaptation { code } }
    }
  }
`;

export const VALID_INPUT = {
  code: "BOL-0042",
  displayName: "Kim",
  kommunCode: "2183",
  hoursPerDayMax: 3,
  weekdays: ["MON", "WED", "FRI"],
};

/** Every code the call failed with. */
export function fieldErrorsOf(call: GraphQLCall<unknown>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of call.errors ?? []) {
    for (const { field, message } of (error.extensions?.fieldErrors as { field: string; message: string }[] | undefined) ?? []) {
      fields[field] ??= message;
    }
  }
  return fields;
}

export function expectOk<T>(call: GraphQLCall<T>): T {
  expect(call.errors, JSON.stringify(call.errors)).toBeUndefined();
  return call.data!;
}

/**
 * Makes every insert of an audit row for `entity` fail in the test's schema, to show that the change it describes is
 * rolled back with it (same transaction). Returns the undo.
 */
export async function refuseAuditRows(db: Db, schema: string, entity: string): Promise<() => Promise<void>> {
  const fn = `"${schema}".refuse_audit_${entity.toLowerCase()}`;
  await db.$executeRawUnsafe(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$`);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER refuse_audit_${entity.toLowerCase()} BEFORE INSERT ON "${schema}"."AuditEvent" FOR EACH ROW WHEN (NEW.entity = '${entity}') EXECUTE FUNCTION ${fn}()`,
  );
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER refuse_audit_${entity.toLowerCase()} ON "${schema}"."AuditEvent"`);
    await db.$executeRawUnsafe(`DROP FUNCTION ${fn}()`);
  };
}
