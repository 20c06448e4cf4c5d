/**
 * Participant profile → ranked placements with reasons, and near misses. Engine-agnostic: it speaks the engine
 * contract, so it runs the same over the embedded engine and Meilisearch (SEARCH.md's plan):
 *   1. hard constraints become one typed filter; near misses get a second filter ("exactly one relaxable fails");
 *   2. one multi-search: an empty-q query per filter (every candidate, text match or not) and one text query per
 *      interest ("frequency", ranking score), so text only adds to the score;
 *   3. the app re-checks every candidate against the same constraints and ranks with `scoreCandidate`.
 * Each constraint is written once, as a filter and as a predicate side by side; `matchesExhaustive` is the naive scan
 * over the predicates that the tests and the bench compare against.
 */
import {
  and,
  anyOf,
  compare,
  eq,
  failsExactlyOne,
  geoRadius,
  not,
  or,
  type Filter,
  type IndexedSearchRequest,
  type SearchEngine,
  type SearchHit,
  type SearchResponse,
} from "./engine.ts";
import { haversineMeters, haversineMetersTo, type GeoPoint } from "../lib/geo.ts";
import { slotOrderOf, type SlotOrder } from "./embedded.ts";
import { PLACEMENT_SETTINGS, PLACEMENTS_INDEX, type PlacementDocument } from "./placements.ts";
import { STALE_AFTER_DAYS } from "../lib/freshness.ts";
import { WEEKDAY_NAMES, type Weekday } from "../lib/weekdays.ts";
import {
  ANALYSED_FIELDS,
  documentTerms,
  matchingWords,
  parseQuery,
  rankedAttributeCount,
  scoreTerms,
  textRules,
  type QueryWord,
} from "./text.ts";

export interface MatchProfile {
  participantId: string;
  homeKommunCode: string;
  home: { lat: number; lng: number };
  /** A kommun list carries its kommuner's centres (the reference points home is also read from). */
  travel: { kind: "KOMMUNER"; kommunCodes: string[]; centres: GeoPoint[] } | { kind: "RADIUS"; radiusKm: number };
  hoursPerDayMax: number;
  weekdays: Weekday[];
  adaptationNeeds: { code: string; mustHave: boolean }[];
  /** Latest answer per card. */
  cardChoices: { occupationCardId: string; answer: "YES" | "MAYBE" | "NO" }[];
  /** Free-text words or tags, Swedish. */
  interests: string[];
  /** Hard: never match these cards or card areas. */
  avoidOccupationCardIds: string[];
  avoidAreas: string[];
}

/** Swedish labels for the reasons. */
export interface MatchVocabulary {
  adaptations: Record<string, string>;
  cards: Record<string, { title: string; area: string }>;
  kommuner: Record<string, { name: string; lat: number; lng: number }>;
}

export interface MatchHit {
  id: string;
  score: number;
  distanceKm: number;
  reasons: string[];
}

export interface NearMiss extends MatchHit {
  /** What keeps it from being a hit: exactly one constraint, which a coach may agree on with the employer. */
  missing: string[];
}

export interface MatchResult {
  hits: MatchHit[];
  nearMisses: NearMiss[];
}

export interface MatchOptions {
  now: Date;
  /** Hits returned; default 20. */
  first?: number;
  /** Near misses returned; default NEAR_MISS_LIMIT. */
  nearMisses?: number;
  index?: string;
  /** Candidates read per query; must cover the largest feasible set (the index's maxTotalHits caps it too). */
  candidateLimit?: number;
}

export const NEAR_MISS_LIMIT = 10;
/**
 * How far outside the travel area a near miss may lie, whatever the area's kind (docs/decisions/0018): past the
 * radius of a radius area, or from the nearest centre of a kommun list's kommuner (`distanceOutsideKm`). Further away
 * it is another region, not a near miss.
 */
export const NEAR_MISS_EXTRA_KM = 10;

/** Weights of `scoreCandidate`: a yrkeskort the participant said yes to outweighs any text match. */
export const SCORE_WEIGHTS = { yes: 2, maybe: 1, no: -1, interests: 1, niceToHave: 0.25, proximity: 0.5 } as const;
/** Distance at which the proximity bonus has halved. */
const PROXIMITY_HALF_KM = 10;

/** The document fields matching reads; everything else stays in the engine. */
export const MATCH_FIELDS = [
  "_geo",
  "kommunCode",
  "kommunName",
  "weekdays",
  "hoursPerDayMin",
  "freeSpots",
  "lastConfirmedAt",
  "adaptationCodes",
  "occupationCardIds",
  "occupationAreas",
] as const satisfies readonly (keyof PlacementDocument)[];

export type MatchDocument = Pick<PlacementDocument, "id" | (typeof MATCH_FIELDS)[number]>;

/** The text fields the reasons quote from: the searchable fields except the analysed ones. */
const TEXT_FIELDS = PLACEMENT_SETTINGS.searchableAttributes.filter((field) => !ANALYSED_FIELDS.has(field));

type TextDocument = Pick<PlacementDocument, "id"> & Partial<PlacementDocument>;

export type Failure =
  | { kind: "ADAPTATION"; code: string }
  | { kind: "HOURS"; hoursPerDayMin: number }
  | { kind: "WEEKDAYS"; weekdays: Weekday[] }
  | { kind: "TRAVEL"; distanceKm: number; kommunName: string };

/** One rule, as an engine filter and as a predicate over a document, written side by side so they stay the same. */
interface Constraint {
  filter: Filter;
  holds(document: MatchDocument): boolean;
}

interface RelaxableConstraint extends Constraint {
  failure(document: MatchDocument): Failure;
}

export interface Constraints {
  /** Never relaxed: free spot, not stale, nothing avoided. (Published is the index itself.) */
  fixed: Constraint[];
  /** A near miss fails exactly one of these; each must-have adaptation is its own constraint. Geo last: costliest. */
  relaxable: RelaxableConstraint[];
  /** Bounds on how far a near miss may relax (travel). */
  nearMissBounds: Constraint[];
}

export function buildConstraints(profile: MatchProfile, now: Date): Constraints {
  // A stale listing is never matched; lastConfirmedAt falls back to publishedAt for one never confirmed.
  const staleBefore = now.getTime() - STALE_AFTER_DAYS * 24 * 60 * 60 * 1000;
  const avoidCards = new Set(profile.avoidOccupationCardIds);
  const avoidAreas = new Set(profile.avoidAreas);
  const weekdays = new Set(profile.weekdays);

  const fixed: Constraint[] = [
    { filter: compare("freeSpots", ">", 0), holds: (d) => d.freeSpots > 0 },
    { filter: compare("lastConfirmedAt", ">=", staleBefore), holds: (d) => d.lastConfirmedAt >= staleBefore },
  ];
  if (avoidCards.size > 0) {
    fixed.push({
      filter: not(anyOf("occupationCardIds", [...avoidCards])),
      holds: (d) => !d.occupationCardIds.some((id) => avoidCards.has(id)),
    });
  }
  if (avoidAreas.size > 0) {
    fixed.push({
      filter: not(anyOf("occupationAreas", [...avoidAreas])),
      holds: (d) => !d.occupationAreas.some((area) => avoidAreas.has(area)),
    });
  }

  const mustHaves = [...new Set(profile.adaptationNeeds.filter((need) => need.mustHave).map((need) => need.code))];
  const travel = profile.travel;
  const outsideKm = (d: MatchDocument) => distanceOutsideKm(profile, d._geo);
  const travelConstraint: RelaxableConstraint =
    travel.kind === "RADIUS"
      ? {
          filter: geoRadius(profile.home, travel.radiusKm * 1000),
          holds: (d) => haversineMeters(profile.home, d._geo) <= travel.radiusKm * 1000,
          failure: (d) => ({ kind: "TRAVEL", distanceKm: outsideKm(d), kommunName: d.kommunName }),
        }
      : {
          filter: anyOf("kommunCode", travel.kommunCodes),
          holds: (d) => travel.kommunCodes.includes(d.kommunCode),
          failure: (d) => ({ kind: "TRAVEL", distanceKm: outsideKm(d), kommunName: d.kommunName }),
        };
  const relaxable: RelaxableConstraint[] = [
    ...mustHaves.map(
      (code): RelaxableConstraint => ({
        filter: eq("adaptationCodes", code),
        holds: (d) => d.adaptationCodes.includes(code),
        failure: () => ({ kind: "ADAPTATION", code }),
      }),
    ),
    {
      filter: anyOf("weekdays", [...weekdays]),
      holds: (d) => d.weekdays.some((day) => weekdays.has(day)),
      failure: (d) => ({ kind: "WEEKDAYS", weekdays: d.weekdays }),
    },
    {
      filter: compare("hoursPerDayMin", "<=", profile.hoursPerDayMax),
      holds: (d) => d.hoursPerDayMin <= profile.hoursPerDayMax,
      failure: (d) => ({ kind: "HOURS", hoursPerDayMin: d.hoursPerDayMin }),
    },
    travelConstraint,
  ];

  // One rule for both kinds of area: in it, or at most NEAR_MISS_EXTRA_KM outside it.
  const extraMeters = NEAR_MISS_EXTRA_KM * 1000;
  const nearMissBounds: Constraint[] = [
    travel.kind === "RADIUS"
      ? {
          filter: geoRadius(profile.home, travel.radiusKm * 1000 + extraMeters),
          holds: (d) => haversineMeters(profile.home, d._geo) <= travel.radiusKm * 1000 + extraMeters,
        }
      : {
          filter: or(travelConstraint.filter, ...travel.centres.map((centre) => geoRadius(centre, extraMeters))),
          holds: (d) => travelConstraint.holds(d) || travel.centres.some((centre) => haversineMeters(centre, d._geo) <= extraMeters),
        },
  ];
  return { fixed, relaxable, nearMissBounds };
}

/**
 * How far a point lies outside the participant's travel area, in km (0 inside): past the radius, or — for a kommun
 * list — from the nearest listed kommun's centre, since the index knows kommuner by their centres, not their borders.
 */
export function distanceOutsideKm(profile: MatchProfile, point: GeoPoint): number {
  const travel = profile.travel;
  if (travel.kind === "RADIUS") return Math.max(0, haversineMeters(profile.home, point) / 1000 - travel.radiusKm);
  if (travel.centres.length === 0) return Infinity;
  return Math.min(...travel.centres.map((centre) => haversineMeters(centre, point) / 1000));
}

/** Every hard constraint. Set lookups before scans: the embedded engine narrows left to right. */
export function hitFilter(constraints: Constraints): Filter {
  return and(...constraints.relaxable.map((c) => c.filter), ...constraints.fixed.map((c) => c.filter));
}

/** Passes the fixed constraints and the bounds, and fails exactly one relaxable constraint. */
export function nearMissFilter(constraints: Constraints): Filter {
  return and(
    ...constraints.nearMissBounds.map((c) => c.filter),
    ...constraints.fixed.map((c) => c.filter),
    failsExactlyOne(...constraints.relaxable.map((c) => c.filter)),
  );
}

/** Null when a fixed constraint or bound fails (never a hit nor a near miss); else the failed relaxable constraints. */
export function failuresOf(document: MatchDocument, constraints: Constraints): Failure[] | null {
  if (!constraints.fixed.every((c) => c.holds(document))) return null;
  const failures = constraints.relaxable.filter((c) => !c.holds(document)).map((c) => c.failure(document));
  if (failures.length > 0 && !constraints.nearMissBounds.every((c) => c.holds(document))) return null;
  return failures;
}

const PLACEMENT_TEXT_RULES = textRules(PLACEMENT_SETTINGS);

/**
 * Distinct interests as written, dropping those with no searchable word: a query of stop words only is a placeholder
 * search in both engines and would "match" everything.
 */
function interestsOf(profile: MatchProfile): string[] {
  const seen = new Set<string>();
  return profile.interests
    .map((interest) => interest.trim())
    .filter((interest) => {
      const key = interest.toLowerCase();
      if (seen.has(key) || parseQuery(interest, PLACEMENT_TEXT_RULES).length === 0) return false;
      seen.add(key);
      return true;
    });
}

/**
 * The multi-search for one match: for hits, then for near misses, an empty-q query followed by one text query per
 * interest, all with the same filter.
 */
export function buildMatchRequests(
  profile: MatchProfile,
  now: Date,
  options: { index?: string; candidateLimit?: number } = {},
): IndexedSearchRequest[] {
  const constraints = buildConstraints(profile, now);
  const index = options.index ?? PLACEMENTS_INDEX;
  const limit = options.candidateLimit ?? PLACEMENT_SETTINGS.pagination.maxTotalHits;
  // Interest queries contribute scores and the words the reasons quote: their hits carry the text fields. Written
  // out, not spread from a shared base: see lazyResponse in embedded.ts for what a spread costs per object.
  const queriesFor = (filter: Filter): IndexedSearchRequest[] => [
    { index, limit, filter, attributesToRetrieve: [...MATCH_FIELDS] },
    ...interestsOf(profile).map(
      (q): IndexedSearchRequest => ({
        index,
        limit,
        filter,
        q,
        matchingStrategy: "frequency",
        showRankingScore: true,
        attributesToRetrieve: TEXT_FIELDS,
      }),
    ),
  ];
  return [...queriesFor(hitFilter(constraints)), ...queriesFor(nearMissFilter(constraints))];
}

export async function matchPlacements(
  engine: SearchEngine,
  profile: MatchProfile,
  vocab: MatchVocabulary,
  options: MatchOptions,
): Promise<MatchResult> {
  const requests = buildMatchRequests(profile, options.now, options);
  const responses = await engine.multiSearch<MatchDocument & TextDocument>(requests);
  const perFilter = requests.length / 2;
  const constraints = buildConstraints(profile, options.now);
  const first = options.first ?? 20;
  const nearMissCount = options.nearMisses ?? NEAR_MISS_LIMIT;
  const hits = rankCandidates(responses.slice(0, perFilter), profile, constraints, (failures) => failures.length === 0, first);
  const nearMisses = rankCandidates(responses.slice(perFilter), profile, constraints, (f) => f.length === 1, nearMissCount);
  const reasonTexts = reasonTextsOf(profile, vocab);
  const describe = (candidate: RankedCandidate): MatchHit => ({
    id: candidate.document.id,
    score: candidate.score,
    distanceKm: roundKm(candidate.distanceKm),
    reasons: describeReasons(candidate, profile, reasonTexts),
  });
  return {
    hits: hits.map(describe),
    nearMisses: nearMisses.map((candidate) => {
      const { id, score, distanceKm, reasons } = describe(candidate);
      const missing = candidate.failures.map((failure) => describeFailure(failure, profile, vocab));
      return { id, score, distanceKm, reasons, missing };
    }),
  };
}

interface RankedCandidate {
  document: MatchDocument;
  score: number;
  distanceKm: number;
  /** Per interest, its text score; 0 when the placement does not match it. */
  interestScores: number[];
  /** Per interest, the placement's text fields when it matched (for the reasons), else undefined. */
  interestTexts: (TextDocument | undefined)[];
  /** The engine's quoting of the placement's words for an interest (SlotOrder.quote), when it has one. */
  quote: ((interest: string) => (string | null)[] | null) | undefined;
  failures: Failure[];
}

/**
 * Every candidate of one filter, as columns (no object per candidate: a near-miss filter may keep thousands), scored
 * when first asked. `interestAt[k][i]` is candidate i's position in interest k's results, or -1 when it does not
 * match that interest.
 */
interface ScoredCandidates {
  documents: readonly MatchDocument[];
  interestAt: Int32Array[];
  interests: readonly { scores: ArrayLike<number>; documents: readonly (TextDocument | undefined)[] }[];
  score(i: number): number;
  distanceKm(i: number): number;
  /** At least score(i), without working out the distance. */
  bound(i: number): number;
  /** At least bound(i), from the yrkeskort alone (the rest at its largest). */
  cardBound(i: number): number;
  quoteAt?(i: number, interest: string): (string | null)[] | null;
}

/**
 * Ranks the candidates by score, then id, and re-checks them in that order (the app, not the engine, is the judge of
 * a hard constraint) until `limit` pass: only the best `limit` are put in order, unless some of them fail the
 * re-check. `responses`: the empty-q response, then one per interest.
 */
function rankCandidates(
  responses: SearchResponse<MatchDocument & TextDocument>[],
  profile: MatchProfile,
  constraints: Constraints,
  keep: (failures: Failure[]) => boolean,
  limit: number,
): RankedCandidate[] {
  const scored = scoredBySlot(responses, profile) ?? scoredByHits(responses, profile);
  const { documents } = scored;
  const before = (a: number, b: number) => {
    const scoreA = scored.score(a);
    const scoreB = scored.score(b);
    return scoreA !== scoreB ? scoreA > scoreB : documents[a]!.id < documents[b]!.id;
  };
  const ranked: RankedCandidate[] = [];
  const take = (order: Iterable<number>) => {
    for (const i of order) {
      if (ranked.length >= limit) break;
      const failures = failuresOf(documents[i]!, constraints);
      if (failures !== null && keep(failures)) ranked.push(candidateAt(scored, i, failures));
    }
  };
  // A candidate whose score cannot reach the worst of a full page is never scored in full.
  const best = bestIndices(documents.length, limit, before, (i, worst) => {
    const reach = scored.score(worst) - BOUND_MARGIN;
    return scored.cardBound(i) < reach || scored.bound(i) < reach;
  });
  take(best);
  if (ranked.length < limit && best.length < documents.length) {
    // Some of the best failed the re-check: rank the rest too.
    ranked.length = 0;
    take(Array.from(documents.keys()).sort((a, b) => (a === b ? 0 : before(a, b) ? -1 : 1)));
  }
  return ranked;
}

function candidateAt(scored: ScoredCandidates, i: number, failures: Failure[]): RankedCandidate {
  const interestAt = scored.interestAt.map((at) => at[i]!);
  return {
    document: scored.documents[i]!,
    score: scored.score(i),
    distanceKm: scored.distanceKm(i),
    interestScores: interestAt.map((at, k) => (at < 0 ? 0 : scored.interests[k]!.scores[at]!)),
    interestTexts: interestAt.map((at, k) => (at < 0 ? undefined : scored.interests[k]!.documents[at])),
    quote: scored.quoteAt && ((interest: string) => scored.quoteAt!(i, interest)),
    failures,
  };
}

/** Rounding slack for `bound`: the last addition of a score may round up by an ulp. */
const BOUND_MARGIN = 1e-9;

/**
 * The `k` best of `n` indices by `before`, best first: one pass, inserting into a short sorted list. `cannotBeat`
 * may rule an index out against the worst of a full list cheaply.
 */
function bestIndices(
  n: number,
  k: number,
  before: (a: number, b: number) => boolean,
  cannotBeat: (i: number, worst: number) => boolean,
): number[] {
  const best: number[] = [];
  for (let i = 0; i < n; i++) {
    if (best.length === k && (cannotBeat(i, best[k - 1]!) || !before(i, best[k - 1]!))) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && before(i, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = i;
  }
  return best;
}

/**
 * What scoring reads of each candidate's document, per candidate, as the embedded engine gives it from its postings
 * and columns: the document objects lie scattered in memory, and reading their cards was most of the ranking's time.
 */
interface ScoringColumns {
  /** cardScore per candidate. */
  cards: Float64Array;
  /** How many quarters the nice-to-have adaptations add (niceToHaveCount). */
  niceToHaves: Float64Array;
  lat: Float64Array;
  lng: Float64Array;
}

/** The candidates' scores, each worked out when first asked: without the distance (`bound`), then in full. */
function scoreAll(
  documents: readonly MatchDocument[],
  interestAt: Int32Array[],
  interests: ScoredCandidates["interests"],
  profile: MatchProfile,
  quoteAt?: ScoredCandidates["quoteAt"],
  columns?: ScoringColumns,
): ScoredCandidates {
  const partials = new Float64Array(documents.length).fill(NaN);
  const scores = new Float64Array(documents.length).fill(NaN);
  const distances = new Float64Array(documents.length);
  const interestScores = interests.map(() => 0);
  let niceToHaves = 0;
  for (const count of weightsOf(profile).niceToHaves.values()) niceToHaves += count;
  const restAtMost = (interests.length > 0 ? SCORE_WEIGHTS.interests : 0) + niceToHaves * SCORE_WEIGHTS.niceToHave + SCORE_WEIGHTS.proximity;
  // Indexed loops, no closure or iterator per call: ranking asks for thousands of partial scores per match.
  const partial = (i: number): number => {
    if (Number.isNaN(partials[i]!)) {
      for (let k = 0; k < interests.length; k++) {
        const at = interestAt[k]![i]!;
        interestScores[k] = at < 0 ? 0 : interests[k]!.scores[at]!;
      }
      partials[i] =
        columns === undefined
          ? scoreWithoutDistance(documents[i]!, profile, interestScores)
          : partialScore(columns.cards[i]!, interestScores, columns.niceToHaves[i]!);
    }
    return partials[i]!;
  };
  const score = (i: number): number => {
    if (Number.isNaN(scores[i]!)) {
      // Two numbers, not a point object: thousands of candidates are scored per match.
      const lat = columns === undefined ? documents[i]!._geo.lat : columns.lat[i]!;
      const lng = columns === undefined ? documents[i]!._geo.lng : columns.lng[i]!;
      const distanceKm = kmFromHome(profile, lat, lng);
      scores[i] = withNearness(partial(i), distanceKm);
      distances[i] = distanceKm;
    }
    return scores[i]!;
  };
  return {
    documents,
    interestAt,
    interests,
    score,
    distanceKm: (i) => (score(i), distances[i]!),
    bound: (i) => partial(i) + SCORE_WEIGHTS.proximity,
    cardBound: (i) => (columns === undefined ? cardScore(documents[i]!, profile) : columns.cards[i]!) + restAtMost,
    quoteAt,
  };
}

/** Any engine: per interest, its hits by id. */
function scoredByHits([all, ...perInterest]: SearchResponse<MatchDocument & TextDocument>[], profile: MatchProfile): ScoredCandidates {
  const documents = (all?.hits ?? []).map((hit) => hit.document);
  const interests = perInterest.map((response) => ({
    scores: response.hits.map((hit) => hit.rankingScore ?? 0),
    documents: response.hits.map((hit) => hit.document),
  }));
  const interestAt = perInterest.map((response) => {
    const atById = new Map(response.hits.map((hit, at) => [hit.id, at]));
    return Int32Array.from(documents, (document) => atById.get(document.id) ?? -1);
  });
  return scoreAll(documents, interestAt, interests, profile);
}

/**
 * The embedded engine: its responses' slot orders (no hit objects), each interest's slots merged against the
 * candidates' in one ascending pass. Null when a response has none (another engine, or a page cut off).
 */
function scoredBySlot(responses: SearchResponse<MatchDocument & TextDocument>[], profile: MatchProfile): ScoredCandidates | null {
  const orders = responses.map(slotOrderOf);
  const [all, ...perInterest] = orders;
  if (all === null || all === undefined || perInterest.some((order) => order === null)) return null;
  const interests = perInterest as SlotOrder[];
  const interestAt = interests.map((interest) => positionsIn(all.slots, interest.slots));
  return scoreAll(
    all.documents as MatchDocument[],
    interestAt,
    interests.map(({ scores, documents }) => ({ scores, documents: documents as TextDocument[] })),
    profile,
    (i, interest) => all.quote(all.slots[i]!, all.documents[i]!, interest),
    scoringColumns(all, profile),
  );
}

/**
 * For each of `candidates` (ascending slots), its index in `matches` (ascending slots), or -1. An interest matched by
 * few candidates is looked up by binary search from its side; otherwise both lists are merged in one pass.
 */
function positionsIn(candidates: ArrayLike<number>, matches: ArrayLike<number>): Int32Array {
  const at = new Int32Array(candidates.length).fill(-1);
  if (matches.length * Math.log2(candidates.length + 1) < candidates.length) {
    let low = 0;
    for (let next = 0; next < matches.length; next++) {
      const slot = matches[next]!;
      let high = candidates.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (candidates[middle]! < slot) low = middle + 1;
        else high = middle;
      }
      if (low < candidates.length && candidates[low] === slot) at[low] = next;
    }
    return at;
  }
  let next = 0;
  for (let i = 0; i < candidates.length; i++) {
    const slot = candidates[i]!;
    while (next < matches.length && matches[next]! < slot) next++;
    if (matches[next] === slot) at[i] = next;
  }
  return at;
}

/** The order's ScoringColumns from the index, or undefined when it cannot give them (it changed since the search). */
function scoringColumns(order: SlotOrder, profile: MatchProfile): ScoringColumns | undefined {
  const { cardWeights, niceToHaves } = weightsOf(profile);
  const cards = order.weigh("occupationCardIds", cardWeights);
  const quarters = order.weigh("adaptationCodes", niceToHaves);
  const points = order.points();
  return cards === null || quarters === null || points === null ? undefined : { cards, niceToHaves: quarters, lat: points.lat, lng: points.lng };
}

const byScoreThenId = (a: { score: number; document: { id: string } }, b: { score: number; document: { id: string } }) =>
  b.score - a.score || (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0);

/**
 * The one ranking, for both engines and the reference scan: yrkeskort answers (yes > maybe, no counts against), the
 * mean text score over the participant's interests, nice-to-have adaptations offered, and nearness.
 */
export function scoreCandidate(
  document: MatchDocument,
  profile: MatchProfile,
  interestScores: readonly number[],
): { score: number; distanceKm: number } {
  return withDistance(scoreWithoutDistance(document, profile, interestScores), document._geo, profile);
}

/** scoreCandidate before nearness: nearness adds at most SCORE_WEIGHTS.proximity. */
function scoreWithoutDistance(document: MatchDocument, profile: MatchProfile, interestScores: readonly number[]): number {
  return partialScore(cardScore(document, profile), interestScores, niceToHaveCount(document, profile));
}

/** scoreWithoutDistance from its parts, in one order of additions whichever way the parts were read. */
function partialScore(cards: number, interestScores: readonly number[], niceToHaves: number): number {
  let score = cards;
  if (interestScores.length > 0) {
    let sum = 0;
    for (let k = 0; k < interestScores.length; k++) sum += interestScores[k]!;
    score += (SCORE_WEIGHTS.interests * sum) / interestScores.length;
  }
  // Added a quarter at a time: the sum after the interests is not exact, so `niceToHaves * 0.25` could round otherwise.
  for (let times = niceToHaves; times > 0; times--) score += SCORE_WEIGHTS.niceToHave;
  return score;
}

/** How many nice-to-have quarters a placement earns: per adaptation it offers, as many as the profile asks for it. */
function niceToHaveCount(document: MatchDocument, profile: MatchProfile): number {
  const { niceToHaves } = weightsOf(profile);
  let count = 0;
  if (niceToHaves.size > 0) for (const code of document.adaptationCodes) count += niceToHaves.get(code) ?? 0;
  return count;
}

/** The yrkeskort part of the score: small integers, so their sum is exact in any order (a placement lists a card once). */
function cardScore(document: MatchDocument, profile: MatchProfile): number {
  const { cardWeights } = weightsOf(profile);
  let score = 0;
  for (const id of document.occupationCardIds) score += cardWeights.get(id) ?? 0;
  return score;
}

function withDistance(partial: number, point: GeoPoint, profile: MatchProfile): { score: number; distanceKm: number } {
  const distanceKm = kmFromHome(profile, point.lat, point.lng);
  return { score: withNearness(partial, distanceKm), distanceKm };
}

const kmFromHome = (profile: MatchProfile, lat: number, lng: number): number => haversineMetersTo(profile.home, lat, lng) / 1000;

/** The score with nearness added: at most SCORE_WEIGHTS.proximity, half of it at PROXIMITY_HALF_KM. */
const withNearness = (partial: number, distanceKm: number): number => partial + SCORE_WEIGHTS.proximity / (1 + distanceKm / PROXIMITY_HALF_KM);

/** A profile's card weights and nice-to-have counts by id, worked out once per profile object (matching scores thousands). */
const weightsByProfile = new WeakMap<MatchProfile, { cardWeights: Map<string, number>; niceToHaves: Map<string, number> }>();

function weightsOf(profile: MatchProfile) {
  let weights = weightsByProfile.get(profile);
  if (weights === undefined) {
    const cardWeights = new Map<string, number>();
    for (const { occupationCardId, answer } of profile.cardChoices) {
      const weight = answer === "YES" ? SCORE_WEIGHTS.yes : answer === "MAYBE" ? SCORE_WEIGHTS.maybe : SCORE_WEIGHTS.no;
      cardWeights.set(occupationCardId, (cardWeights.get(occupationCardId) ?? 0) + weight);
    }
    const niceToHaves = new Map<string, number>();
    for (const need of profile.adaptationNeeds) {
      if (!need.mustHave) niceToHaves.set(need.code, (niceToHaves.get(need.code) ?? 0) + 1);
    }
    weights = { cardWeights, niceToHaves };
    weightsByProfile.set(profile, weights);
  }
  return weights;
}

// ---- reasons, in plain (lättläst) Swedish, for the coach: the participant in the third person

/**
 * The sentences a match's reasons are made of that depend on the profile alone, written once per match rather than
 * once per candidate (a match describes 30).
 */
interface ReasonTexts {
  /** The cards the participant answered, yes first, then maybe, then no; in the profile's order within each. */
  cards: readonly { cardId: string; text: string }[];
  /** Interests with their words parsed once: each query word caches its costs per indexed word across the hits. */
  interests: readonly { interest: string; words: readonly QueryWord[] }[];
  adaptations: readonly { code: string; text: string }[];
}

function reasonTextsOf(profile: MatchProfile, vocab: MatchVocabulary): ReasonTexts {
  const answered = (answer: "YES" | "MAYBE" | "NO", words: string) =>
    profile.cardChoices
      .filter((choice) => choice.answer === answer)
      .map(({ occupationCardId: cardId }) => ({
        cardId,
        text: `Deltagaren sa ${words} till yrkeskortet: ${vocab.cards[cardId]?.title ?? cardId}`,
      }));
  return {
    // A card the participant turned down is never hidden: the coach sees it on every hit that has it.
    cards: [...answered("YES", "ja"), ...answered("MAYBE", "kanske"), ...answered("NO", "nej")],
    interests: interestsOf(profile).map((interest) => ({ interest, words: parseQuery(interest, PLACEMENT_TEXT_RULES) })),
    adaptations: profile.adaptationNeeds.map(({ code }) => ({ code, text: `Har anpassningen: ${vocab.adaptations[code] ?? code}` })),
  };
}

function describeReasons(candidate: RankedCandidate, profile: MatchProfile, texts: ReasonTexts): string[] {
  const { document } = candidate;
  const reasons: string[] = [];
  for (const { cardId, text } of texts.cards) if (document.occupationCardIds.includes(cardId)) reasons.push(text);
  // The placement's text fields: every interest hit carries the same ones.
  const fields = candidate.interestTexts.find((found) => found !== undefined);
  texts.interests.forEach(({ interest, words: queryWords }, i) => {
    if (!(candidate.interestScores[i]! > 0)) return;
    // The engine's index says which words matched, without reading the text again; else the text is read.
    const found = candidate.quote?.(interest) ?? (fields === undefined ? [] : matchingWords(fields, TEXT_FIELDS, queryWords));
    // Each word quoted once, in the order first found.
    let quoted = "";
    found.forEach((word, k) => {
      if (word !== null && found.indexOf(word) === k) quoted += `${quoted === "" ? "" : ", "}'${word}'`;
    });
    reasons.push(quoted ? `Intresset ${interest} finns i platsen: ${quoted}` : `Intresset ${interest} finns i platsen`);
  });
  for (const { code, text } of texts.adaptations) if (document.adaptationCodes.includes(code)) reasons.push(text);
  reasons.push(
    document.kommunCode === profile.homeKommunCode ? "I deltagarens kommun" : `${formatKm(candidate.distanceKm)} hemifrån`,
  );
  return reasons;
}

function describeFailure(failure: Failure, profile: MatchProfile, vocab: MatchVocabulary): string {
  switch (failure.kind) {
    case "ADAPTATION":
      return `Saknar anpassningen: ${vocab.adaptations[failure.code] ?? failure.code}`;
    case "HOURS":
      return `Kräver minst ${formatNumber(failure.hoursPerDayMin)} ${failure.hoursPerDayMin === 1 ? "timme" : "timmar"} per dag`;
    case "WEEKDAYS":
      return `Har andra arbetsdagar: ${joinSwedish(failure.weekdays.map((day) => WEEKDAY_NAMES[day]))}`;
    case "TRAVEL":
      if (profile.travel.kind === "RADIUS") return `Ligger ${formatKm(failure.distanceKm)} utanför deltagarens område`;
      // A kommun is named once, however often the list holds it (home is added to the participant's own list).
      return `Ligger i ${failure.kommunName}, utanför deltagarens kommuner (${joinSwedish([
        ...new Set(profile.travel.kommunCodes.map((code) => vocab.kommuner[code]?.name ?? code)),
      ])})`;
  }
}

const roundKm = (km: number): number => Math.round(km * 10) / 10;
const formatNumber = (value: number): string => String(Math.round(value * 10) / 10).replace(".", ",");
/** "2,4 km" under 10 km, whole kilometres above. */
const formatKm = (km: number): string => `${km < 10 ? formatNumber(Math.max(km, 0.1)) : String(Math.round(km))} km`;

function joinSwedish(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} och ${words[words.length - 1]}`;
}

// ---- the reference

export interface ExhaustiveResult {
  /** Every feasible placement, ranked. */
  hits: { id: string; score: number }[];
  /** Every near miss, ranked. */
  nearMisses: { id: string; score: number; failures: Failure[] }[];
}

/**
 * The naive, obviously correct linear scan with match's semantics: every document through the constraint
 * predicates, text scored word by word against each interest with the placement index's settings, ranked by
 * `scoreCandidate`. Used by the property tests and the bench.
 */
export function matchesExhaustive(
  documents: readonly PlacementDocument[],
  profile: MatchProfile,
  now: Date,
): ExhaustiveResult {
  const constraints = buildConstraints(profile, now);
  const rules = PLACEMENT_TEXT_RULES;
  const attributeCount = rankedAttributeCount(PLACEMENT_SETTINGS.searchableAttributes);
  const queries = interestsOf(profile).map((interest) => parseQuery(interest, rules));
  const hits: ExhaustiveResult["hits"] = [];
  const nearMisses: ExhaustiveResult["nearMisses"] = [];
  for (const document of documents) {
    const failures = failuresOf(document, constraints);
    if (failures === null || failures.length > 1) continue;
    const terms = documentTerms(document, PLACEMENT_SETTINGS.searchableAttributes, rules);
    const interestScores = queries.map((words) => scoreTerms(terms, words, attributeCount, "frequency") ?? 0);
    const { score } = scoreCandidate(document, profile, interestScores);
    if (failures.length === 0) hits.push({ id: document.id, score });
    else nearMisses.push({ id: document.id, score, failures });
  }
  const byScore = (a: { id: string; score: number }, b: { id: string; score: number }) =>
    byScoreThenId({ score: a.score, document: a }, { score: b.score, document: b });
  return { hits: hits.sort(byScore), nearMisses: nearMisses.sort(byScore) };
}
