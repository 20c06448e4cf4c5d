/**
 * The labelled Swedish probe set (tests/fixtures/swedish-probes.json): inflected forms, compounds, missing å/ä/ö,
 * typos, synonyms and negatives, each query with every placement a person typing it means and the placements it must
 * not find. Run on the embedded engine and on the database path of the listing, which must give the same results.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../graphql/context.ts";
import { listPlacements } from "../../graphql/placement-listing.ts";
import { createOrganization, createPlacement } from "../../prisma/factories.ts";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { prismaReindexSource } from "../../search/outbox-store.ts";
import { reindexAll } from "../../search/sync.ts";
import { useTestDatabase } from "../setup/database.ts";

/** Set a little under the measured figures (recall 0.990, precision 0.942, no negative matched when written). */
const MIN_RECALL = 0.95;
const MIN_PRECISION = 0.92;

interface Probe {
  q: string;
  kind: "inflection" | "compound" | "folded" | "typo" | "synonym" | "negative";
  expected: string[];
  mustNot: string[];
}

const fixture = JSON.parse(readFileSync(new URL("../fixtures/swedish-probes.json", import.meta.url), "utf8")) as {
  placements: { key: string; title: string; tasks: string[]; description: string }[];
  probes: Probe[];
};

const t = useTestDatabase();
const engine = createEmbeddedEngine();
const keyById = new Map<string, string>();

beforeAll(async () => {
  const organization = await createOrganization(t.db, { name: "Föreningen Vinden" });
  for (const { key, ...text } of fixture.placements) {
    const placement = await createPlacement(t.db, { ...text, status: "PUBLISHED", organizationId: organization.id });
    keyById.set(placement.id, key);
  }
  await reindexAll(prismaReindexSource(t.db), engine);
});

type Path = "engine" | "database";

async function found(path: Path, q: string): Promise<string[]> {
  const context = createContext({ db: t.db, search: engine });
  // A status besides PUBLISHED sends even an anonymous caller's listing to the database.
  const filter = path === "database" ? { statuses: ["PUBLISHED", "PAUSED"] as const } : undefined;
  const listing = await listPlacements(context, { query: q, filter, first: 100, offset: 0 });
  return listing.ids.map((id) => keyById.get(id)!).sort();
}

function measure(results: Map<string, string[]>) {
  let expected = 0;
  let recalled = 0;
  let returned = 0;
  let relevant = 0;
  const negativesMatched: string[] = [];
  const missed: string[] = [];
  const extra: string[] = [];
  for (const probe of fixture.probes) {
    const got = results.get(probe.q)!;
    expected += probe.expected.length;
    recalled += probe.expected.filter((key) => got.includes(key)).length;
    returned += got.length;
    relevant += got.filter((key) => probe.expected.includes(key)).length;
    for (const key of probe.expected) if (!got.includes(key)) missed.push(`${probe.q} → ${key}`);
    for (const key of got) if (!probe.expected.includes(key) && !probe.mustNot.includes(key)) extra.push(`${probe.q} → ${key}`);
    // A negative query may find only what it names; any query must not find its mustNot placements.
    const forbidden = probe.kind === "negative" ? got.filter((key) => !probe.expected.includes(key)) : [];
    for (const key of new Set([...forbidden, ...got.filter((key) => probe.mustNot.includes(key))])) negativesMatched.push(`${probe.q} → ${key}`);
  }
  return { recall: recalled / expected, precision: relevant / returned, negativesMatched, missed, extra };
}

describe("Swedish probe set", () => {
  it("is large enough and covers every kind of query", () => {
    expect(fixture.probes.length).toBeGreaterThanOrEqual(80);
    expect(fixture.probes.filter((probe) => probe.kind === "negative").length).toBeGreaterThanOrEqual(15);
    for (const kind of ["inflection", "compound", "folded", "typo", "synonym"]) {
      expect(fixture.probes.filter((probe) => probe.kind === kind).length, kind).toBeGreaterThanOrEqual(10);
    }
  });

  it(`finds what people mean on the embedded engine and the database path alike (recall ≥ ${MIN_RECALL}, no negative)`, async () => {
    const byPath = new Map<Path, Map<string, string[]>>();
    for (const path of ["engine", "database"] as const) {
      const results = new Map<string, string[]>();
      for (const probe of fixture.probes) results.set(probe.q, await found(path, probe.q));
      byPath.set(path, results);
      const { recall, precision, negativesMatched, missed, extra } = measure(results);
      console.log(
        `swedish probes (${path}): recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}, ` +
          `negatives matched ${negativesMatched.length} over ${fixture.probes.length} queries` +
          (missed.length ? `; missed: ${missed.join("; ")}` : "") +
          (extra.length ? `; found beyond the labels: ${extra.join("; ")}` : "") +
          (negativesMatched.length ? `; negatives: ${negativesMatched.join("; ")}` : ""),
      );
      expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
      expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(negativesMatched).toEqual([]);
    }
    for (const probe of fixture.probes) {
      expect(byPath.get("database")!.get(probe.q), probe.q).toEqual(byPath.get("engine")!.get(probe.q));
    }
  });
});
