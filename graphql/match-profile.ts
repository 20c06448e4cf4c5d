import { Prisma } from "../generated/prisma/client.ts";
import type { GeoPoint } from "../lib/geo.ts";
import type { Weekday } from "../lib/weekdays.ts";
import { queryRows, tableOf, type Db } from "../prisma/db.ts";
import type { MatchProfile, MatchVocabulary } from "../search/match.ts";
import { participantInterests } from "../search/swedish.ts";
import { auditInsertSql } from "./audit.ts";

interface ProfileRow {
  id: string;
  kommunCode: string;
  homeLat: number;
  homeLng: number;
  travelKind: "KOMMUNER" | "RADIUS";
  travelRadiusKm: number | null;
  hoursPerDayMax: number;
  weekdays: Weekday[];
  interests: string[];
  interestsText: string;
  avoidAreas: string[];
  travelCodes: string[];
  travelLats: number[];
  travelLngs: number[];
  needCodes: string[];
  needMustHave: string[];
  avoidCardIds: string[];
  choiceCardIds: string[];
  choiceAnswers: ("YES" | "MAYBE" | "NO")[];
}

/**
 * The participant as the matcher sees it; the latest answer per yrkeskort wins across guidance sessions. One statement
 * (the lists as arrays beside the row), not an include per relation: it runs on every `matches` request.
 */
export async function loadMatchProfile(db: Db, participantId: string): Promise<MatchProfile> {
  const profile = await selectMatchProfile(db, participantId);
  if (!profile) throw new Error(`No participant ${participantId}`);
  return profile;
}

/**
 * The profile for a viewer, decided, read and logged in one statement: null (nothing read, nothing logged) unless
 * the participant passes `allowed` (SQL over the participant `p`, e.g. caseloadSql); else `logged` is written in
 * the same statement as the read, so there is never a read without its log row nor a log row without the read.
 */
export function readMatchProfile(db: Db, participantId: string, gate: ReadGate): Promise<MatchProfile | null> {
  return selectMatchProfile(db, participantId, gate);
}

interface ReadGate {
  allowed: Prisma.Sql;
  logged: Prisma.AuditEventCreateManyInput;
}

async function selectMatchProfile(db: Db, participantId: string, gate?: ReadGate): Promise<MatchProfile | null> {
  const t = (name: string) => tableOf(db, name);
  // Choices in the order they were given: sessions by start, answers by time (ids break ties, alike in both arrays).
  const choiceOrder = Prisma.sql`ORDER BY s."startedAt", s.id, c."answeredAt", c.id`;
  const shown = gate
    ? Prisma.sql`WITH shown AS (SELECT p.id FROM ${t("Participant")} p WHERE p.id = ${participantId} AND ${gate.allowed}),
        logged AS (${auditInsertSql(db, gate.logged, Prisma.sql`FROM shown`)})`
    : Prisma.sql`WITH shown AS (SELECT ${participantId}::text AS id)`;
  // Scalar lists may be NULL in the table (Prisma reads NULL as []), hence coalesce.
  const [participant] = await queryRows<ProfileRow>(db, Prisma.sql`
    ${shown}
    SELECT p.id, p."kommunCode", k.latitude AS "homeLat", k.longitude AS "homeLng", p."travelKind"::text AS "travelKind",
      p."travelRadiusKm", p."hoursPerDayMax", coalesce(p.weekdays::text[], '{}') AS weekdays, coalesce(p.interests, '{}') AS interests,
      p."interestsText", coalesce(p."avoidAreas", '{}') AS "avoidAreas",
      ARRAY(SELECT tk."kommunCode" FROM ${t("ParticipantTravelKommun")} tk WHERE tk."participantId" = p.id ORDER BY tk."kommunCode") AS "travelCodes",
      ARRAY(SELECT tkk.latitude FROM ${t("ParticipantTravelKommun")} tk JOIN ${t("Kommun")} tkk ON tkk.code = tk."kommunCode"
        WHERE tk."participantId" = p.id ORDER BY tk."kommunCode") AS "travelLats",
      ARRAY(SELECT tkk.longitude FROM ${t("ParticipantTravelKommun")} tk JOIN ${t("Kommun")} tkk ON tkk.code = tk."kommunCode"
        WHERE tk."participantId" = p.id ORDER BY tk."kommunCode") AS "travelLngs",
      ARRAY(SELECT n."adaptationCode" FROM ${t("ParticipantAdaptationNeed")} n WHERE n."participantId" = p.id ORDER BY n."adaptationCode") AS "needCodes",
      ARRAY(SELECT n."mustHave"::text FROM ${t("ParticipantAdaptationNeed")} n WHERE n."participantId" = p.id ORDER BY n."adaptationCode") AS "needMustHave",
      ARRAY(SELECT a."occupationCardId" FROM ${t("ParticipantAvoidCard")} a WHERE a."participantId" = p.id ORDER BY a."occupationCardId") AS "avoidCardIds",
      ARRAY(SELECT c."occupationCardId" FROM ${t("CardSortSession")} s JOIN ${t("CardChoice")} c ON c."sessionId" = s.id
        WHERE s."participantId" = p.id ${choiceOrder}) AS "choiceCardIds",
      ARRAY(SELECT c.answer::text FROM ${t("CardSortSession")} s JOIN ${t("CardChoice")} c ON c."sessionId" = s.id
        WHERE s."participantId" = p.id ${choiceOrder}) AS "choiceAnswers"
    FROM shown JOIN ${t("Participant")} p ON p.id = shown.id JOIN ${t("Kommun")} k ON k.code = p."kommunCode"`);
  if (!participant) return null;
  const latest = new Map<string, "YES" | "MAYBE" | "NO">();
  participant.choiceCardIds.forEach((occupationCardId, i) => latest.set(occupationCardId, participant.choiceAnswers[i]!));
  const interests = participantInterests(participant.interests, participant.interestsText);
  // Home counts as a travel kommun; the list may already hold it, and a kommun is listed once.
  const travelKommuner = new Map<string, GeoPoint>([[participant.kommunCode, { lat: participant.homeLat, lng: participant.homeLng }]]);
  participant.travelCodes.forEach((code, i) => travelKommuner.set(code, { lat: participant.travelLats[i]!, lng: participant.travelLngs[i]! }));
  return {
    participantId: participant.id,
    homeKommunCode: participant.kommunCode,
    home: { lat: participant.homeLat, lng: participant.homeLng },
    travel:
      participant.travelKind === "RADIUS" && participant.travelRadiusKm
        ? { kind: "RADIUS", radiusKm: participant.travelRadiusKm }
        : { kind: "KOMMUNER", kommunCodes: [...travelKommuner.keys()], centres: [...travelKommuner.values()] },
    hoursPerDayMax: participant.hoursPerDayMax,
    weekdays: participant.weekdays,
    adaptationNeeds: participant.needCodes.map((code, i) => ({ code, mustHave: participant.needMustHave[i] === "true" })),
    cardChoices: [...latest].map(([occupationCardId, answer]) => ({ occupationCardId, answer })),
    interests,
    avoidOccupationCardIds: participant.avoidCardIds,
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
