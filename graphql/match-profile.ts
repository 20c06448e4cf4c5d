import type { Db } from "../prisma/db.ts";
import type { MatchProfile, MatchVocabulary } from "../search/match.ts";
import { tokenize } from "../search/swedish.ts";

/** The participant as the matcher sees it; the latest answer per yrkeskort wins across guidance sessions. */
export async function loadMatchProfile(db: Db, participantId: string): Promise<MatchProfile> {
  const participant = await db.participant.findUniqueOrThrow({
    where: { id: participantId },
    include: {
      kommun: true,
      travelKommuner: { select: { kommunCode: true, kommun: { select: { latitude: true, longitude: true } } } },
      adaptationNeeds: { select: { adaptationCode: true, mustHave: true } },
      avoidCards: { select: { occupationCardId: true } },
      cardSortSessions: { orderBy: { startedAt: "asc" }, include: { choices: { orderBy: { answeredAt: "asc" } } } },
    },
  });
  const latest = new Map<string, "YES" | "MAYBE" | "NO">();
  for (const session of participant.cardSortSessions) for (const choice of session.choices) latest.set(choice.occupationCardId, choice.answer);
  const interests = [...new Set([...participant.interests, ...tokenize(participant.interestsText)])];
  // Home counts as a travel kommun; the list may already hold it, and a kommun is listed once.
  const travelKommuner = new Map([participant.kommun, ...participant.travelKommuner.map((k) => ({ code: k.kommunCode, ...k.kommun }))].map((k) => [k.code, k]));
  return {
    participantId: participant.id,
    homeKommunCode: participant.kommunCode,
    home: { lat: participant.kommun.latitude, lng: participant.kommun.longitude },
    travel:
      participant.travelKind === "RADIUS" && participant.travelRadiusKm
        ? { kind: "RADIUS", radiusKm: participant.travelRadiusKm }
        : {
            kind: "KOMMUNER",
            kommunCodes: [...travelKommuner.keys()],
            centres: [...travelKommuner.values()].map((k) => ({ lat: k.latitude, lng: k.longitude })),
          },
    hoursPerDayMax: participant.hoursPerDayMax,
    weekdays: participant.weekdays,
    adaptationNeeds: participant.adaptationNeeds.map((need) => ({ code: need.adaptationCode, mustHave: need.mustHave })),
    cardChoices: [...latest].map(([occupationCardId, answer]) => ({ occupationCardId, answer })),
    interests,
    avoidOccupationCardIds: participant.avoidCards.map((card) => card.occupationCardId),
    avoidAreas: participant.avoidAreas,
  };
}

const VOCAB_KEY = Symbol.for("stegvis.matchVocabulary");
type Holder = { [VOCAB_KEY]?: WeakMap<Db, Promise<MatchVocabulary>> };

/** Labels for the reasons. Reference data changes only with a deploy, so it is read once per database client. */
export function loadMatchVocabulary(db: Db): Promise<MatchVocabulary> {
  const cache = ((globalThis as Holder)[VOCAB_KEY] ??= new WeakMap());
  let vocabulary = cache.get(db);
  if (!vocabulary) {
    vocabulary = (async () => {
      const [adaptations, cards, kommuner] = await Promise.all([db.adaptation.findMany(), db.occupationCard.findMany(), db.kommun.findMany()]);
      return {
        adaptations: Object.fromEntries(adaptations.map((a) => [a.code, a.label])),
        cards: Object.fromEntries(cards.map((c) => [c.id, { title: c.title, area: c.area }])),
        kommuner: Object.fromEntries(kommuner.map((k) => [k.code, { name: k.name, lat: k.latitude, lng: k.longitude }])),
      };
    })();
    cache.set(db, vocabulary);
  }
  return vocabulary;
}
