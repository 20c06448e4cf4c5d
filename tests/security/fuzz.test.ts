/**
 * Every operation of the schema, called with generated arguments (fast-check) by someone it is open to and by an
 * anonymous caller: whatever the input, the answer is never a masked error and never HTTP 500, and every error has
 * an `extensions.code` and a Swedish message. Inputs mix the demo world's real ids and codes (so calls get past the
 * existence checks into validation and writes) with the awkward: empty, NUL, very long, impossible dates, lists too
 * long or repeating, numbers at the edges, and now and then a value of the wrong JSON type.
 *
 * Seeded, so a failure reproduces. More runs locally: FUZZ_RUNS=50 FUZZ_SEED=7 npx vitest run tests/security/fuzz.test.ts
 */
import fc from "fast-check";
import { getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed.ts";
import { graphqlClient } from "../helpers/graphql.ts";
import { cookieFor, personaFor } from "../helpers/personas.ts";
import { documentFor, looksSwedish, schemaOperations } from "../helpers/schema-operations.ts";
import { useTestDatabase } from "../setup/database.ts";

const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 5);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

/** Real values from the demo world, by what an argument's name says it holds. */
interface Pools {
  ids: string[];
  byName: [RegExp, string[]][];
}
let pools: Pools;
/** The signed-in personas are left out of the user ids, so deactivateUser cannot sign the fuzzing out. */
let personaIds: Set<string>;

beforeAll(async () => {
  await seedDemoData(t.db);
  const personas = await Promise.all((["admin", "coach", "supportWorker", "orgMember"] as const).map((scope) => personaFor(t.db, scope)));
  personaIds = new Set(personas.map((persona) => persona!.userId));
  const ids = async (rows: Promise<{ id: string }[]>) => (await rows).map((row) => row.id);
  const [participants, placements, organizations, proposals, assignments, sessions, consents, cards, users, tokens] = await Promise.all([
    ids(t.db.participant.findMany({ select: { id: true } })),
    ids(t.db.placement.findMany({ select: { id: true } })),
    ids(t.db.organization.findMany({ select: { id: true } })),
    ids(t.db.proposal.findMany({ select: { id: true } })),
    ids(t.db.assignment.findMany({ select: { id: true } })),
    ids(t.db.cardSortSession.findMany({ select: { id: true } })),
    ids(t.db.consent.findMany({ select: { id: true } })),
    ids(t.db.occupationCard.findMany({ select: { id: true } })),
    ids(t.db.user.findMany({ select: { id: true } })).then((all) => all.filter((id) => !personaIds.has(id))),
    ids(t.db.apiToken.findMany({ select: { id: true } })),
  ]);
  const kommuner = (await t.db.kommun.findMany({ select: { code: true } })).map((k) => k.code);
  const adaptations = (await t.db.adaptation.findMany({ select: { code: true } })).map((a) => a.code);
  const areas = [...new Set((await t.db.occupationCard.findMany({ select: { area: true } })).map((c) => c.area))];
  pools = {
    ids: [...participants, ...placements, ...organizations, ...proposals, ...assignments, ...sessions, ...consents, ...cards, ...users, ...tokens],
    byName: [
      [/^participantId$/, participants],
      [/^placementId$/, placements],
      [/^organizationIds?$/, organizations],
      [/^proposalId$/, proposals],
      [/^assignmentId$/, assignments],
      [/^sessionId$/, sessions],
      [/^consentId$/, consents],
      [/^(occupationCardIds?|avoidCardIds)$/, cards],
      [/^(userId|toCoachId|supportWorkerId)$/, users],
      [/^(kommunCodes?|travelKommunCodes|near)$/, kommuner],
      [/^(adaptationCodes|code)$/, adaptations],
      [/^(occupationAreas|avoidAreas)$/, areas],
      [/^email$/, ["coach2@demo.stegvis.se", "ny.person@kommun.se", "inte en adress"]],
    ],
  };
});

const awkwardText = fc.oneof(
  fc.constantFrom("", " ", "\u0000", "a\u0000b", "'; DROP TABLE \"Placement\"; --", "%_\\", "null", "0", "-1", "🙂🙂", "\u202Eåäö", "<script>"),
  fc.constantFrom("2024-02-30", "0000-01-01", "-000001-01-01", "99999-01-01", "2026-13-01", "2026-10-01T25:00:00Z", "0"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.integer({ min: 4_001, max: 6_000 }).map((length) => "x".repeat(length)),
);

function textFor(name: string, type: "String" | "ID"): fc.Arbitrary<string> {
  const known = pools.byName.find(([pattern]) => pattern.test(name))?.[1] ?? (type === "ID" ? pools.ids : []);
  return known.length ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 3 }, { arbitrary: awkwardText, weight: 2 }) : awkwardText;
}

const scalars: Record<string, fc.Arbitrary<unknown>> = {
  Int: fc.oneof(fc.integer({ min: -2, max: 60 }), fc.constantFrom(2_147_483_647, -2_147_483_648, 100_000)),
  Float: fc.oneof(fc.double({ min: -1, max: 24, noNaN: true }), fc.constantFrom(0, 1e308, -1e308, 5e-324, 55.5, 13.1)),
  Boolean: fc.boolean(),
  DateTime: fc.oneof(
    fc.constantFrom("2026-08-01T09:00:00Z", "2026-08-01", "0", "2024-02-30T00:00:00Z", "0000-01-01T00:00:00Z", "-000001-01-01T00:00:00Z", "2999-01-01T00:00:00Z"),
    fc.date({ min: new Date("1800-01-01"), max: new Date("2200-01-01"), noInvalidDate: true }).map((date) => date.toISOString()),
  ),
  Date: fc.oneof(
    { arbitrary: fc.constantFrom("2026-10-01", "2027-01-31"), weight: 3 },
    { arbitrary: fc.constantFrom("2024-02-30", "0026-01-01", "20026-01-01", "2026-10-01T00:00:00Z", "2026-1-1", ""), weight: 2 },
  ),
};

/** A value for an input of `type`; `name` is the argument's or field's name. */
function valueFor(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const nullable = getNullableType(type);
  let value: fc.Arbitrary<unknown>;
  if (isListType(nullable)) {
    const item = valueFor(nullable.ofType as GraphQLInputType, name, depth + 1);
    value = fc.oneof(
      { arbitrary: fc.array(item, { maxLength: 4 }), weight: 8 },
      { arbitrary: item.chain((one) => fc.constantFrom(Array(101).fill(one), Array(1_000).fill(one))), weight: 1 },
    );
  } else if (isInputObjectType(nullable)) {
    const fields = Object.values(nullable.getFields());
    value = fc.record(
      Object.fromEntries(fields.map((field) => [field.name, valueFor(field.type, field.name, depth + 1)])),
      { requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name) },
    );
  } else if (isEnumType(nullable)) {
    value = fc.constantFrom(...nullable.getValues().map((v) => v.value as string));
  } else if (nullable.name === "String" || nullable.name === "ID") {
    value = textFor(name, nullable.name);
  } else {
    value = scalars[nullable.name]!;
  }
  // Now and then a value of the wrong JSON type, or null where the schema allows it.
  const wrongType = fc.constantFrom<unknown>(42, "tolv", true, { a: 1 }, [[1]]);
  return fc.oneof(
    { arbitrary: value, weight: 20 },
    { arbitrary: wrongType, weight: depth === 0 ? 1 : 0 },
    { arbitrary: fc.constant(null), weight: required ? 0 : 2 },
  );
}

/** What the run saw, printed at the end: requests, answers without errors, errors by code. */
const tally = { requests: 0, clean: 0, codes: {} as Record<string, number> };
afterAll(() => {
  const codes = Object.entries(tally.codes).sort(([, a], [, b]) => b - a).map(([code, n]) => `${code} ${n}`).join(", ");
  console.info(`fuzz: ${tally.requests} requests (seed ${SEED}), ${tally.clean} without errors; errors: ${codes}`);
});

describe("every operation, with generated arguments", () => {
  it.each(schemaOperations())("answers $name with typed Swedish errors only, never a masked error or HTTP 500", async (operation) => {
    const document = documentFor(operation);
    const callers = await Promise.all(["public" as const, ...operation.scopes].map((scope) => personaFor(t.db, scope)));
    const args = fc.record(Object.fromEntries(operation.field.args.map((arg) => [arg.name, valueFor(arg.type, arg.name)])), {
      requiredKeys: operation.field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name),
    });
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(args, fc.constantFrom(...callers), async (variables, caller) => {
        const result = await request(document, variables, { cookie: await cookieFor(t.db, caller) });
        requests += 1;
        tally.requests += 1;
        if (!result.errors?.length) tally.clean += 1;
        for (const error of result.errors ?? []) tally.codes[String(error.extensions?.code)] = (tally.codes[String(error.extensions?.code)] ?? 0) + 1;
        expect(result.status, JSON.stringify(result.errors)).not.toBe(500);
        for (const error of result.errors ?? []) {
          expect(error.extensions?.code, JSON.stringify(error)).toBeTypeOf("string");
          expect(error.extensions?.code, JSON.stringify(error)).not.toBe("INTERNAL_SERVER_ERROR");
          expect(looksSwedish(error.message), error.message).toBe(true);
        }
      }),
      { numRuns: RUNS_PER_OPERATION, seed: SEED, endOnFailure: true },
    );
    expect(requests).toBe(RUNS_PER_OPERATION);
  });
});
