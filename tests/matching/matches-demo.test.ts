import { beforeAll, describe, expect, it } from "vitest";
import { loadMatchProfile, loadMatchVocabulary } from "../../graphql/match-profile.ts";
import { DEMO_PASSWORD } from "../../prisma/demo-data.ts";
import { seedDemoData } from "../../prisma/seed.ts";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { matchPlacements } from "../../search/match.ts";
import { stemKey, tokenize } from "../../search/swedish.ts";
import { prismaReindexSource } from "../../search/outbox-store.ts";
import { ensurePlacementIndex, reindexAll } from "../../search/sync.ts";
import { cookieFrom, graphqlClient } from "../helpers/graphql.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
const engine = createEmbeddedEngine();
const request = graphqlClient(() => t.db, { search: () => engine });

const DAY_MS = 86_400_000;

/** Great-circle distance, written here independently of lib/geo.ts. */
function kilometres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Every hard constraint of DOMAIN.md flow 3, checked against what PostgreSQL holds; returns the broken ones. */
async function brokenConstraints(participantId: string, placementId: string, now: Date): Promise<string[]> {
  const participant = await t.db.participant.findUniqueOrThrow({
    where: { id: participantId },
    include: { kommun: true, travelKommuner: true, adaptationNeeds: true, avoidCards: true },
  });
  const placement = await t.db.placement.findUniqueOrThrow({
    where: { id: placementId },
    include: { adaptations: true, occupationCards: { include: { occupationCard: true } }, assignments: { where: { status: "ACTIVE" } } },
  });
  const broken: string[] = [];
  if (placement.status !== "PUBLISHED") broken.push("published");
  if (placement.capacity - placement.assignments.length <= 0) broken.push("free spot");
  const confirmed = placement.confirmedAt ?? placement.publishedAt;
  if (!confirmed || now.getTime() - confirmed.getTime() > 120 * DAY_MS) broken.push("not stale");
  const offered = new Set(placement.adaptations.map((a) => a.adaptationCode));
  for (const need of participant.adaptationNeeds) if (need.mustHave && !offered.has(need.adaptationCode)) broken.push(`adaptation ${need.adaptationCode}`);
  if (placement.hoursPerDayMin > participant.hoursPerDayMax) broken.push("hours");
  if (!placement.weekdays.some((day) => participant.weekdays.includes(day))) broken.push("weekday");
  if (participant.travelKind === "RADIUS") {
    const distance = kilometres({ lat: participant.kommun.latitude, lng: participant.kommun.longitude }, { lat: placement.latitude, lng: placement.longitude });
    if (distance > participant.travelRadiusKm!) broken.push(`radius ${distance.toFixed(1)} km`);
  } else {
    const area = [participant.kommunCode, ...participant.travelKommuner.map((k) => k.kommunCode)];
    if (!area.includes(placement.kommunCode)) broken.push("travel kommun");
  }
  const avoided = new Set(participant.avoidCards.map((c) => c.occupationCardId));
  for (const { occupationCard } of placement.occupationCards) {
    if (avoided.has(occupationCard.id) || participant.avoidAreas.includes(occupationCard.area)) broken.push(`avoided ${occupationCard.id}`);
  }
  return broken;
}

let coachCookie: string;
let caseload: { id: string; code: string }[];

beforeAll(async () => {
  await seedDemoData(t.db);
  await ensurePlacementIndex(engine);
  await reindexAll(prismaReindexSource(t.db), engine);
  const login = await request(`mutation { login(email: "coach@demo.stegvis.se", password: "${DEMO_PASSWORD}") { id } }`);
  coachCookie = cookieFrom(login.headers)!;
  caseload = await t.db.participant.findMany({ where: { coach: { email: "coach@demo.stegvis.se" } }, select: { id: true, code: true } });
});

describe("matching on the demo data", () => {
  it("never returns a hit that breaks a hard constraint, for any participant of the coach's caseload (search layer)", async () => {
    expect(caseload.length).toBeGreaterThanOrEqual(30);
    const vocabulary = await loadMatchVocabulary(t.db);
    const now = new Date();
    let hits = 0;
    let participantsWithHits = 0;
    for (const participant of caseload) {
      const result = await matchPlacements(engine, await loadMatchProfile(t.db, participant.id), vocabulary, { now, first: 50 });
      hits += result.hits.length;
      if (result.hits.length) participantsWithHits++;
      for (const hit of result.hits) expect(await brokenConstraints(participant.id, hit.id, now), `${participant.code} → ${hit.id}`).toEqual([]);
      for (const miss of result.nearMisses) {
        expect(miss.missing).toHaveLength(1);
        const broken = await brokenConstraints(participant.id, miss.id, now);
        expect(broken, `${participant.code} near miss ${miss.id}`).toHaveLength(1);
        expect(broken[0]).not.toMatch(/^(published|free spot|not stale|avoided)/);
      }
    }
    expect(hits).toBeGreaterThan(caseload.length);
    expect(participantsWithHits).toBeGreaterThanOrEqual(caseload.length * 0.8);
  });

  it("holds the same over the API, where every hit explains itself in Swedish", async () => {
    const now = new Date();
    for (const participant of caseload) {
      const result = await request<{
        matches: { hits: { placement: { id: string; freeSpots: number }; score: number; reasons: string[]; distanceKm: number | null }[]; nearMisses: { missing: string[] }[] };
      }>(
        `query($id: ID!) { matches(participantId: $id, first: 20) { hits { placement { id freeSpots } score reasons distanceKm } nearMisses { placement { id } missing } } }`,
        { id: participant.id },
        { cookie: coachCookie },
      );
      expect(result.errors, participant.code).toBeUndefined();
      const { hits, nearMisses } = result.data!.matches;
      expect(nearMisses.length).toBeLessThanOrEqual(10);
      for (const hit of hits) {
        expect(await brokenConstraints(participant.id, hit.placement.id, now)).toEqual([]);
        expect(hit.placement.freeSpots).toBeGreaterThan(0);
        expect(hit.reasons.length).toBeGreaterThan(0);
      }
      const scores = hits.map((hit) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it("takes interests from what a participant's own words name, not from the words around them, each once", async () => {
    // Written here, apart from search/swedish.ts: what people write around their interests ("Tycker om att jobba med
    // händerna", "Vill gärna vara ute"). Before, each became an interest and a reason quoted it ("Intresset tycker").
    const filler = ["tycker", "gillar", "vill", "gärna", "ofta", "jobba", "prova", "kanske", "särskilt", "hemma"];
    const vocabulary = await loadMatchVocabulary(t.db);
    const quoted = new Set<string>();
    for (const participant of caseload) {
      const profile = await loadMatchProfile(t.db, participant.id);
      expect(profile.interests.filter((interest) => filler.includes(interest.toLowerCase())), participant.code).toEqual([]);
      // What the free text adds is new: no word a tag holds ("bakar" beside "baka"), none twice, so nothing counts twice.
      const { interests: tags } = await t.db.participant.findUniqueOrThrow({ where: { id: participant.id }, select: { interests: true } });
      const tagStems = new Set(tags.flatMap((tag) => tokenize(tag).map(stemKey)));
      const added = profile.interests.filter((interest) => !tags.includes(interest)).map(stemKey);
      expect(added.filter((stem) => tagStems.has(stem)), participant.code).toEqual([]);
      expect(new Set(added).size, participant.code).toBe(added.length);
      const result = await matchPlacements(engine, profile, vocabulary, { now: new Date(), first: 20 });
      for (const hit of [...result.hits, ...result.nearMisses]) {
        for (const reason of hit.reasons) {
          const interest = /^Intresset (.+?) finns i platsen/.exec(reason)?.[1];
          if (interest) quoted.add(interest.toLowerCase());
        }
      }
    }
    expect([...quoted].filter((interest) => filler.includes(interest))).toEqual([]);
    // The free text still counts: words only the descriptions hold ("hjälpa till", "köra truck", "blir rent") are
    // quoted.
    expect([...quoted]).toEqual(expect.arrayContaining(["hjälpa", "köra", "rent"]));
  });

  it("refuses matches for a participant of another coach", async () => {
    const other = await t.db.participant.findFirstOrThrow({ where: { coach: { email: "coach2@demo.stegvis.se" } } });
    const result = await request(`query($id: ID!) { matches(participantId: $id) { hits { score } } }`, { id: other.id }, { cookie: coachCookie });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
