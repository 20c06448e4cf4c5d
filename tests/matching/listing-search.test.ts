import { beforeAll, describe, expect, it } from "vitest";
import { createPlacement } from "../../prisma/factories.ts";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import type { SearchEngine } from "../../search/engine.ts";
import { prismaReindexSource } from "../../search/outbox-store.ts";
import { reindexAll } from "../../search/sync.ts";
import { graphqlClient } from "../helpers/graphql.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
const inner = createEmbeddedEngine();
let engineSearches = 0;
const engine = new Proxy(inner, {
  get(target, property, receiver) {
    const value = Reflect.get(target, property, receiver);
    if (property !== "multiSearch") return typeof value === "function" ? value.bind(target) : value;
    return (...args: Parameters<SearchEngine["multiSearch"]>) => {
      engineSearches += 1;
      return target.multiSearch(...args);
    };
  },
});
const request = graphqlClient(() => t.db, { search: () => engine });

const LIST = `query($q: String) { placements(first: 20, query: $q) { totalCount edges { node { id title } } } }`;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const published = { status: "PUBLISHED" as const };
  ids.lager = (await createPlacement(t.db, { ...published, title: "Lager och logistik hos Hälsinge Logistik" })).id;
  ids.kafe = (await createPlacement(t.db, { ...published, title: "Kafé och servering", tasks: ["Duka", "Baka"] })).id;
  ids.tradgard = (await createPlacement(t.db, { ...published, title: "Trädgård och park", tasks: ["Rensa ogräs"] })).id;
  ids.draft = (await createPlacement(t.db, { title: "Lager utan publicering" })).id;
  await reindexAll(prismaReindexSource(t.db), engine);
});

async function titlesFor(q: string) {
  const result = await request<{ placements: { edges: { node: { id: string } }[] } }>(LIST, { q });
  expect(result.errors).toBeUndefined();
  return result.data!.placements.edges.map((edge) => edge.node.id);
}

describe("the public listing through the search engine", () => {
  it.each([
    ["lagr", "lager"],
    ["kafe", "kafe"],
    ["tradgard", "tradgard"],
    ["logistik", "lager"],
  ])("finds the placement by %s, with a typo, a missing accent or a synonym", async (q, key) => {
    const before = engineSearches;
    expect(await titlesFor(q)).toContain(ids[key]);
    expect(engineSearches).toBe(before + 1);
  });

  it("never lists a draft to an anonymous visitor, even when the words match", async () => {
    expect(await titlesFor("lager")).not.toContain(ids.draft);
  });

  it("never lists a placement paused since it was indexed, though the outbox has not reached the engine yet", async () => {
    const placement = await createPlacement(t.db, { status: "PUBLISHED", title: "Pausad cykelverkstad" });
    await reindexAll(prismaReindexSource(t.db), engine);
    expect(await titlesFor("cykelverkstad")).toContain(placement.id);
    const member = await signedInUser(t.db, ["ORG_MEMBER"], [placement.organizationId]);
    const coach = await signedInUser(t.db, ["COACH"]);
    const paused = await request(`mutation($id: ID!) { pausePlacement(id: $id) { status } }`, { id: placement.id }, { cookie: member.cookie });
    expect(paused.data).toEqual({ pausePlacement: { status: "PAUSED" } });
    // The engine still holds the published document (nothing drains the outbox here), and answers with it.
    const searches = engineSearches;
    expect(await titlesFor("cykelverkstad")).not.toContain(placement.id);
    expect(engineSearches).toBe(searches + 1);
    for (const [cookie, filter] of [[coach.cookie, {}], [member.cookie, { statuses: ["PUBLISHED"] }]] as const) {
      const result = await request<{ placements: { edges: { node: { id: string } }[] } }>(
        `query($q: String, $f: PlacementFilter) { placements(first: 20, query: $q, filter: $f) { edges { node { id } } } }`,
        { q: "cykelverkstad", f: filter },
        { cookie },
      );
      expect(result.data!.placements.edges.map((edge) => edge.node.id)).not.toContain(placement.id);
    }
  });
});
