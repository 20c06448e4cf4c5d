import type { Placement as PlacementRow } from "../../generated/prisma/client.ts";
import { buildConstraints, failuresOf, matchPlacements, NEAR_MISS_LIMIT, type MatchHit, type NearMiss as NearMissResult } from "../../search/match.ts";
import { toEngineDocument, type PlacementIndexRow } from "../../search/placements.ts";
import { loadPlacementsWithIndexRows } from "../../search/outbox-store.ts";
import { auditRow } from "../audit.ts";
import { builder, FIELD_COST } from "../builder.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { loadMatchVocabulary, readMatchProfile } from "../match-profile.ts";
import { allow } from "../policy.ts";
import { caseloadSql } from "./participant.ts";
import { FILTER_BOUNDS, Placement, PlacementKind } from "./placement.ts";
import { Kommun } from "./reference.ts";

const MAX_HITS = 50;

/**
 * The fields the constraints read (MATCH_FIELDS), without the Swedish analysis of the text fields that a full
 * document carries for Meilisearch: that analysis was a fifth of the resolver's own CPU time, and no constraint uses it.
 */
const toMatchDocument = (row: PlacementIndexRow) => toEngineDocument(row, { kind: "embedded" });
/** With narrowing, the matcher ranks this many candidates before the narrowing picks from them. */
const NARROWING_CANDIDATES = 1000;

type Ranked<T extends MatchHit> = T & { placement: PlacementRow };

const Match = builder.objectRef<Ranked<MatchHit>>("Match").implement({
  description: "A placement the participant can take: every hard constraint holds. `reasons` say why, in Swedish.",
  authScopes: { coach: true, supportWorker: true },
  fields: (t) => ({
    placement: t.field({ type: Placement, resolve: (hit) => hit.placement }),
    score: t.exposeFloat("score"),
    reasons: t.exposeStringList("reasons"),
    distanceKm: t.float({ nullable: true, resolve: (hit) => hit.distanceKm }),
  }),
});

const NearMiss = builder.objectRef<Ranked<NearMissResult>>("NearMiss").implement({
  description: "A placement that fails exactly one constraint a coach may agree on with the employer; `missing` says which.",
  authScopes: { coach: true, supportWorker: true },
  fields: (t) => ({
    placement: t.field({ type: Placement, resolve: (miss) => miss.placement }),
    missing: t.exposeStringList("missing"),
    distanceKm: t.float({ nullable: true, resolve: (miss) => miss.distanceKm }),
  }),
});

const Matches = builder
  .objectRef<{ hits: Ranked<MatchHit>[]; nearMisses: Ranked<NearMissResult>[]; kommunCodes: string[] }>("Matches")
  .implement({
    authScopes: { coach: true, supportWorker: true },
    fields: (t) => ({
      hits: t.field({ type: [Match], resolve: (matches) => matches.hits }),
      nearMisses: t.field({ type: [NearMiss], resolve: (matches) => matches.nearMisses }),
      kommuner: t.prismaField({
        type: [Kommun],
        description: "The kommuner of the hits and near misses before narrowing, by name: the choices for narrowing by kommun",
        resolve: (query, matches, _args, context) =>
          context.db.kommun.findMany({ ...query, where: { code: { in: matches.kommunCodes } }, orderBy: { name: "asc" } }),
      }),
    }),
  });

builder.queryFields((t) => ({
  matches: t.field({
    type: Matches,
    description: "Ranked placements for one participant of the caller's caseload.",
    authScopes: allow("Query.matches"),
    complexity: FIELD_COST.matching,
    args: {
      participantId: t.arg.id({ required: true }),
      first: t.arg.int({ required: false }),
      kinds: t.arg({ type: [PlacementKind], required: false, description: "Narrow hits and near misses to these kinds (after ranking)" }),
      kommunCodes: t.arg.stringList({
        required: false,
        description: "Narrow hits and near misses to these kommuner (after ranking)",
        ...FILTER_BOUNDS.kommunCodes,
      }),
    },
    resolve: async (_root, args, context) => {
      const participantId = String(args.participantId);
      const first = args.first ?? 20;
      if (first < 1 || first > MAX_HITS) throw new ValidationError([{ field: "first", message: `Välj mellan 1 och ${MAX_HITS} träffar.` }]);
      // Access, the profile and its log row in one statement: the profile is read, and the read logged, only for a
      // participant in the caller's caseload. Only a refusal asks which refusal it is ("not found" before "not yours").
      const [profile, vocabulary] = await Promise.all([
        readMatchProfile(context.db, participantId, {
          allowed: caseloadSql(context.db, context.viewer!),
          logged: auditRow(context, { action: "READ", entity: "Participant", entityId: participantId, participantId, purpose: "Matchning mot platser" }),
        }),
        loadMatchVocabulary(context.db),
      ]);
      if (!profile) {
        if (!(await context.db.participant.count({ where: { id: participantId } }))) throw new NotFoundError("Deltagaren");
        throw new ForbiddenError("Bara deltagarens jobbcoach och handledare kan söka platser åt deltagaren.");
      }
      const now = new Date();
      const narrowing = Boolean(args.kinds?.length || args.kommunCodes?.length);
      const result = await matchPlacements(
        context.search,
        profile,
        vocabulary,
        narrowing ? { now, first: NARROWING_CANDIDATES, nearMisses: NARROWING_CANDIDATES } : { now, first },
      );
      // The engine ranks; PostgreSQL holds the truth. Rows are re-read and re-checked, so a placement that filled
      // up or was unpublished since it was indexed never shows, whatever the index lag: the rows as the API shows
      // them, and as the index would hold them now (one statement for both).
      const ids = [...result.hits, ...result.nearMisses].map((hit) => hit.id);
      const rows = await loadPlacementsWithIndexRows(context.db, ids);
      const byId = new Map(rows.map(({ placement }) => [placement.id, placement]));
      const constraints = buildConstraints(profile, now);
      const failures = new Map(
        rows
          .filter(({ indexRow }) => indexRow.status === "PUBLISHED")
          .map(({ indexRow }) => [indexRow.id, failuresOf(toMatchDocument(indexRow), constraints)]),
      );
      const hits = result.hits.filter((hit) => failures.get(hit.id)?.length === 0).map((hit) => ({ placement: byId.get(hit.id)!, ...hit }));
      const nearMisses = result.nearMisses
        .filter((miss) => failures.get(miss.id)?.length === 1)
        .map((miss) => ({ placement: byId.get(miss.id)!, ...miss }));
      const kommunCodes = [...new Set([...hits, ...nearMisses].map((ranked) => ranked.placement.kommunCode))];
      const kept = (ranked: { placement: PlacementRow }) =>
        (!args.kinds?.length || args.kinds.includes(ranked.placement.kind)) &&
        (!args.kommunCodes?.length || args.kommunCodes.includes(ranked.placement.kommunCode));
      return {
        hits: hits.filter(kept).slice(0, first),
        nearMisses: nearMisses.filter(kept).slice(0, NEAR_MISS_LIMIT),
        kommunCodes,
      };
    },
  }),
}));
