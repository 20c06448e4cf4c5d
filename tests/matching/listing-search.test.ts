import { beforeAll, describe, expect, it } from "vitest";
import { createPlacement } from "../../prisma/factories.ts";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import type { SearchEngine } from "../../search/engine.ts";
import { prismaReindexSource } from "../../search/outbox-store.ts";
import { reindexAll } from "../../search/sync.ts";
import { graphqlClient } from "../helpers/graphql.ts";
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
});
