/**
 * What one request may cost, and what it may learn about the schema (issue #15): expensive fields carry weights, so
 * aliases cannot repeat them a hundred times; introspection and "Did you mean …" hints are for signed-in callers in
 * production, and for everybody in development.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createGraphQLServer } from "../../graphql/yoga.ts";
import { createParticipant, createUser } from "../../prisma/factories.ts";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { graphqlClient } from "../helpers/graphql.ts";
import { looksSwedish } from "../helpers/schema-operations.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

const aliased = (times: number, field: string) => Array.from({ length: times }, (_, i) => `a${i}: ${field}`).join("\n");

let admin: { cookie: string };
let participantId: string;
beforeAll(async () => {
  admin = await signedInUser(t.db, ["ADMIN"]);
  const coach = await createUser(t.db, { roles: ["COACH"] });
  participantId = (await createParticipant(t.db, { coachId: coach.id })).id;
});

describe("cost weights", () => {
  it("refuses 100 aliased participantDataExport in one request and exports nothing, while one export still runs", async () => {
    const exports = () => t.db.auditEvent.count({ where: { participantId, action: "EXPORT" } });
    const before = await exports();
    const hundred = await request(`query($id: ID!) { ${aliased(100, "participantDataExport(participantId: $id)")} }`, { id: participantId }, admin);
    expect(new Set(hundred.errors?.map((error) => error.extensions?.code))).toEqual(new Set(["QUERY_TOO_COMPLEX"]));
    expect(looksSwedish(hundred.errors![0]!.message)).toBe(true);
    const two = await request(`query($id: ID!) { ${aliased(2, "participantDataExport(participantId: $id)")} }`, { id: participantId }, admin);
    expect(new Set(two.errors?.map((error) => error.extensions?.code))).toEqual(new Set(["QUERY_TOO_COMPLEX"]));
    expect(await exports()).toBe(before);
    const one = await request(`query($id: ID!) { participantDataExport(participantId: $id) }`, { id: participantId }, admin);
    expect(one.errors).toBeUndefined();
    expect(await exports()).toBe(before + 1);
  });

  it("refuses 100 aliased login attempts (a password check each) in one request", async () => {
    const hundred = await request(`mutation { ${aliased(100, 'login(email: "vem@kommun.se", password: "gissning")  { id }')} }`);
    expect(new Set(hundred.errors?.map((error) => error.extensions?.code))).toEqual(new Set(["QUERY_TOO_COMPLEX"]));
    expect(hundred.headers.get("set-cookie")).toBeNull();
  });
});

const INTROSPECT = `{ __schema { queryType { name } } }`;

describe("the schema, in production", () => {
  it("refuses introspection to an anonymous caller, in Swedish, but answers __typename", async () => {
    for (const query of [INTROSPECT, `{ __type(name: "Participant") { name } }`]) {
      const call = await request(query);
      expect(call.data ?? null).toBeNull();
      expect(call.errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      expect(call.errors![0]!.message).toBe("Logga in för att läsa API:ets schema.");
    }
    expect((await request(`{ __typename }`)).data).toEqual({ __typename: "Query" });
  });

  it("lets a signed-in caller introspect, and still refuses the same document to an anonymous one afterwards", async () => {
    const signedIn = await request(INTROSPECT, undefined, admin);
    expect(signedIn.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    expect((await request(INTROSPECT)).errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
  });

  it("gives no 'Did you mean' hints to an anonymous caller, and keeps them for a signed-in one", async () => {
    const anonymous = await request(`{ placementz { totalCount } }`);
    expect(anonymous.errors?.map((error) => error.extensions?.code)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(JSON.stringify(anonymous.errors)).not.toMatch(/Did you mean|placements/);
    const enumValue = await request(`query($f: PlacementFilter) { placements(filter: $f) { totalCount } }`, { f: { kinds: ["WORK_TRAINIG"] } });
    expect(JSON.stringify(enumValue.errors)).not.toMatch(/Did you mean|WORK_TRAINING/);
    const signedIn = await request(`{ placementz { totalCount } }`, undefined, admin);
    expect(signedIn.errors![0]!.extensions!.detail).toMatch(/Did you mean "placement" or "placements"\?/);
  });
});

describe("the schema, in development", () => {
  it("is open to anyone, hints included, for GraphiQL", async () => {
    const yoga = createGraphQLServer({ db: () => t.db, search: createEmbeddedEngine, production: false });
    const ask = async (query: string) => {
      const response = await yoga.fetch("http://stegvis.test/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
      return (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };
    };
    expect((await ask(INTROSPECT)).data).toEqual({ __schema: { queryType: { name: "Query" } } });
    expect((await ask(`{ placementz { totalCount } }`)).errors![0]!.extensions!.detail).toMatch(/Did you mean/);
  });
});
