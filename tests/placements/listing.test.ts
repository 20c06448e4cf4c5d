import { beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createPlacement } from "../../prisma/factories.ts";
import { seedDemoData } from "../../prisma/seed.ts";
import { errorCodes, graphqlClient } from "../helpers/graphql.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

const LIST = /* GraphQL */ `
  query List($first: Int, $after: String, $query: String, $filter: PlacementFilter, $sort: PlacementSort, $near: String) {
    placements(first: $first, after: $after, query: $query, filter: $filter, sort: $sort, near: $near) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title status kind kommunCode publishedAt organization { id } adaptations { code } occupationCards { id area } } }
    }
  }
`;
const FACETS = /* GraphQL */ `
  query Facets($query: String, $filter: PlacementFilter) {
    placements(first: 1, query: $query, filter: $filter) {
      totalCount
      facets { kinds { value count } kommunCodes { value count } adaptationCodes { value count } occupationAreas { value count } }
    }
  }
`;

type Node = {
  id: string;
  title: string;
  status: string;
  kind: string;
  kommunCode: string;
  publishedAt: string | null;
  organization: { id: string };
  adaptations: { code: string }[];
  occupationCards: { id: string; area: string }[];
};

async function list(variables: Record<string, unknown>, cookie?: string): Promise<{ totalCount: number; nodes: Node[] }> {
  const result = await request(LIST, { first: 100, ...variables }, { cookie });
  expect(result.errors).toBeUndefined();
  const placements = result.data!.placements;
  return { totalCount: placements.totalCount, nodes: placements.edges.map((e: { node: Node }) => e.node) };
}

let adaptationCodes: string[];

beforeAll(async () => {
  await seedDemoData(t.db);
  adaptationCodes = (await t.db.adaptation.findMany({ orderBy: { sortOrder: "asc" } })).map((a) => a.code);
});

// Word-level matching (stems, compounds, typos, å/ä/ö) is one module for every path: tests/search/text.test.ts.

describe("placements query through the listing function", () => {
  it("finds a demo placement by a title word with one typo, and every hit contains a near match", async () => {
    const exact = await list({ query: "returer" });
    const typo = await list({ query: "retuer" });
    expect(exact.nodes.map((n) => n.title)).toContain("Ta hand om returer");
    expect(typo.nodes.map((n) => n.id)).toEqual(exact.nodes.map((n) => n.id));
  });

  it("requires every query word to match", async () => {
    const both = await list({ query: "returer lugnt" });
    expect(both.nodes.map((n) => n.title)).toEqual(["Ta hand om returer"]);
    expect((await list({ query: "returer zebrafink" })).totalCount).toBe(0);
  });

  it("ranks title matches above description matches", async () => {
    const { nodes } = await list({ query: "truck" });
    expect(nodes[0].title).toMatch(/truck/i);
  });

  it("sorts newest first by default and pages with stable cursors", async () => {
    const all = await list({});
    const dates = all.nodes.map((n) => Date.parse(n.publishedAt!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const first = await request(LIST, { first: 7 });
    const second = await request(LIST, { first: 7, after: first.data!.placements.pageInfo.endCursor });
    const paged = [...first.data!.placements.edges, ...second.data!.placements.edges].map((e: { node: Node }) => e.node.id);
    expect(paged).toEqual(all.nodes.slice(0, 14).map((n) => n.id));
  });

  it("sorts nearest to a kommun's centre, and asks for a kommun when none is given", async () => {
    const { nodes } = await list({ sort: "NEAREST", near: "1780" }); // Karlstad
    expect(nodes[0].kommunCode).toBe("1780");
    const far = nodes.findIndex((n) => n.kommunCode === "2183");
    const near = nodes.findLastIndex((n) => n.kommunCode === "1780");
    expect(near).toBeLessThan(far);
    const missing = await request(LIST, { sort: "NEAREST" });
    expect(errorCodes(missing)).toEqual(["VALIDATION_FAILED"]);
  });

  it("filters by yrkeskort area and by kind", async () => {
    const { nodes } = await list({ filter: { occupationAreas: ["Lager och logistik"], kinds: ["INTERNSHIP"] } });
    for (const node of nodes) {
      expect(node.kind).toBe("INTERNSHIP");
      expect(node.occupationCards.some((c) => c.area === "Lager och logistik")).toBe(true);
    }
  });
});

describe("facet counts", () => {
  it("counts, for each value, the hits that choosing it would give", async () => {
    const result = await request(FACETS, { filter: { kinds: ["INTERNSHIP"], adaptationCodes: ["NAMED_MENTOR"] } });
    const facets = result.data!.placements.facets;
    for (const { value, count } of facets.kinds) {
      expect((await list({ filter: { kinds: [value], adaptationCodes: ["NAMED_MENTOR"] } })).totalCount, value).toBe(count);
    }
    for (const { value, count } of facets.adaptationCodes) {
      const codes = [...new Set(["NAMED_MENTOR", value])];
      expect((await list({ filter: { kinds: ["INTERNSHIP"], adaptationCodes: codes } })).totalCount, value).toBe(count);
    }
    for (const { value, count } of facets.kommunCodes) {
      expect((await list({ filter: { kinds: ["INTERNSHIP"], adaptationCodes: ["NAMED_MENTOR"], kommunCodes: [value] } })).totalCount).toBe(count);
    }
  });

  it("gives the same hits with and without facets asked for", async () => {
    const filter = { kommunCodes: ["2183"], adaptationCodes: ["OWN_PACE"] };
    const withFacets = await request(FACETS, { filter, query: "packa" });
    expect(withFacets.data!.placements.totalCount).toBe((await list({ filter, query: "packa" })).totalCount);
  });
});

describe("adaptation filter: offers ALL (acceptance 2)", () => {
  it("returns, for every demo adaptation code, only published placements offering it, and all of them", async () => {
    for (const code of adaptationCodes) {
      const { totalCount, nodes } = await list({ filter: { adaptationCodes: [code] } });
      const expected = await t.db.placement.count({ where: { status: "PUBLISHED", adaptations: { some: { adaptationCode: code } } } });
      expect(totalCount, code).toBe(expected);
      expect(nodes).toHaveLength(Math.min(expected, 100));
      for (const node of nodes) {
        expect(node.status).toBe("PUBLISHED");
        expect(node.adaptations.map((a) => a.code), `${node.id} for ${code}`).toContain(code);
      }
    }
  });

  it("returns, for pairs of codes, only placements offering both", async () => {
    let nonEmpty = 0;
    for (let i = 0; i < adaptationCodes.length; i++) {
      const pair = [adaptationCodes[i], adaptationCodes[(i + 5) % adaptationCodes.length]];
      const { totalCount, nodes } = await list({ filter: { adaptationCodes: pair } });
      const expected = await t.db.placement.count({
        where: { status: "PUBLISHED", AND: pair.map((code) => ({ adaptations: { some: { adaptationCode: code } } })) },
      });
      expect(totalCount, pair.join("+")).toBe(expected);
      if (totalCount) nonEmpty++;
      for (const node of nodes) expect(node.adaptations.map((a) => a.code)).toEqual(expect.arrayContaining(pair));
    }
    expect(nonEmpty).toBeGreaterThan(5);
  });

  it("matches ANY of several yrkeskort", async () => {
    const cards = ["kora-truck", "baka"];
    const { nodes, totalCount } = await list({ filter: { occupationCardIds: cards } });
    expect(totalCount).toBeGreaterThan(1);
    for (const node of nodes) expect(node.occupationCards.some((c) => cards.includes(c.id))).toBe(true);
  });
});

describe("visibility (acceptance 3)", () => {
  it("never shows an anonymous caller a draft, paused or closed placement, whatever the query", async () => {
    for (const variables of [{}, { query: "packa" }, { filter: { statuses: ["DRAFT", "PAUSED", "CLOSED"] } }, { filter: { kommunCodes: ["2183"] } }]) {
      const { nodes, totalCount } = await list(variables);
      expect(totalCount).toBe(nodes.length);
      for (const node of nodes) expect(node.status).toBe("PUBLISHED");
    }
    const hidden = await t.db.placement.findMany({ where: { status: { not: "PUBLISHED" } }, select: { id: true } });
    expect(hidden.length).toBeGreaterThanOrEqual(3);
    for (const { id } of hidden) {
      expect((await request(`query($id: ID!) { placement(id: $id) { id } }`, { id })).data!.placement).toBeNull();
    }
  });

  it("shows an organisation member their own drafts and nobody else's", async () => {
    const own = await createOrganization(t.db, { name: "Egna AB" });
    const other = await createOrganization(t.db, { name: "Grannens AB" });
    const mine = await createPlacement(t.db, { organizationId: own.id, status: "DRAFT", title: "Mitt utkast" });
    const theirs = await createPlacement(t.db, { organizationId: other.id, status: "DRAFT", title: "Grannens utkast" });
    const { cookie } = await signedInUser(t.db, ["ORG_MEMBER"], [own.id]);
    const { nodes } = await list({ filter: { statuses: ["DRAFT"] } }, cookie);
    expect(nodes.map((n) => n.id)).toEqual([mine.id]);
    const everything = await list({ query: "utkast" }, cookie);
    expect(everything.nodes.map((n) => n.id)).toContain(mine.id);
    expect(everything.nodes.map((n) => n.id)).not.toContain(theirs.id);
    for (const node of (await list({}, cookie)).nodes) {
      if (node.status !== "PUBLISHED") expect(node.organization.id).toBe(own.id);
    }
    const demoDrafts = await t.db.placement.findMany({ where: { status: "DRAFT", organizationId: { not: own.id } }, select: { id: true } });
    for (const { id } of demoDrafts) {
      expect((await request(`query($id: ID!) { placement(id: $id) { id } }`, { id }, { cookie })).data!.placement).toBeNull();
    }
  });
});
