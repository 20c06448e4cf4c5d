/**
 * The objects a match makes by the thousand share one hidden class per kind (docs/decisions/0018, round nine).
 *
 * Node 20's V8 gives an object its own hidden class when it is spread and then extended (`{ ...base, q }`), and when
 * an accessor is defined on it with closures of its own. A hidden class is allocated in the old generation; the
 * embedded engine's lazy responses kept their candidates reachable from theirs until a full collection, so every
 * minor collection promoted them, the old generation filled, and the collector's marking ran beside the matches:
 * the CPU tail of bench:match. This asks V8 itself (`%HaveSameMap`, a natives call allowed for this worker only).
 */
import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { buildMatchRequests } from "../../search/match.ts";
import { PLACEMENT_SETTINGS, PLACEMENTS_INDEX, toDocument } from "../../search/placements.ts";
import { matchProfile, NOW, placementRow } from "./factories.ts";

setFlagsFromString("--allow-natives-syntax");
const sameHiddenClass = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;

const profile = matchProfile({
  adaptationNeeds: [{ code: "QUIET_ENVIRONMENT", mustHave: true }],
  interests: ["trädgård", "kafé"],
});

/** The same call many times over (V8 gives the first few objects of a site one class, then one each). */
const ROUNDS = 50;

describe("hidden classes on the match path", () => {
  it("tells V8's hidden classes apart (the checks below mean something)", () => {
    const written = Array.from({ length: ROUNDS }, (_, q) => ({ index: "placements", limit: 10, q }));
    expect(sameHiddenClass(written.at(-2)!, written.at(-1)!)).toBe(true);
    expect(sameHiddenClass(written.at(-1)!, { index: "placements", limit: 10, offset: 0 })).toBe(false);
  });

  it("builds every match's requests with the same classes", () => {
    const rounds = Array.from({ length: ROUNDS }, () => buildMatchRequests(profile, NOW));
    const [last, before] = [rounds.at(-1)!, rounds.at(-2)!];
    expect(last).toHaveLength(6);
    last.forEach((request, i) => expect(sameHiddenClass(request, before[i]!)).toBe(true));
  });

  it("answers every search with responses of the same classes, hits and all", async () => {
    const engine = createEmbeddedEngine();
    await engine.applySettings(PLACEMENTS_INDEX, PLACEMENT_SETTINGS);
    await engine.upsert(
      PLACEMENTS_INDEX,
      ["Trädgård i parken", "Kafé vid torget", "Trädgårdskafé"].map((title, i) =>
        toDocument(placementRow({ id: `p${i}`, title, adaptationCodes: ["QUIET_ENVIRONMENT"] })),
      ),
    );
    const rounds = [];
    for (let round = 0; round < ROUNDS; round++) rounds.push(await engine.multiSearch(buildMatchRequests(profile, NOW)));
    const [last, before] = [rounds.at(-1)!, rounds.at(-2)!];
    expect(last[0]!.hits.length).toBeGreaterThan(0);
    last.forEach((response, i) => {
      expect(response.hits).toEqual(before[i]!.hits);
      expect(sameHiddenClass(response, before[i]!)).toBe(true);
    });
    // A read hits array is an ordinary own property to spreads and equality.
    expect(Object.keys(last[0]!)).toEqual(["estimatedTotalHits", "facetDistribution", "hits"]);
    expect({ ...last[0]! }.hits).toBe(last[0]!.hits);
  });
});
