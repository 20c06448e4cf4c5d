/**
 * The in-process engine: the zero-setup default and the engine of the tests. A small columnar index, as SEARCH.md's
 * measurements recommend: per (field, value) postings that become bitsets, numeric columns in Float64Arrays, geo by
 * bounding box then haversine, and text scored only over the filtered documents, with query words expanded once
 * against the vocabulary of indexed words (not per document). Text rules live in text.ts (matching, mirroring
 * Meilisearch) and swedish.ts (what a Swedish word is), shared with the reference scan and the database path.
 */
import {
  andIntoAt,
  andNot,
  clearBit,
  countBits,
  forEachSlot,
  hasBit,
  intersectionWithWords,
  orInto,
  orWithinInto,
  Posting,
  selectSlots,
  setBit,
  sparseWords,
  wordsFor,
} from "./bitset.ts";
import {
  IndexNotFoundError,
  InvalidSearchRequestError,
  type EngineHealth,
  type Filter,
  type IndexedSearchRequest,
  type IndexSettings,
  type Scalar,
  type SearchDocument,
  type SearchEngine,
  type SearchHit,
  type SearchRequest,
  type SearchResponse,
  type Sort,
} from "./engine.ts";
import { boundingBox, EARTH_RADIUS_METERS, haversineMetersTo, type BoundingBox, type GeoPoint } from "../lib/geo.ts";
import {
  firstWrittenAs,
  forEachSearchableText,
  meetsStopWord,
  parseQuery,
  rankedAttributeCount,
  textRankingScore,
  textRules,
  type QueryWord,
  type TextRules,
} from "./text.ts";
import { forEachWordSpan, normalizeRawWord } from "./swedish.ts";
import { NOT_FILED, WordSpanTable } from "./word-span-table.ts";
import { Vocabulary } from "./vocabulary.ts";

const DEFAULT_LIMIT = 20;
/** Term marks: a match cost 0..3 plus one per query word, in 3 bits; ten query words fit 30 bits. */
const BITS_PER_WORD = 3;
const WORD_MARK = 0b111;
const INITIAL_CAPACITY = 1024;
/** A numeric field with more distinct values than this is compared document by document (see #numericPostings). */
const NUMERIC_POSTING_VALUES = 64;
/**
 * Indexed leaves kept across calls (`#leaves`), a bound: at 100,000 documents each is a 12.5 KB bitset, so 256 hold
 * 3.2 MB. Fields of few values give fewer (each adaptation, weekday sets, hours, free spots).
 */
const LEAF_CACHE_ENTRIES = 256;
/** Slack for the bounding-box pre-test, so rounding never drops a point haversine would keep. */
const BOX_SLACK_DEGREES = 1e-9;
/** Geo grid cells, about 11 × 11 km in Sweden: a radius filter reads the cells its bounding box covers. */
const CELL_LAT_DEGREES = 0.1;
const CELL_LNG_DEGREES = 0.2;
const cellIndex = (degrees: number, size: number): number => Math.floor(degrees / size);
const cellKey = (latCell: number, lngCell: number): number => (latCell + 1000) * 4000 + lngCell + 2000;
const LNG_CELLS = Math.round(360 / CELL_LNG_DEGREES);
/** A box reaching past ±180° continues in the cells on the other side of the antimeridian. */
const wrapLngCell = (cell: number): number => ((((cell + LNG_CELLS / 2) % LNG_CELLS) + LNG_CELLS) % LNG_CELLS) - LNG_CELLS / 2;

/** What an index holds before `applySettings`: Meilisearch's defaults (everything searchable, nothing filterable). */
const DEFAULT_SETTINGS: IndexSettings = {
  searchableAttributes: ["*"],
  filterableAttributes: [],
  sortableAttributes: [],
  rankingRules: ["words", "typo", "proximity", "attributeRank", "sort", "wordPosition", "exactness"],
  synonyms: {},
  stopWords: [],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnWords: [] },
  localizedAttributes: [],
  pagination: { maxTotalHits: 1000 },
};

export function createEmbeddedEngine(): SearchEngine {
  return new EmbeddedEngine();
}

class EmbeddedEngine implements SearchEngine {
  readonly kind = "embedded";
  readonly #indexes = new Map<string, ColumnarIndex>();

  async applySettings(index: string, settings: IndexSettings): Promise<void> {
    this.#indexes.set(index, (this.#indexes.get(index) ?? new ColumnarIndex(DEFAULT_SETTINGS)).withSettings(settings));
  }

  async upsert(index: string, documents: SearchDocument[]): Promise<void> {
    this.#getOrCreate(index).upsert(documents);
  }

  async remove(index: string, ids: string[]): Promise<void> {
    this.#indexes.get(index)?.remove(ids);
  }

  async search<D extends SearchDocument>(index: string, request: SearchRequest): Promise<SearchResponse<D>> {
    return this.#get(index).search(request, newCallCache()) as SearchResponse<D>;
  }

  async multiSearch<D extends SearchDocument>(requests: IndexedSearchRequest[]): Promise<SearchResponse<D>[]> {
    // Match sends several queries over the same filter, and the same q over two filters: compile each distinct
    // filter once per call, and run one text pass per q over the union of its requests' filters.
    const caches = new Map<string, CallCache>();
    const cacheOf = (index: string): CallCache => {
      let cache = caches.get(index);
      if (cache === undefined) {
        cache = newCallCache();
        caches.set(index, cache);
      }
      return cache;
    };
    // A request goes to its index as it is: the index reads a request's own fields, never `index`.
    const byIndex = new Map<string, SearchRequest[]>();
    for (const request of requests) {
      const group = byIndex.get(request.index);
      if (group === undefined) byIndex.set(request.index, [request]);
      else group.push(request);
    }
    for (const [index, group] of byIndex) this.#get(index).shareText(group, cacheOf(index));
    return requests.map((request) => this.#get(request.index).search(request, cacheOf(request.index)) as SearchResponse<D>);
  }

  async swap(indexA: string, indexB: string): Promise<void> {
    const a = this.#getOrCreate(indexA);
    const b = this.#getOrCreate(indexB);
    this.#indexes.set(indexA, b);
    this.#indexes.set(indexB, a);
  }

  async deleteIndex(index: string): Promise<void> {
    this.#indexes.delete(index);
  }

  async count(index: string): Promise<number> {
    return this.#indexes.get(index)?.size ?? 0;
  }

  async health(): Promise<EngineHealth> {
    return { available: true };
  }

  #get(index: string): ColumnarIndex {
    const found = this.#indexes.get(index);
    if (found === undefined) throw new IndexNotFoundError(index);
    return found;
  }

  #getOrCreate(index: string): ColumnarIndex {
    let found = this.#indexes.get(index);
    if (found === undefined) {
      found = new ColumnarIndex(DEFAULT_SETTINGS);
      this.#indexes.set(index, found);
    }
    return found;
  }
}

interface Candidate {
  slot: number;
  /** Read when the candidate is found, so a response built later still shows the index as it was searched. */
  document: SearchDocument;
  score: number;
  matchedMask: number;
  geoDistance: number;
}

/**
 * What the requests of one call share: filter bitsets (by filter object, then by its JSON), indexed leaves by filter
 * object (the index keeps them by JSON across calls) and text passes by q.
 */
interface CallCache {
  filters: Map<Filter | string, Uint32Array>;
  leaves: Map<Filter, Uint32Array>;
  texts: Map<string, TextPass>;
  /** Filter objects already checked against the settings. */
  validated: Set<Filter>;
  /** Each bitset's non-zero words (undefined: too many to list), for the text passes that read it. */
  sparse: Map<Uint32Array, Int32Array | undefined>;
}

function cached(map: Map<Filter | string, Uint32Array>, filter: Filter, compute: () => Uint32Array): Uint32Array {
  let bits = map.get(filter);
  if (bits !== undefined) return bits;
  const key = JSON.stringify(filter);
  bits = map.get(key);
  if (bits === undefined) {
    bits = compute();
    map.set(key, bits);
  }
  map.set(filter, bits);
  return bits;
}

/** `sparseWords(bits)`, once per call for each bitset. */
function sparseWordsOf(bits: Uint32Array, cache: CallCache): Int32Array | undefined {
  if (!cache.sparse.has(bits)) cache.sparse.set(bits, sparseWords(bits));
  return cache.sparse.get(bits);
}

/**
 * What reading a candidate's values off its ValueColumn costs in `#weigh`, in entries of a posting's slot list: a
 * run of a few ids per candidate, and a weight per id.
 */
const COLUMN_READ_COST = 3;

/** The sum of `weights` over a document's values of a field, each distinct value once, as its postings hold them. */
function weightOfValues(value: unknown, weights: ReadonlyMap<string, number>): number {
  if (value === null || value === undefined || typeof value === "number") return 0;
  if (!Array.isArray(value)) return weights.get(String(value)) ?? 0;
  let sum = 0;
  for (let k = 0; k < value.length; k++) {
    const element = String(value[k]);
    let repeated = false;
    for (let j = 0; j < k && !repeated; j++) repeated = String(value[j]) === element;
    if (!repeated) sum += weights.get(element) ?? 0;
  }
  return sum;
}

/** The matches of a text pass whose slots are in `within`, as columns in the same (slot) order. */
function keptWithin({ slots, scores, masks }: TextPass, within: Uint32Array): Omit<TextPass, "bits"> {
  const count = countIn(slots, within);
  const kept = { slots: new Int32Array(count), scores: new Float64Array(count), masks: new Int32Array(count) };
  let at = 0;
  for (let i = 0; i < slots.length; i++) {
    if (!hasBit(within, slots[i]!)) continue;
    kept.slots[at] = slots[i]!;
    kept.scores[at] = scores[i]!;
    kept.masks[at++] = masks[i]!;
  }
  return kept;
}

function countIn(slots: Int32Array, within: Uint32Array): number {
  let count = 0;
  for (let i = 0; i < slots.length; i++) if (hasBit(within, slots[i]!)) count++;
  return count;
}

/**
 * A text pass's matches as columns, ascending by slot, and the same slots as a bitset: null for a pass shared by
 * requests that count no facets, which each cut it to their own filter by its slots.
 */
interface TextPass {
  slots: Int32Array;
  scores: Float64Array;
  masks: Int32Array;
  bits: Uint32Array | null;
}

/** Pages up to this size are picked off a text pass's columns without an object per match. */
const SMALL_PAGE = 256;

type Quote = (slot: number, document: SearchDocument, q: string) => (string | null)[] | null;

/**
 * A response's whole result in slot order, without hit objects: what matching reads when the engine is this one
 * (`slotOrderOf`). Present only when the response's hits are the whole result (no page cut off), so the two agree.
 */
export interface SlotOrder {
  /** Ascending: two responses of one index line up by a merge. */
  slots: ArrayLike<number>;
  /** The ranking score per slot (1 for an empty q). */
  scores: ArrayLike<number>;
  documents: readonly SearchDocument[];
  /**
   * For the reasons: per word of q (as the index parses it), the document's own word that meets it best, as
   * `matchingWords` finds it in the document's text, read off the index's terms for the slot. Null when the index
   * cannot be sure of the same answer (then read the text).
   */
  quote: Quote;
  /**
   * Per candidate (in `slots`' order), the sum of `weights` over the values of `field` its document lists (each value
   * once): read off the field's postings, or off the documents when the candidates are fewer than the postings'
   * slots (documents lie scattered in memory, a posting is read in order). Null when the index has changed since the
   * search (the documents are then the truth) or does not index `field` for filtering.
   */
  weigh(field: string, weights: ReadonlyMap<string, number>): Float64Array | null;
  /** Per candidate, its document's `_geo` (NaN without one) from the index's columns; null when the index changed. */
  points(): { lat: Float64Array; lng: Float64Array } | null;
}

const SLOT_ORDER = Symbol("slotOrder");

export function slotOrderOf(response: SearchResponse): SlotOrder | null {
  const read = (response as { [SLOT_ORDER]?: () => SlotOrder })[SLOT_ORDER];
  return read === undefined ? null : read();
}

/** A lazy response's hits: the builder until first read, then the array. */
const LAZY_HITS = Symbol("lazyHits");

interface LazyHits {
  [LAZY_HITS]: { build: (() => SearchHit[]) | null; built: SearchHit[] | undefined };
}

/**
 * The one `hits` accessor every lazy response shares. V8 keeps an accessor's functions in the object's hidden class:
 * a pair of closures per response would give each response a class of its own.
 */
const LAZY_HITS_PROPERTY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: LazyHits): SearchHit[] {
    const state = this[LAZY_HITS];
    if (state.built === undefined) {
      state.built = state.build!();
      state.build = null;
    }
    return state.built;
  },
  set(this: LazyHits, value: SearchHit[]) {
    this[LAZY_HITS].built = value;
    this[LAZY_HITS].build = null;
  },
};

/**
 * A response whose hits are built when first read: matching reads the slot order instead, and never pays for a hit
 * object per candidate. Reads, spreads and equality see an ordinary `hits` array.
 *
 * Every response has one hidden class. A new class per response (Node 20's V8 makes one for each object spread
 * followed by a new property, and for each pair of accessor closures) is allocated old and, until a full
 * collection, keeps the response and its candidates alive through every minor one: they were promoted, and the old
 * generation filled with them (docs/decisions/0018, round nine).
 */
function lazyResponse(
  { estimatedTotalHits, facetDistribution }: Omit<SearchResponse, "hits">,
  hits: () => SearchHit[],
  slotOrder: (() => SlotOrder) | null,
): SearchResponse {
  const response = { estimatedTotalHits, facetDistribution };
  Object.defineProperty(response, LAZY_HITS, { value: { build: hits, built: undefined } });
  Object.defineProperty(response, "hits", LAZY_HITS_PROPERTY);
  if (slotOrder !== null) Object.defineProperty(response, SLOT_ORDER, { value: slotOrder });
  return response as SearchResponse;
}

const newCallCache = (): CallCache => ({
  filters: new Map(),
  leaves: new Map(),
  texts: new Map(),
  validated: new Set(),
  sparse: new Map(),
});
/** Text candidates depend on q and the matching strategy only; the filter decides which of them a request keeps. */
const textKey = (request: SearchRequest): string => `${request.matchingStrategy ?? "last"}\u0000${request.q ?? ""}`;

/**
 * One index. Documents live in slots; a removed document's slot is reused. Documents are kept as given, without a
 * copy (memory), and handed out in hits: an upserted document belongs to the index and is never edited again.
 */
class ColumnarIndex {
  readonly #settings: IndexSettings;
  readonly #rules: TextRules;
  readonly #filterable: ReadonlySet<string>;
  readonly #sortable: ReadonlySet<string>;
  readonly #attributeCount: number;

  #capacity = INITIAL_CAPACITY;
  #documents: (SearchDocument | undefined)[] = [];
  readonly #slotById = new Map<string, number>();
  readonly #freeSlots: number[] = [];
  #alive = new Uint32Array(wordsFor(INITIAL_CAPACITY));
  #size = 0;

  readonly #postings = new Map<string, Map<string, Posting>>();
  readonly #numbers = new Map<string, Float64Array>();
  /** Bumped by every write: what a cached order was built from. */
  #version = 0;
  /** Indexed leaves by their filter's JSON, least recently used first, as of `#leavesVersion` (`#indexedLeaf`). */
  readonly #leaves = new Map<string, Uint32Array>();
  #leavesVersion = -1;
  /**
   * Per field and comparison of a numeric field the index keeps no value postings for (dates), the last one computed
   * over the whole index (`#rangeLeaf`): it answers every bound between the documents' nearest values around it.
   */
  readonly #rangeLeaves = new Map<string, RangeLeaf>();
  /** Per numeric sort (field and direction), every slot in that order, as of `version`. */
  readonly #sortedOrders = new Map<string, { version: number; order: Int32Array }>();
  /**
   * For a filterable numeric field of few distinct values (free spots, hours), a posting per value, so a comparison
   * is a union of postings; null once the field has had more than NUMERIC_POSTING_VALUES values (dates).
   */
  readonly #numericPostings = new Map<string, Map<number, Posting> | null>();
  /** Scratch for `#weigh`: a candidate's place in its order, by slot (only the candidates' entries are meaningful). */
  #indexOfSlot = new Int32Array(0);
  #lat = new Float64Array(INITIAL_CAPACITY).fill(NaN);
  #lng = new Float64Array(INITIAL_CAPACITY).fill(NaN);
  readonly #geoCells = new Map<number, GeoCell>();
  /** Per field `#weigh` has read, its values per slot (built then, kept by every write after). */
  readonly #valueColumns = new Map<string, ValueColumn>();

  // Text: a vocabulary of distinct words, and per slot its word ids packed as (termId << 4 | attribute position).
  readonly #vocabulary = new Vocabulary();
  /**
   * Per packed (term id << 4 | attribute position), the slots holding that term first in that attribute: a text pass
   * reads the postings of the matched terms, not every word of every document holding one.
   */
  readonly #termPostings: Posting[] = [];
  /** Per term id, a bit per attribute position it has a posting at. */
  #termPositions = new Uint16Array(1024);
  /** Per slot, while a text pass runs: its best match marks so far (as #termMatch) and best attribute position + 1. */
  #slotMarks = new Uint32Array(0);
  #slotAttribute = new Uint8Array(0);
  /** The bitset of a shared text pass while it runs; all zero between passes. */
  #holdingScratch = new Uint32Array(0);
  /**
   * Every slot's packed terms end to end in one array (no typed array per document): slot s owns
   * `#termData[#termStart[s] .. #termStart[s] + #termCount[s])`. A removed document's run becomes garbage, compacted
   * away when half the array is garbage.
   */
  #termData = new Int32Array(INITIAL_CAPACITY * 32);
  #termStart = new Int32Array(INITIAL_CAPACITY);
  #termCount = new Int32Array(INITIAL_CAPACITY);
  #termUsed = 0;
  #termGarbage = 0;
  /** A word as written → its term id, or -1 for a stop word: documents repeat the same few thousand spellings. */
  readonly #termIdByRaw = new WordSpanTable();
  /** Per term id, the stamp of the last document indexed that held it: dedupes a document's words without a set. */
  #termSeen = new Int32Array(1024);
  #termStamp = 0;
  #scratchTerms = new Int32Array(256);
  /** Per term, for the running query: 3 bits per query word, (match cost + 1), 0 when that word does not match it. */
  #termMatch = new Uint32Array(0);

  constructor(settings: IndexSettings) {
    this.#settings = settings;
    this.#rules = textRules(settings);
    this.#filterable = new Set(settings.filterableAttributes);
    this.#sortable = new Set(settings.sortableAttributes);
    this.#attributeCount = rankedAttributeCount(settings.searchableAttributes);
  }

  get size(): number {
    return this.#size;
  }

  /** A new index with these settings and the same documents (settings decide what is indexed, so reindex). */
  withSettings(settings: IndexSettings): ColumnarIndex {
    const next = new ColumnarIndex(settings);
    next.upsert(this.#documents.filter((document): document is SearchDocument => document !== undefined));
    return next;
  }

  upsert(documents: readonly SearchDocument[]): void {
    // All or nothing: a bad id anywhere in the batch changes nothing.
    if (documents.some(({ id }) => typeof id !== "string" || id === "")) {
      throw new InvalidSearchRequestError("Every document needs a non-empty string id");
    }
    this.#version++;
    for (const document of byPlace(documents)) {
      const existing = this.#slotById.get(document.id);
      if (existing !== undefined) this.#unindex(existing);
      this.#index(existing ?? this.#allocateSlot(), document);
    }
  }

  remove(ids: readonly string[]): void {
    this.#version++;
    for (const id of ids) {
      const slot = this.#slotById.get(id);
      if (slot === undefined) continue;
      this.#unindex(slot);
      this.#slotById.delete(id);
      this.#freeSlots.push(slot);
    }
  }

  /**
   * For each q that more than one request of a call asks, one text pass over the union of their filters; `search`
   * then keeps each request's own candidates from it.
   */
  shareText(requests: readonly SearchRequest[], cache: CallCache): void {
    const byText = new Map<string, { request: SearchRequest; withins: Set<Uint32Array>; requests: number; faceted: boolean }>();
    const ids = new Map<Uint32Array, number>();
    // The same filters under another q (a match's next interest: hits ∪ near misses again) share their union.
    const unions = new Map<string, Uint32Array>();
    for (const request of requests) {
      if ((request.q ?? "").trim() === "") continue;
      this.#validate(request, cache);
      const within = request.filter === undefined ? this.#alive : this.#cachedFilter(request.filter, cache);
      if (!ids.has(within)) ids.set(within, ids.size);
      const key = textKey(request);
      const faceted = (request.facets ?? []).length > 0;
      const group = byText.get(key);
      if (group === undefined) {
        byText.set(key, { request, withins: new Set([within]), requests: 1, faceted });
      } else {
        group.withins.add(within);
        group.requests++;
        group.faceted ||= faceted;
      }
    }
    for (const [key, { request, withins, requests: sharing, faceted }] of byText) {
      const words = parseQuery(request.q ?? "", this.#rules);
      if (sharing < 2 || words.length === 0) continue;
      const unionKey = [...withins].map((within) => ids.get(within)).join(",");
      let union = unions.get(unionKey);
      if (union === undefined) {
        const [first, ...rest] = withins;
        union = rest.length === 0 ? first! : first!.slice();
        for (const within of rest) orInto(union, within);
        unions.set(unionKey, union);
      }
      // Its bitset is kept only for a request that counts facets (a listing's); a match's requests cut it by slots.
      cache.texts.set(key, this.#textPass(words, union, request, cache, faceted));
    }
  }

  search(request: SearchRequest, cache: CallCache): SearchResponse {
    this.#validate(request, cache);
    const within = request.filter === undefined ? this.#alive : this.#cachedFilter(request.filter, cache);
    const words = parseQuery(request.q ?? "", this.#rules);
    const maxTotalHits = this.#settings.pagination.maxTotalHits;
    const offset = Math.min(request.offset ?? 0, maxTotalHits);
    const end = Math.min(offset + (request.limit ?? DEFAULT_LIMIT), maxTotalHits);
    const facetDistribution = (matching: Uint32Array | null) => (matching === null ? {} : this.#facets(request.facets ?? [], matching));

    if (words.length === 0 && (request.sort ?? []).length === 0) {
      // Placeholder search in index order: read the page straight off the bitset.
      const withinWords = sparseWordsOf(within, cache);
      const total = countBits(within, withinWords);
      const slots = slotsBetween(within, offset, end, total, withinWords);
      const documents: SearchDocument[] = new Array(slots.length);
      for (let i = 0; i < slots.length; i++) documents[i] = this.#documents[slots[i]!]!;
      return lazyResponse(
        { estimatedTotalHits: total, facetDistribution: facetDistribution(within) },
        () => documents.map((document) => this.#hit(document, 1, 0, NaN, null, request)),
        offset === 0 && total <= end ? this.#slotOrderOf(() => ({ slots, scores: new Float64Array(slots.length).fill(1), documents }), within) : null,
      );
    }
    const presorted = words.length === 0 ? this.#presortedPage(request.sort ?? [], within, offset, end) : null;
    if (presorted !== null) {
      // "Newest" and the like without words: the page off the field's sorted order, no candidate per document.
      const built = presorted.map((slot) => this.#hit(this.#documents[slot]!, 1, 0, NaN, null, request));
      return lazyResponse({ estimatedTotalHits: countBits(within), facetDistribution: facetDistribution(within) }, () => built, null);
    }
    const shared = words.length === 0 ? undefined : cache.texts.get(textKey(request));
    const text = words.length === 0 ? null : (shared ?? this.#textPass(words, within, request, cache));
    // The documents this request keeps, as a bitset (facets, total).
    // A shared pass is cut to this request's filter as a bitset only for facets; else its slots are counted.
    const faceted = (request.facets ?? []).length > 0;
    const matching = text === null ? within : shared === undefined ? text.bits! : faceted ? intersection(text.bits!, within) : null;
    const total =
      text === null ? countBits(within) : shared === undefined ? text.slots.length : matching !== null ? countBits(matching) : countIn(text.slots, within);
    const sorts = request.sort ?? [];
    const matchedWords = matchedWordsByMask(words);
    const toHit = (c: Candidate) =>
      this.#hit(c.document, c.score, c.matchedMask, geoPoint === null ? NaN : c.geoDistance, matchedWords, request);
    const geoSort = sorts.find((sort) => "geoPoint" in sort);
    const geoPoint = geoSort !== undefined && "geoPoint" in geoSort ? geoSort.geoPoint : null;
    // Candidates are read now (documents as searched). A small relevance page is picked off the text pass's columns,
    // so only its own candidates become objects; otherwise every candidate does.
    if (text !== null && sorts.length === 0 && end <= SMALL_PAGE) {
      const page = this.#bestTextPage(text, shared === undefined ? null : within, end)
        .slice(offset)
        .map((i) => this.#textCandidate(text, i));
      const slotOrder = offset === 0 && total <= end ? this.#slotOrder(page.slice().sort((a, b) => a.slot - b.slot)) : null;
      return lazyResponse({ estimatedTotalHits: total, facetDistribution: facetDistribution(matching) }, () => page.map(toHit), slotOrder);
    }
    if (text !== null && sorts.length === 0) {
      // A larger relevance page (matching asks for every match): the kept matches become columns, their documents
      // read now; candidate objects only if the hits are read.
      const kept = shared === undefined ? text : keptWithin(text, within);
      const documents: SearchDocument[] = new Array(kept.slots.length);
      for (let i = 0; i < kept.slots.length; i++) documents[i] = this.#documents[kept.slots[i]!]!;
      const page = () => {
        const candidates = documents.map(
          (document, i): Candidate => ({ slot: kept.slots[i]!, document, score: kept.scores[i]!, matchedMask: kept.masks[i]!, geoDistance: NaN }),
        );
        return end <= offset ? [] : firstInOrder(candidates, end, this.#comparator(true, sorts)).slice(offset, end).map(toHit);
      };
      return lazyResponse(
        { estimatedTotalHits: total, facetDistribution: facetDistribution(matching) },
        page,
        offset === 0 && total <= end ? this.#slotOrderOf(() => ({ slots: kept.slots, scores: kept.scores, documents })) : null,
      );
    }
    // Sorted by something other than relevance: every kept candidate becomes an object the comparator reads.
    const candidates = text === null ? this.#allCandidates(within) : [];
    for (let i = 0; text !== null && i < text.slots.length; i++) {
      if (shared === undefined || hasBit(within, text.slots[i]!)) candidates.push(this.#textCandidate(text, i));
    }
    if (geoPoint !== null) for (const candidate of candidates) candidate.geoDistance = this.#distance(candidate.slot, geoPoint);
    const page = () =>
      end <= offset ? [] : firstInOrder(candidates, end, this.#comparator(words.length > 0, sorts)).slice(offset, end).map(toHit);
    // Sort keys other than the score are read now, while the index and the candidates' distances are as searched; a
    // relevance-only page is sorted when first read (score and slot never change).
    let hits = page;
    if (sorts.length > 0) {
      const built = page();
      hits = () => built;
    }
    return lazyResponse(
      { estimatedTotalHits: total, facetDistribution: facetDistribution(matching) },
      hits,
      offset === 0 && total <= end ? this.#slotOrder(candidates) : null,
    );
  }

  /** The slot order of candidates already in ascending slot order. */
  #slotOrder(candidates: readonly Candidate[]): () => SlotOrder {
    return this.#slotOrderOf(() => ({
      slots: candidates.map(({ slot }) => slot),
      scores: candidates.map(({ score }) => score),
      documents: candidates.map(({ document }) => document),
    }));
  }

  /**
   * A slot order of these columns (read when first asked), whose reads of the index hold while it is at this version.
   * `bits`: the same slots as a bitset, when the search has it (a placeholder search's filter), for `weigh`.
   */
  #slotOrderOf(columns: () => Pick<SlotOrder, "slots" | "scores" | "documents">, bits?: Uint32Array): () => SlotOrder {
    const version = this.#version;
    return () => {
      const { slots, scores, documents } = columns();
      // The candidates as a bitset and its non-zero words, made once for every field weighed.
      let candidates: { bits: Uint32Array; words: Int32Array | undefined } | undefined;
      const candidateSet = () => (candidates ??= this.#candidateSet(slots, bits));
      return {
        slots,
        scores,
        documents,
        quote: this.#quote,
        weigh: (field, weights) => (version === this.#version ? this.#weigh(slots, documents, candidateSet, field, weights) : null),
        points: () => (version === this.#version ? this.#points(slots) : null),
      };
    };
  }

  #candidateSet(slots: ArrayLike<number>, bits: Uint32Array | undefined): { bits: Uint32Array; words: Int32Array | undefined } {
    if (bits === undefined) {
      bits = new Uint32Array(this.#alive.length);
      for (let i = 0; i < slots.length; i++) setBit(bits, slots[i]!);
    }
    // A bitset posting is read at the candidates' words only, when they are few.
    return { bits, words: sparseWords(bits) };
  }

  /**
   * `SlotOrder.weigh`: each weighted value's posting walked within the candidates, its weight added per slot; or,
   * when the postings are longer lists than the candidates are many, each candidate's own values read off the
   * field's ValueColumn.
   */
  #weigh(
    slots: ArrayLike<number>,
    documents: readonly SearchDocument[],
    candidateSet: () => { bits: Uint32Array; words: Int32Array | undefined },
    field: string,
    weights: ReadonlyMap<string, number>,
  ): Float64Array | null {
    if (!this.#filterable.has(field)) return null;
    const sums = new Float64Array(slots.length);
    const postings = this.#postings.get(field);
    if (weights.size === 0 || postings === undefined) return sums;
    // A rare value's posting is a slot list read whole; a few hundred candidates cost less read one by one.
    let walked = 0;
    const words = Math.min(slots.length, wordsFor(this.#capacity));
    for (const value of weights.keys()) walked += postings.get(value)?.walkCost(words) ?? 0;
    if (slots.length * COLUMN_READ_COST < walked) {
      const column = this.#valueColumn(field);
      const byId = column.weightsById(weights);
      for (let i = 0; i < slots.length; i++) {
        const sum = column.weightOf(slots[i]!, byId);
        sums[i] = Number.isNaN(sum) ? weightOfValues(documents[i]![field], weights) : sum;
      }
      return sums;
    }
    const { bits, words: candidateWords } = candidateSet();
    if (this.#indexOfSlot.length < this.#capacity) this.#indexOfSlot = new Int32Array(this.#capacity);
    const indexOfSlot = this.#indexOfSlot;
    for (let i = 0; i < slots.length; i++) indexOfSlot[slots[i]!] = i;
    for (const [value, weight] of weights) {
      postings.get(value)?.forEachWithin(bits, (slot) => (sums[indexOfSlot[slot]!]! += weight), candidateWords);
    }
    return sums;
  }

  /** `SlotOrder.points`, copied out of the columns (a loop: `Float64Array.from` with a function is slow in V8). */
  #points(slots: ArrayLike<number>): { lat: Float64Array; lng: Float64Array } {
    const lat = new Float64Array(slots.length);
    const lng = new Float64Array(slots.length);
    for (let i = 0; i < slots.length; i++) {
      lat[i] = this.#lat[slots[i]!]!;
      lng[i] = this.#lng[slots[i]!]!;
    }
    return { lat, lng };
  }

  /**
   * `SlotOrder.quote`. The slot's terms are its distinct words in the order they first occur (attributes in rank
   * order), so the first of its cheapest terms is the term of the first of its cheapest words, which `matchingWords`
   * quotes; only that term's attribute is then read, for the word as written. Null when the slot holds another
   * document now, or when a query word meets a stop word (stop words are not among the terms, but are in the text).
   */
  readonly #quote: Quote = (slot, document, q) => {
    const words = parseQuery(q, this.#rules);
    if (this.#documents[slot] !== document || words.some((word) => meetsStopWord(word, this.#rules))) return null;
    const start = this.#termStart[slot]!;
    const end = start + this.#termCount[slot]!;
    return words.map((word) => {
      const costs = this.#costsByTerm(word);
      let best = Infinity;
      let bestTerm = -1;
      for (let i = start; i < end && best > 0; i++) {
        const cost = costs.get(this.#termData[i]! >> 4);
        if (cost !== undefined && cost < best) {
          best = cost;
          bestTerm = this.#termData[i]!;
        }
      }
      if (bestTerm < 0) return null;
      return firstWrittenAs(document, this.#settings.searchableAttributes, bestTerm & 15, (text, start, end, hash) =>
        this.#termIdOfSpan(text, start, end, hash) === bestTerm >> 4,
      );
    });
  };

  /** The term id of a spelling, as indexing files it (-1 for a stop word). */
  #termIdOfSpan(text: string, start: number, end: number, hash: number): number {
    let termId = this.#termIdByRaw.get(text, start, end, hash);
    if (termId === NOT_FILED) {
      const raw = text.slice(start, end);
      const term = normalizeRawWord(raw);
      termId = this.#rules.stopWords.has(term) ? -1 : this.#vocabulary.add(term);
      this.#termIdByRaw.set(raw, termId);
    }
    return termId;
  }

  /** A query word's cost per term id it meets (its vocabulary expansion as a map), kept while the vocabulary is the same. */
  readonly #termCosts = new WeakMap<QueryWord, { vocabularySize: number; costs: Map<number, number> }>();

  #costsByTerm(word: QueryWord): ReadonlyMap<number, number> {
    let kept = this.#termCosts.get(word);
    if (kept === undefined || kept.vocabularySize !== this.#vocabulary.size) {
      kept = { vocabularySize: this.#vocabulary.size, costs: new Map(this.#vocabulary.expand(word)) };
      this.#termCosts.set(word, kept);
    }
    return kept.costs;
  }

  #textCandidate(text: TextPass, i: number): Candidate {
    const slot = text.slots[i]!;
    return { slot, document: this.#documents[slot]!, score: text.scores[i]!, matchedMask: text.masks[i]!, geoDistance: NaN };
  }

  /**
   * The text pass's best `count` (score, then slot) among the slots of `within` (all when null), best first: in slot
   * order, so a match no better than the worst kept is out at one comparison.
   */
  #bestTextPage({ slots, scores }: TextPass, within: Uint32Array | null, count: number): number[] {
    const best: number[] = [];
    if (count <= 0) return best;
    for (let i = 0; i < slots.length; i++) {
      if (within !== null && !hasBit(within, slots[i]!)) continue;
      const score = scores[i]!;
      if (best.length === count && score <= scores[best[count - 1]!]!) continue;
      let at = best.length === count ? count - 1 : best.length;
      while (at > 0 && score > scores[best[at - 1]!]!) {
        best[at] = best[at - 1]!;
        at--;
      }
      best[at] = i;
    }
    return best;
  }

  // ---- writing

  #allocateSlot(): number {
    const reused = this.#freeSlots.pop();
    if (reused !== undefined) return reused;
    const slot = this.#documents.length;
    if (slot >= this.#capacity) this.#grow();
    return slot;
  }

  #grow(): void {
    this.#capacity *= 2;
    const growBits = (bits: Uint32Array) => {
      const grown = new Uint32Array(wordsFor(this.#capacity));
      grown.set(bits);
      return grown;
    };
    const growNumbers = (column: Float64Array) => {
      const grown = new Float64Array(this.#capacity).fill(NaN);
      grown.set(column);
      return grown;
    };
    this.#alive = growBits(this.#alive);
    const growInts = (column: Int32Array) => {
      const grown = new Int32Array(this.#capacity);
      grown.set(column);
      return grown;
    };
    this.#termStart = growInts(this.#termStart);
    this.#termCount = growInts(this.#termCount);
    this.#lat = growNumbers(this.#lat);
    this.#lng = growNumbers(this.#lng);
    for (const [field, column] of this.#numbers) this.#numbers.set(field, growNumbers(column));
    for (const column of this.#valueColumns.values()) column.grow(this.#capacity);
  }

  #valueColumn(field: string): ValueColumn {
    let column = this.#valueColumns.get(field);
    if (column === undefined) {
      column = new ValueColumn(this.#capacity);
      const filled = column;
      forEachSlot(this.#alive, (slot) => filled.set(slot, this.#documents[slot]![field]));
      this.#valueColumns.set(field, column);
    }
    return column;
  }

  #index(slot: number, document: SearchDocument): void {
    this.#documents[slot] = document;
    this.#slotById.set(document.id, slot);
    setBit(this.#alive, slot);
    this.#size++;
    for (const field of this.#filterable) this.#indexField(slot, field, document[field]);
    for (const [field, column] of this.#valueColumns) column.set(slot, document[field]);
    for (const field of this.#sortable) {
      const value = document[field];
      if (!this.#filterable.has(field) && typeof value === "number") this.#column(field)[slot] = value;
    }
    if (document._geo !== undefined && (this.#filterable.has("_geo") || this.#sortable.has("_geo"))) {
      this.#lat[slot] = document._geo.lat;
      this.#lng[slot] = document._geo.lng;
      this.#geoCell(document._geo).add(slot, document._geo);
    }
    this.#indexTerms(slot, document);
  }

  #indexField(slot: number, field: string, value: unknown): void {
    if (field === "_geo" || value === null || value === undefined) return;
    if (typeof value === "number") {
      this.#column(field)[slot] = value;
      if (!Number.isNaN(value)) this.#numericPosting(field, value)?.add(slot, wordsFor(this.#capacity));
      return;
    }
    const words = wordsFor(this.#capacity);
    forEachDistinct(value, (element) => this.#posting(field, String(element)).add(slot, words));
  }

  /**
   * The document's distinct words, each packed with the best searchable-attribute position it occurs in (the first:
   * attributes are read in rank order), as `documentTerms` gives them, straight to term ids.
   */
  #indexTerms(slot: number, document: SearchDocument): void {
    if (++this.#termStamp === 0x7fffffff) {
      this.#termSeen.fill(0);
      this.#termStamp = 1;
    }
    const stamp = this.#termStamp;
    const capacityWords = wordsFor(this.#capacity);
    let count = 0;
    forEachSearchableText(document, this.#settings.searchableAttributes, (text, position) => {
      forEachWordSpan(text, (text, start, end, hash) => {
        const termId = this.#termIdOfSpan(text, start, end, hash);
        if (termId < 0) return;
        if (termId >= this.#termSeen.length) this.#termSeen = grownInts(this.#termSeen, termId + 1);
        if (this.#termSeen[termId] === stamp) return;
        this.#termSeen[termId] = stamp;
        const packed = (termId << 4) | position;
        let posting = this.#termPostings[packed];
        if (posting === undefined) {
          posting = this.#termPostings[packed] = new Posting();
          if (termId >= this.#termPositions.length) this.#termPositions = grownShorts(this.#termPositions, termId + 1);
          this.#termPositions[termId]! |= 1 << position;
        }
        posting.add(slot, capacityWords);
        if (count === this.#scratchTerms.length) this.#scratchTerms = grownInts(this.#scratchTerms, count + 1);
        this.#scratchTerms[count++] = packed;
      });
    });
    if (this.#termUsed + count > this.#termData.length) this.#makeRoomForTerms(count);
    this.#termData.set(this.#scratchTerms.subarray(0, count), this.#termUsed);
    this.#termStart[slot] = this.#termUsed;
    this.#termCount[slot] = count;
    this.#termUsed += count;
  }

  /** Compacts the terms array when half of it is garbage, else grows it. */
  #makeRoomForTerms(count: number): void {
    const live = this.#termUsed - this.#termGarbage;
    const compact = this.#termGarbage * 2 >= this.#termUsed;
    // Grown by a quarter, not doubled: at 100,000 placements the terms are the largest array, and a start's RSS counts
    // what a doubling leaves unused.
    const data = new Int32Array(Math.max(compact ? this.#termData.length : Math.ceil(this.#termData.length * 1.25), Math.ceil((live + count) * 1.25)));
    let used = 0;
    for (let slot = 0; slot < this.#documents.length; slot++) {
      const length = this.#termCount[slot]!;
      if (length === 0) continue;
      const start = this.#termStart[slot]!;
      data.set(this.#termData.subarray(start, start + length), used);
      this.#termStart[slot] = used;
      used += length;
    }
    this.#termData = data;
    this.#termUsed = used;
    this.#termGarbage = 0;
  }

  #unindex(slot: number): void {
    const document = this.#documents[slot]!;
    for (const field of this.#filterable) {
      const value = document[field];
      if (field === "_geo" || value === null || value === undefined || typeof value === "number") continue;
      forEachDistinct(value, (element) => this.#postings.get(field)?.get(String(element))?.delete(slot));
    }
    for (const [field, values] of this.#numericPostings) {
      const value = this.#numbers.get(field)![slot]!;
      if (!Number.isNaN(value)) values?.get(value)?.delete(slot);
    }
    for (const column of this.#numbers.values()) column[slot] = NaN;
    for (const column of this.#valueColumns.values()) column.clear(slot);
    if (!Number.isNaN(this.#lat[slot]!)) this.#geoCell({ lat: this.#lat[slot]!, lng: this.#lng[slot]! }).delete(slot);
    this.#lat[slot] = NaN;
    this.#lng[slot] = NaN;
    const termStart = this.#termStart[slot]!;
    for (let i = termStart; i < termStart + this.#termCount[slot]!; i++) this.#termPostings[this.#termData[i]!]!.delete(slot);
    this.#termGarbage += this.#termCount[slot]!;
    this.#termCount[slot] = 0;
    this.#documents[slot] = undefined;
    clearBit(this.#alive, slot);
    this.#size--;
  }

  #column(field: string): Float64Array {
    let column = this.#numbers.get(field);
    if (column === undefined) {
      column = new Float64Array(this.#capacity).fill(NaN);
      this.#numbers.set(field, column);
    }
    return column;
  }

  #numericPosting(field: string, value: number): Posting | undefined {
    let values = this.#numericPostings.get(field);
    if (values === null) return undefined;
    if (values === undefined) {
      values = new Map();
      this.#numericPostings.set(field, values);
    }
    let posting = values.get(value);
    if (posting === undefined) {
      if (values.size >= NUMERIC_POSTING_VALUES) {
        this.#numericPostings.set(field, null);
        return undefined;
      }
      posting = new Posting();
      values.set(value, posting);
    }
    return posting;
  }

  #geoCell(point: GeoPoint): GeoCell {
    const key = cellKey(cellIndex(point.lat, CELL_LAT_DEGREES), cellIndex(point.lng, CELL_LNG_DEGREES));
    let cell = this.#geoCells.get(key);
    if (cell === undefined) {
      cell = new GeoCell();
      this.#geoCells.set(key, cell);
    }
    return cell;
  }

  #posting(field: string, value: string): Posting {
    let values = this.#postings.get(field);
    if (values === undefined) {
      values = new Map();
      this.#postings.set(field, values);
    }
    let posting = values.get(value);
    if (posting === undefined) {
      posting = new Posting();
      values.set(value, posting);
    }
    return posting;
  }

  // ---- filtering

  #validate(request: SearchRequest, cache: CallCache): void {
    const checkFilter = (filter: Filter): void => {
      if ("and" in filter) filter.and.forEach(checkFilter);
      else if ("or" in filter) filter.or.forEach(checkFilter);
      else if ("not" in filter) checkFilter(filter.not);
      else if ("failsExactlyOne" in filter) filter.failsExactlyOne.forEach(checkFilter);
      else this.#requireFilterable("geoRadius" in filter ? "_geo" : filter.field);
    };
    if (request.filter !== undefined && !cache.validated.has(request.filter)) {
      checkFilter(request.filter);
      cache.validated.add(request.filter);
    }
    for (const field of request.facets ?? []) this.#requireFilterable(field);
    for (const sort of request.sort ?? []) {
      const field = "geoPoint" in sort ? "_geo" : sort.field;
      if (!this.#sortable.has(field)) throw new InvalidSearchRequestError(`Attribute "${field}" is not sortable`);
    }
  }

  #requireFilterable(field: string): void {
    if (!this.#filterable.has(field)) throw new InvalidSearchRequestError(`Attribute "${field}" is not filterable`);
  }

  #cachedFilter(filter: Filter, cache: CallCache): Uint32Array {
    return cached(cache.filters, filter, () => this.#evaluate(filter, this.#alive, cache));
  }

  /**
   * The documents of `within` that pass `filter`. Leaves the index answers without a test per document — a posting,
   * the geo grid, a numeric field of few distinct values — are worked out once per call over the whole index
   * (`#indexedLeaf`), so the filters of one call share them: a match's hit and near-miss filters have the same
   * leaves. An `and` intersects its indexed leaves first, smallest first, and hands what is left to its other
   * children (a test per document: comparisons on other numbers, `not`, `or`). "Fails exactly one" counts failures
   * with two bitsets instead of an `or` of `and`s.
   */
  #evaluate(filter: Filter, within: Uint32Array, cache: CallCache): Uint32Array {
    if ("and" in filter) {
      // Each child's estimate once: a geo estimate walks the grid.
      const children = filter.and.map((child) => ({ child, size: this.#estimate(child) }));
      const indexed = children.filter(({ size }) => size < Infinity).sort((a, b) => a.size - b.size);
      let kept = within;
      // Once the first leaf has narrowed it, only the kept words that are non-zero then can hold a bit.
      let keptWords: Int32Array | undefined;
      for (const { child } of indexed) {
        const leaf = this.#indexedLeaf(child, cache);
        if (kept === within) ({ bits: kept, words: keptWords } = intersectionWithWords(within, leaf));
        else andIntoAt(kept, leaf, keptWords);
      }
      // Still a superset of kept's non-zero words: what the children below read `kept` at.
      if (kept !== within) cache.sparse.set(kept, keptWords);
      for (const { child, size } of children) {
        if (size === Infinity) kept = this.#evaluate(child, kept, cache);
      }
      return kept;
    }
    if ("or" in filter) {
      const result = new Uint32Array(within.length);
      for (const child of filter.or) orWithinInto(result, this.#holding(child, within, cache), within);
      return result;
    }
    if ("not" in filter) return andNot(within, this.#holding(filter.not, within, cache));
    if ("failsExactlyOne" in filter) {
      // Bit-sliced counting: `once` holds the documents failing at least one child, `twice` at least two. Only
      // `within`'s non-zero words can hold a bit: when they are few, only they are read.
      const once = new Uint32Array(within.length);
      const twice = new Uint32Array(within.length);
      const words = sparseWordsOf(within, cache);
      const n = words?.length ?? within.length;
      for (const child of filter.failsExactlyOne) {
        const holds = this.#holding(child, within, cache);
        for (let k = 0; k < n; k++) {
          const i = words === undefined ? k : words[k]!;
          const fails = within[i]! & ~holds[i]!;
          twice[i]! |= once[i]! & fails;
          once[i]! |= fails;
        }
      }
      for (let k = 0; k < n; k++) {
        const i = words === undefined ? k : words[k]!;
        once[i]! &= ~twice[i]!;
      }
      return once;
    }
    if (this.#estimate(filter) < Infinity) return intersection(within, this.#indexedLeaf(filter, cache));
    // Tests per document of `within`.
    if ("geoRadius" in filter) {
      const { geoRadius: centre } = filter;
      return selectSlots(within, (slot) => haversineMetersTo(centre, this.#lat[slot]!, this.#lng[slot]!) <= centre.meters);
    }
    const column = this.#numbers.get(filter.field);
    if ("op" in filter) return column === undefined ? new Uint32Array(within.length) : selectNumbers(within, column, filter.op, filter.value);
    const result = new Uint32Array(within.length);
    for (const value of "eq" in filter ? [filter.eq] : filter.in) {
      this.#postings.get(filter.field)?.get(String(value))?.unionWithinInto(result, within);
      if (typeof value === "number" && column !== undefined) {
        forEachSlot(within, (slot) => {
          if (column[slot] === value) setBit(result, slot);
        });
      }
    }
    return result;
  }

  /**
   * A bitset whose bits within `within` are the documents there that pass `filter` (the bits outside it are any), for a
   * caller that masks with `within` itself: an indexed leaf is read as it is, without a copy narrowed to `within`.
   */
  #holding(filter: Filter, within: Uint32Array, cache: CallCache): Uint32Array {
    return this.#estimate(filter) < Infinity ? this.#indexedLeaf(filter, cache) : this.#evaluate(filter, within, cache);
  }

  /**
   * A leaf with a finite `#estimate`, over the whole index: by filter object within a call, and across calls until the
   * next write (`#leaves`, by JSON) when its field has few values (an adaptation, weekdays, hours, free spots): those
   * leaves repeat from one participant to the next and are few, so kept ones are not evicted for one-off leaves (a
   * place's radius, a kommun list), which would leave them as old garbage. A leaf bitset is shared, so it is read,
   * never written: every caller intersects it into a bitset of its own.
   */
  #indexedLeaf(leaf: Filter, cache: CallCache): Uint32Array {
    let bits = cache.leaves.get(leaf);
    if (bits !== undefined) return bits;
    if ("or" in leaf) {
      bits = this.#unionOfLeaves(leaf.or, cache);
    } else if (!this.#hasFewValues(leaf)) {
      bits = this.#computeLeaf(leaf);
    } else {
      if (this.#leavesVersion !== this.#version) {
        this.#leaves.clear();
        this.#leavesVersion = this.#version;
      }
      const key = JSON.stringify(leaf);
      bits = this.#leaves.get(key);
      if (bits === undefined) {
        bits = this.#computeLeaf(leaf);
        if (this.#leaves.size >= LEAF_CACHE_ENTRIES) this.#leaves.delete(this.#leaves.keys().next().value!);
        this.#leaves.set(key, bits);
      }
    }
    cache.leaves.set(leaf, bits);
    return bits;
  }

  /** An `or` of indexed leaves, as their union over the whole index: a new bitset, as the leaves are shared. */
  #unionOfLeaves(children: readonly Filter[], cache: CallCache): Uint32Array {
    const union = new Uint32Array(this.#alive.length);
    for (const child of children) {
      // A circle no other filter of the call shares (the near-miss band around a travel kommun) is drawn straight in.
      if ("geoRadius" in child && !cache.leaves.has(child)) this.#withinRadius(child.geoRadius, child.geoRadius.meters, this.#alive, union);
      else orInto(union, this.#indexedLeaf(child, cache));
    }
    return union;
  }

  /** Whether `leaf` reads a field of at most NUMERIC_POSTING_VALUES distinct values. */
  #hasFewValues(leaf: Filter): boolean {
    if (!("field" in leaf) || this.#numericPostings.get(leaf.field) === null) return false;
    const values = (this.#postings.get(leaf.field)?.size ?? 0) + (this.#numericPostings.get(leaf.field)?.size ?? 0);
    return values <= NUMERIC_POSTING_VALUES;
  }

  #computeLeaf(leaf: Filter): Uint32Array {
    if ("geoRadius" in leaf) return this.#withinRadius(leaf.geoRadius, leaf.geoRadius.meters, this.#alive);
    const range = this.#rangeLeaf(leaf);
    if (range !== null) return range.bits;
    const result = new Uint32Array(this.#alive.length);
    this.#forEachLeafPosting(leaf, (posting) => posting.unionWithinInto(result, this.#alive));
    return result;
  }

  /**
   * The postings whose union is this leaf: its values' postings, and for a numeric field with value postings, those
   * of the values that pass. False when some document must be tested on its own (a numeric field of many values).
   */
  #forEachLeafPosting(leaf: Filter, visit: (posting: Posting) => void): boolean {
    if (!("field" in leaf)) return false;
    const values = this.#numericPostings.get(leaf.field);
    if (values === null || (values === undefined && this.#numbers.has(leaf.field))) return false;
    if ("op" in leaf) {
      for (const [value, posting] of values ?? []) if (passes(value, leaf.op, leaf.value)) visit(posting);
      return true;
    }
    const postings = this.#postings.get(leaf.field);
    for (const value of "eq" in leaf ? [leaf.eq] : leaf.in) {
      const posting = postings?.get(String(value));
      if (posting !== undefined) visit(posting);
      const numeric = typeof value === "number" ? values?.get(value) : undefined;
      if (numeric !== undefined) visit(numeric);
    }
    return true;
  }

  /** How many documents a leaf the index answers keeps (an upper bound); Infinity when it needs a test per document. */
  #estimate(filter: Filter): number {
    if ("geoRadius" in filter) {
      const box = boundingBox(filter.geoRadius, filter.geoRadius.meters);
      if (box.maxLngDelta === null || box.maxLngDelta > 90) return Infinity;
      let size = 0;
      this.#forEachCell(cellsUnder(box, filter.geoRadius), (posting) => (size += posting.size));
      return size;
    }
    if ("or" in filter) {
      // Indexed when every alternative is: a kommun list or a circle around each travel kommun.
      let size = 0;
      for (const child of filter.or) size += this.#estimate(child);
      return size;
    }
    const range = this.#rangeLeaf(filter);
    if (range !== null) return range.size;
    let size = 0;
    return this.#forEachLeafPosting(filter, (posting) => (size += posting.size)) ? size : Infinity;
  }

  /**
   * A comparison on a numeric field of many values (a listing's last confirmation: "not stale"), over the whole index.
   * Matching asks it with a bound that moves with the clock, so the set is kept with the open interval of bounds that
   * give the same set (the documents' nearest values on each side), and computed again only when a document's value
   * falls between the bounds asked, or the index changes. Null for any other leaf.
   */
  #rangeLeaf(leaf: Filter): RangeLeaf | null {
    if (!("op" in leaf) || this.#numericPostings.get(leaf.field) !== null) return null;
    const column = this.#numbers.get(leaf.field);
    if (column === undefined) return null;
    const key = `${leaf.field}\u0000${leaf.op}`;
    const kept = this.#rangeLeaves.get(key);
    // ">=" and "<" split the values at v < bound; ">" and "<=" at v <= bound.
    const strict = leaf.op === ">=" || leaf.op === "<";
    const keeps = (range: RangeLeaf) =>
      strict ? range.below < leaf.value && leaf.value <= range.above : range.below <= leaf.value && leaf.value < range.above;
    if (kept !== undefined && kept.version === this.#version && keeps(kept)) return kept;
    const bits = new Uint32Array(this.#alive.length);
    let size = 0;
    let below = -Infinity;
    let above = Infinity;
    // "<" and "<=" keep the lower side, ">=" and ">" the upper.
    const keepsLower = leaf.op === "<" || leaf.op === "<=";
    forEachSlot(this.#alive, (slot) => {
      const value = column[slot]!;
      if (Number.isNaN(value)) return;
      const lower = strict ? value < leaf.value : value <= leaf.value;
      if (lower) below = Math.max(below, value);
      else above = Math.min(above, value);
      if (lower === keepsLower) {
        setBit(bits, slot);
        size++;
      }
    });
    const range = { version: this.#version, below, above, bits, size };
    this.#rangeLeaves.set(key, range);
    return range;
  }

  /**
   * Grid cells under the bounding box: a cell wholly inside the circle joins without a test, the documents of the
   * cells on its border get the exact haversine test. The documents of `within` in the circle are added to `result`.
   */
  #withinRadius(centre: GeoPoint, meters: number, within: Uint32Array, result = new Uint32Array(within.length)): Uint32Array {
    const box = boundingBox(centre, meters);
    const inside = (slot: number) => haversineMetersTo(centre, this.#lat[slot]!, this.#lng[slot]!) <= meters;
    // Circles over a pole or half the globe do not fit a longitude band: test every document.
    if (box.maxLngDelta === null || box.maxLngDelta > 90) {
      orInto(result, selectSlots(within, inside));
      return result;
    }
    const edge = new ChordTest(centre, meters);
    const range = cellsUnder(box, centre);
    const corners = new CellCorners(edge, meters, range);
    this.#forEachCell(range, (cell, lat, lng) => {
      if (corners.cellInside(lat, lng)) cell.unionWithinInto(result, within);
      else cell.keepWithin(result, within, edge, inside);
    });
    return result;
  }

  #forEachCell(range: CellRange, visit: (cell: GeoCell, latCell: number, lngCell: number) => void): void {
    for (let lat = range.firstLat; lat <= range.lastLat; lat++) {
      for (let lng = range.firstLng; lng <= range.lastLng; lng++) {
        const cell = this.#geoCells.get(cellKey(lat, wrapLngCell(lng)));
        if (cell !== undefined) visit(cell, lat, lng);
      }
    }
  }

  // ---- text

  #allCandidates(within: Uint32Array): Candidate[] {
    const candidates: Candidate[] = [];
    forEachSlot(within, (slot) => candidates.push({ slot, document: this.#documents[slot]!, score: 1, matchedMask: 0, geoDistance: NaN }));
    return candidates;
  }

  /**
   * Scores the filtered documents that hold a matched word: term by term over the matched terms' postings (per
   * attribute position), keeping per slot the best cost of each query word and the best attribute, then one score per
   * slot, in slot order.
   */
  #textPass(words: readonly QueryWord[], within: Uint32Array, request: SearchRequest, cache?: CallCache, keepBits = true): TextPass {
    const marked = this.#markExpansions(words);
    // No word of the index is near the query's: nothing to walk (an interest the placements never mention).
    if (marked.length === 0) {
      return { slots: new Int32Array(0), scores: new Float64Array(0), masks: new Int32Array(0), bits: keepBits ? new Uint32Array(within.length) : null };
    }
    const strategy = request.matchingStrategy ?? "last";
    if (this.#slotMarks.length < this.#capacity) {
      this.#slotMarks = new Uint32Array(this.#capacity);
      this.#slotAttribute = new Uint8Array(this.#capacity);
    }
    const slotMarks = this.#slotMarks;
    const slotAttribute = this.#slotAttribute;
    // A shared pass's bitset is only the walk's own: the scratch one, cleared again below.
    if (!keepBits && this.#holdingScratch.length !== within.length) this.#holdingScratch = new Uint32Array(within.length);
    const holding = keepBits ? new Uint32Array(within.length) : this.#holdingScratch;
    const withinWords = cache === undefined ? sparseWords(within) : sparseWordsOf(within, cache);
    let matched = 0;
    let slots = new Int32Array(0);
    let scores = new Float64Array(0);
    let masks = new Int32Array(0);
    try {
      for (const termId of marked) {
        const marks = this.#termMatch[termId]!;
        for (let positions = this.#termPositions[termId] ?? 0; positions !== 0; positions &= positions - 1) {
          const position = 31 - Math.clz32(positions & -positions);
          this.#termPostings[(termId << 4) | position]!.forEachWithin(within, (slot) => {
            setBit(holding, slot);
            const attribute = slotAttribute[slot]!;
            if (attribute === 0 || position + 1 < attribute) slotAttribute[slot] = position + 1;
            slotMarks[slot] = bestMarks(slotMarks[slot]!, marks, words.length);
          }, withinWords);
        }
      }
      // The matches lie within `within`: only its non-zero words are read, when they are few.
      const held = countBits(holding, withinWords);
      [slots, scores, masks] = [new Int32Array(held), new Float64Array(held), new Int32Array(held)];
      // A slot's score depends only on its marks and best attribute: worked out once per distinct pair.
      const scoreByMarks = new Map<number, number | null>();
      const bestCosts = new Int8Array(words.length);
      forEachSlot(holding, (slot) => {
        const marks = slotMarks[slot]!;
        const bestAttribute = slotAttribute[slot]! - 1;
        slotMarks[slot] = 0;
        slotAttribute[slot] = 0;
        const key = marks * 16 + bestAttribute;
        let score = scoreByMarks.get(key);
        if (score === undefined) {
          for (let word = 0; word < words.length; word++) bestCosts[word] = ((marks >>> (BITS_PER_WORD * word)) & WORD_MARK) - 1;
          score = textRankingScore(bestCosts, words.length, bestAttribute, this.#attributeCount, strategy);
          scoreByMarks.set(key, score);
        }
        if (score === null) {
          clearBit(holding, slot);
          return;
        }
        let matchedMask = 0;
        for (let word = 0; word < words.length; word++) if (((marks >>> (BITS_PER_WORD * word)) & WORD_MARK) !== 0) matchedMask |= 1 << word;
        slots[matched] = slot;
        scores[matched] = score;
        masks[matched++] = matchedMask;
      }, withinWords);
    } catch (error) {
      slotMarks.fill(0);
      slotAttribute.fill(0);
      if (!keepBits) holding.fill(0);
      throw error;
    } finally {
      for (const termId of marked) this.#termMatch[termId] = 0;
    }
    if (!keepBits) for (let i = 0; i < matched; i++) holding[slots[i]! >>> 5] = 0;
    return { slots: slots.subarray(0, matched), scores: scores.subarray(0, matched), masks: masks.subarray(0, matched), bits: keepBits ? holding : null };
  }

  /** Sets the per-term marks for this query; returns the marked term ids so they can be cleared. */
  #markExpansions(words: readonly QueryWord[]): number[] {
    if (this.#termMatch.length < this.#vocabulary.size) this.#termMatch = new Uint32Array(this.#vocabulary.size * 2);
    const marked: number[] = [];
    words.forEach((word, position) => {
      for (const [termId, cost] of this.#vocabulary.expand(word)) {
        const shift = BITS_PER_WORD * position;
        const current = (this.#termMatch[termId]! >>> shift) & WORD_MARK;
        if (current !== 0 && current <= cost + 1) continue;
        if (this.#termMatch[termId] === 0) marked.push(termId);
        this.#termMatch[termId] = ((this.#termMatch[termId]! & ~(WORD_MARK << shift)) | ((cost + 1) << shift)) >>> 0;
      }
    });
    return marked;
  }

  // ---- ordering and output

  #comparator(byRelevance: boolean, sorts: readonly Sort[]): (a: Candidate, b: Candidate) => number {
    const keys = sorts.map((sort) => {
      const sign = sort.direction === "asc" ? 1 : -1;
      if ("geoPoint" in sort) return (a: Candidate, b: Candidate) => sign * (a.geoDistance - b.geoDistance);
      return (a: Candidate, b: Candidate) => compareMissingLast(this.#sortValue(a.slot, sort.field), this.#sortValue(b.slot, sort.field), sign);
    });
    return (a, b) => {
      if (byRelevance && a.score !== b.score) return b.score - a.score;
      for (const key of keys) {
        const order = key(a, b);
        if (order !== 0) return order;
      }
      return a.slot - b.slot;
    };
  }

  /**
   * The slots of `within` ranked `offset` to `end` by a sort on one numeric field, read off that field's order over
   * the whole index (sorted once per change of the index); null for any other sort.
   */
  #presortedPage(sorts: readonly Sort[], within: Uint32Array, offset: number, end: number): number[] | null {
    const sort = sorts.length === 1 ? sorts[0]! : undefined;
    if (sort === undefined || "geoPoint" in sort || !this.#numbers.has(sort.field)) return null;
    const key = `${sort.field}\u0000${sort.direction}`;
    let sorted = this.#sortedOrders.get(key);
    if (sorted === undefined || sorted.version !== this.#version) {
      const byValue = this.#comparator(false, [sort]);
      const slots: number[] = [];
      forEachSlot(this.#alive, (slot) => slots.push(slot));
      const order = Int32Array.from(
        slots
          .map((slot) => ({ slot }) as Candidate)
          .sort(byValue)
          .map(({ slot }) => slot),
      );
      sorted = { version: this.#version, order };
      this.#sortedOrders.set(key, sorted);
    }
    const page: number[] = [];
    let seen = 0;
    for (let i = 0; i < sorted.order.length && seen < end; i++) {
      const slot = sorted.order[i]!;
      if (hasBit(within, slot) && seen++ >= offset) page.push(slot);
    }
    return page;
  }

  #sortValue(slot: number, field: string): number | string | undefined {
    const column = this.#numbers.get(field);
    if (column !== undefined && !Number.isNaN(column[slot]!)) return column[slot]!;
    const value = this.#documents[slot]![field];
    return typeof value === "string" || typeof value === "number" ? value : undefined;
  }

  #distance(slot: number, point: GeoPoint): number {
    const lat = this.#lat[slot]!;
    return Number.isNaN(lat) ? Infinity : haversineMetersTo(point, lat, this.#lng[slot]!);
  }

  #hit(
    document: SearchDocument,
    score: number,
    matchedMask: number,
    geoDistance: number,
    matchedWords: ((mask: number) => string[]) | null,
    request: SearchRequest,
  ): SearchHit {
    const hit: SearchHit = { id: document.id, document };
    if (request.showRankingScore) hit.rankingScore = score;
    if (Number.isFinite(geoDistance)) hit.geoDistance = Math.round(geoDistance);
    if (matchedWords !== null) hit.matchedWords = matchedWords(matchedMask);
    return hit;
  }

  #facets(fields: readonly string[], matching: Uint32Array): Record<string, Record<string, number>> {
    const distribution: Record<string, Record<string, number>> = {};
    for (const field of fields) {
      const counts: Record<string, number> = {};
      for (const [value, posting] of this.#postings.get(field) ?? []) {
        const count = posting.countWithin(matching);
        if (count > 0) counts[value] = count;
      }
      const column = this.#numbers.get(field);
      if (column !== undefined) {
        forEachSlot(matching, (slot) => {
          const value = column[slot]!;
          if (!Number.isNaN(value)) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
        });
      }
      distribution[field] = counts;
    }
    return distribution;
  }
}

const passes = (v: number, op: "<" | "<=" | ">" | ">=", value: number): boolean =>
  op === "<" ? v < value : op === "<=" ? v <= value : op === ">" ? v > value : v >= value;

/** A comparison's documents as of `version`, and the bounds between which any bound gives the same set. */
interface RangeLeaf {
  version: number;
  /** The greatest value on the bound's lower side, and the least on its upper side (±Infinity: none). */
  below: number;
  above: number;
  bits: Uint32Array;
  size: number;
}

/** within ∧ bits, as a new bitset. */
function intersection(within: Uint32Array, bits: Uint32Array): Uint32Array {
  const result = new Uint32Array(within.length);
  for (let i = 0; i < result.length; i++) result[i] = within[i]! & (bits[i] ?? 0);
  return result;
}

/** The slots of `within` whose value passes `op value`: one loop per operator, no call per slot. */
function selectNumbers(within: Uint32Array, column: Float64Array, op: "<" | "<=" | ">" | ">=", value: number): Uint32Array {
  const result = new Uint32Array(within.length);
  for (let word = 0; word < within.length; word++) {
    let x = within[word]!;
    let kept = 0;
    while (x !== 0) {
      const lowest = x & -x;
      const v = column[(word << 5) + 31 - Math.clz32(lowest)]!;
      if (op === "<" ? v < value : op === "<=" ? v <= value : op === ">" ? v > value : v >= value) kept |= lowest;
      x ^= lowest;
    }
    result[word] = kept;
  }
  return result;
}

/** Relative margin around the haversine threshold within which the radius test computes the distance itself. */
const EDGE_MARGIN = 1e-9;
/** Absolute margin on the haversine term: the chord's rounding for points metres apart. */
const EDGE_SLACK = 1e-14;

function unitVector({ lat, lng }: GeoPoint): [x: number, y: number, z: number] {
  const phi = (lat * Math.PI) / 180;
  const lambda = (lng * Math.PI) / 180;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

/**
 * The radius test on unit vectors: the haversine term h is a quarter of the squared chord between two unit vectors,
 * so a point well inside or outside is told by three differences; only points within a hair of the edge need
 * `haversineMeters` itself, so the answer on the edge is the predicate's.
 */
class ChordTest {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly surelyInside: number;
  readonly surelyOutside: number;

  constructor(centre: GeoPoint, meters: number) {
    [this.x, this.y, this.z] = unitVector(centre);
    const half = meters / (2 * EARTH_RADIUS_METERS);
    const edge = half < Math.PI / 2 ? 4 * Math.sin(half) ** 2 : Infinity;
    const slack = Math.max(edge * EDGE_MARGIN, 4 * EDGE_SLACK);
    this.surelyInside = edge - slack;
    this.surelyOutside = edge + slack;
  }
}

/**
 * The documents of one grid cell, each slot with its point as a unit vector beside it: the radius test on a border
 * cell reads the cell's own arrays in a row instead of three columns of the whole index at scattered slots.
 */
class GeoCell {
  readonly #slots: number[] = [];
  /** x, y, z per entry of #slots. */
  readonly #units: number[] = [];
  /**
   * The slots as bitset words: each word index once, ascending, with the cell's bits in it. Made when first asked
   * after a change: an area's documents lie in few runs of slots (`byPlace`), so a cell inside a circle joins a
   * word at a time rather than a slot at a time.
   */
  #words: { indexes: Int32Array; masks: Int32Array } | null = null;

  get size(): number {
    return this.#slots.length;
  }

  add(slot: number, point: GeoPoint): void {
    this.#slots.push(slot);
    this.#units.push(...unitVector(point));
    this.#words = null;
  }

  delete(slot: number): void {
    const at = this.#slots.indexOf(slot);
    const last = this.#slots.length - 1;
    this.#slots[at] = this.#slots[last]!;
    this.#slots.pop();
    for (let k = 0; k < 3; k++) this.#units[3 * at + k] = this.#units[3 * last + k]!;
    this.#units.length = 3 * last;
    this.#words = null;
  }

  /** target |= (this ∧ within) */
  unionWithinInto(target: Uint32Array, within: Uint32Array): void {
    const { indexes, masks } = (this.#words ??= bitsetWords(this.#slots));
    for (let k = 0; k < indexes.length; k++) {
      const word = indexes[k]!;
      target[word]! |= masks[k]! & within[word]!;
    }
  }

  /** target |= the slots of this cell in `within` that pass the radius test (`onEdge` decides a point on its edge). */
  keepWithin(target: Uint32Array, within: Uint32Array, test: ChordTest, onEdge: (slot: number) => boolean): void {
    const slots = this.#slots;
    const units = this.#units;
    for (let i = 0; i < slots.length; i++) {
      const dx = units[3 * i]! - test.x;
      const dy = units[3 * i + 1]! - test.y;
      const dz = units[3 * i + 2]! - test.z;
      const chord = dx * dx + dy * dy + dz * dz;
      if (chord > test.surelyOutside) continue;
      const slot = slots[i]!;
      if (hasBit(within, slot) && (chord < test.surelyInside || onEdge(slot))) setBit(target, slot);
    }
  }
}

/** Slots as the words of a bitset that holds them: each word index once, ascending, with its bits. */
function bitsetWords(slots: readonly number[]): { indexes: Int32Array; masks: Int32Array } {
  const sorted = Int32Array.from(slots).sort();
  let count = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k]! >>> 5 !== sorted[k - 1]! >>> 5) count++;
  const indexes = new Int32Array(count);
  const masks = new Int32Array(count);
  let at = -1;
  for (let k = 0; k < sorted.length; k++) {
    const word = sorted[k]! >>> 5;
    if (at < 0 || indexes[at] !== word) indexes[++at] = word;
    masks[at]! |= 1 << (sorted[k]! & 31);
  }
  return { indexes, masks };
}

/** The grid cells (by index; longitude not yet wrapped) under a bounding box, with its slack. */
interface CellRange {
  firstLat: number;
  lastLat: number;
  firstLng: number;
  lastLng: number;
}

function cellsUnder(box: BoundingBox, centre: GeoPoint): CellRange {
  const lngDelta = box.maxLngDelta! + BOX_SLACK_DEGREES;
  return {
    firstLat: cellIndex(box.minLat - BOX_SLACK_DEGREES, CELL_LAT_DEGREES),
    lastLat: cellIndex(box.maxLat + BOX_SLACK_DEGREES, CELL_LAT_DEGREES),
    firstLng: cellIndex(centre.lng - lngDelta, CELL_LNG_DEGREES),
    lastLng: cellIndex(centre.lng + lngDelta, CELL_LNG_DEGREES),
  };
}

/**
 * How many distinct values a slot keeps in a ValueColumn (a placement lists up to eight of the twenty adaptations);
 * a document with more, or with a value past the first MAX_VALUE_ID a field has had, is read itself.
 */
const VALUES_PER_SLOT = 8;
const NO_VALUE = 0xffff;
const TOO_MANY_VALUES = 0xfffe;
const MAX_VALUE_ID = 0xfffd;

/**
 * A filterable field's distinct values per slot, as small ids in a run of fixed width (VALUES_PER_SLOT), for
 * `#weigh`: the candidates' values read off one array, not off their documents, which lie scattered in memory. A
 * write overwrites its slot's run, so there is no garbage to compact. Values as `weightOfValues` reads them: each
 * distinct String() once; a number or none weighs nothing.
 */
class ValueColumn {
  readonly #ids = new Map<string, number>();
  #data: Uint16Array;

  constructor(capacity: number) {
    this.#data = new Uint16Array(capacity * VALUES_PER_SLOT).fill(NO_VALUE);
  }

  grow(capacity: number): void {
    const grown = new Uint16Array(capacity * VALUES_PER_SLOT).fill(NO_VALUE);
    grown.set(this.#data);
    this.#data = grown;
  }

  set(slot: number, value: unknown): void {
    this.clear(slot);
    if (value === null || value === undefined || typeof value === "number") return;
    const data = this.#data;
    const base = slot * VALUES_PER_SLOT;
    const values: readonly unknown[] = Array.isArray(value) ? value : [value];
    let count = 0;
    for (let k = 0; k < values.length; k++) {
      const text = String(values[k]);
      let id = this.#ids.get(text);
      if (id === undefined) this.#ids.set(text, (id = this.#ids.size));
      let repeated = false;
      for (let j = base; j < base + count && !repeated; j++) repeated = data[j] === id;
      if (repeated) continue;
      if (count === VALUES_PER_SLOT || id > MAX_VALUE_ID) {
        data[base] = TOO_MANY_VALUES;
        return;
      }
      data[base + count++] = id;
    }
  }

  clear(slot: number): void {
    this.#data.fill(NO_VALUE, slot * VALUES_PER_SLOT, (slot + 1) * VALUES_PER_SLOT);
  }

  /** Per value id, its weight (0 for a value not weighed). */
  weightsById(weights: ReadonlyMap<string, number>): Float64Array {
    const byId = new Float64Array(this.#ids.size);
    for (const [value, weight] of weights) {
      const id = this.#ids.get(value);
      if (id !== undefined) byId[id] = weight;
    }
    return byId;
  }

  /** The sum of the slot's values' weights, in the order they were written; NaN when it holds too many to keep. */
  weightOf(slot: number, byId: Float64Array): number {
    const data = this.#data;
    const base = slot * VALUES_PER_SLOT;
    if (data[base] === TOO_MANY_VALUES) return NaN;
    let sum = 0;
    for (let k = base; k < base + VALUES_PER_SLOT; k++) {
      const id = data[k]!;
      if (id === NO_VALUE) break;
      sum += byId[id]!;
    }
    return sum;
  }
}

/**
 * Which cells of a range lie wholly inside a circle. A cell's farthest point from the centre is a corner (along a
 * parallel or a meridian the distance has one minimum), so a cell is inside when its four corners are within
 * `meters - 1` (a metre to spare for rounding). A corner's unit vector is made of its row's and its column's sines
 * and cosines, worked out once per circle, and its distance is told by the dot product with the centre's: no
 * trigonometry per cell (the haversine of every corner was a tenth of a wide radius match).
 */
class CellCorners {
  readonly #range: CellRange;
  /** cos and sin of each corner row's latitude, then of each corner column's longitude (one more than the cells). */
  readonly #latCos: Float64Array;
  readonly #latSin: Float64Array;
  readonly #lngCos: Float64Array;
  readonly #lngSin: Float64Array;
  readonly #x: number;
  readonly #y: number;
  readonly #z: number;
  /** A corner is within meters - 1 when its unit vector's dot product with the centre's is at least this. */
  readonly #leastDot: number;

  /** `centre`: the circle's centre as a unit vector (the edge test's). */
  constructor(centre: { readonly x: number; readonly y: number; readonly z: number }, meters: number, range: CellRange) {
    this.#range = range;
    const radians = Math.PI / 180;
    const rows = range.lastLat - range.firstLat + 2;
    const columns = range.lastLng - range.firstLng + 2;
    this.#latCos = new Float64Array(rows);
    this.#latSin = new Float64Array(rows);
    this.#lngCos = new Float64Array(columns);
    this.#lngSin = new Float64Array(columns);
    for (let i = 0; i < rows; i++) {
      const phi = (range.firstLat + i) * CELL_LAT_DEGREES * radians;
      this.#latCos[i] = Math.cos(phi);
      this.#latSin[i] = Math.sin(phi);
    }
    for (let j = 0; j < columns; j++) {
      const lambda = (range.firstLng + j) * CELL_LNG_DEGREES * radians;
      this.#lngCos[j] = Math.cos(lambda);
      this.#lngSin[j] = Math.sin(lambda);
    }
    this.#x = centre.x;
    this.#y = centre.y;
    this.#z = centre.z;
    this.#leastDot = meters > 1 ? Math.cos((meters - 1) / EARTH_RADIUS_METERS) : Infinity;
  }

  cellInside(latCell: number, lngCell: number): boolean {
    const row = latCell - this.#range.firstLat;
    const column = lngCell - this.#range.firstLng;
    for (let corner = 0; corner < 4; corner++) {
      const i = row + (corner >> 1);
      const j = column + (corner & 1);
      const dot =
        this.#latCos[i]! * (this.#lngCos[j]! * this.#x + this.#lngSin[j]! * this.#y) + this.#latSin[i]! * this.#z;
      if (!(dot >= this.#leastDot)) return false;
    }
    return true;
  }
}

/**
 * Calls `visit` with a field's value, or with each distinct element of an array (as a Set keeps them): a document's
 * arrays are short, and a Set per array per document was a tenth of an index build.
 */
function forEachDistinct(value: unknown, visit: (element: unknown) => void): void {
  if (!Array.isArray(value)) return visit(value);
  if (value.length > 16) return new Set(value).forEach((element) => visit(element));
  for (let i = 0; i < value.length; i++) {
    const element: unknown = value[i];
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = Object.is(value[j], element) || (value[j] === 0 && element === 0);
    if (!seen) visit(element);
  }
}

/**
 * The documents in the order of where they are: a Z-order over cells of about 25 km, so neighbouring cells mostly
 * follow each other (documents without a place last, all in the order given). New documents take their slots in
 * this order, so the documents of one area lie in few runs of slots: a radius or a kommun list is then a few runs of
 * bitset words, which sparse loops and the columns read far fewer of than when an area's documents are spread over
 * the whole index (docs/decisions/0018, round twelve).
 */
function byPlace(documents: readonly SearchDocument[]): readonly SearchDocument[] {
  if (documents.length < 2) return documents;
  // An id given twice: its last document, as when they are applied one after the other.
  const lastOfId = new Map(documents.map(({ id }, i) => [id, i]));
  const keys = documents.map(({ _geo }) => (_geo === undefined ? Infinity : zOrder(_geo)));
  return [...lastOfId.values()].sort((a, b) => keys[a]! - keys[b]! || a - b).map((i) => documents[i]!);
}

const Z_CELL_LAT_DEGREES = 0.25;
const Z_CELL_LNG_DEGREES = 0.5;

/** The cell's bits of latitude and longitude interleaved (11 each, below 2^22); Infinity for a point that is not one. */
function zOrder({ lat, lng }: GeoPoint): number {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return Infinity;
  const row = Math.min(2047, Math.max(0, Math.floor((lat + 90) / Z_CELL_LAT_DEGREES)));
  const column = Math.min(2047, Math.max(0, Math.floor((lng + 180) / Z_CELL_LNG_DEGREES)));
  let key = 0;
  for (let bit = 10; bit >= 0; bit--) key = key * 4 + ((row >> bit) & 1) * 2 + ((column >> bit) & 1);
  return key;
}

/** Documents without the sort field come last in either direction, as in Meilisearch. */
function compareMissingLast(a: number | string | undefined, b: number | string | undefined, sign: number): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return a < b ? -sign : a > b ? sign : 0;
}

/** The matched query words for a bit mask of matched positions, built once per mask (hits share the array). */
function matchedWordsByMask(words: readonly QueryWord[]): ((mask: number) => string[]) | null {
  if (words.length === 0) return null;
  const byMask = new Map<number, string[]>();
  return (mask) => {
    let matched = byMask.get(mask);
    if (matched === undefined) {
      matched = words.filter((_, i) => (mask & (1 << i)) !== 0).map((word) => word.text);
      byMask.set(mask, matched);
    }
    return matched;
  };
}

/** Per query word (3 bits each), the better (lower, non-zero) of two marks. */
function bestMarks(current: number, marks: number, wordCount: number): number {
  if (current === 0) return marks;
  let merged = current;
  for (let word = 0; word < wordCount; word++) {
    const shift = BITS_PER_WORD * word;
    const mark = (marks >>> shift) & WORD_MARK;
    if (mark === 0) continue;
    const now = (merged >>> shift) & WORD_MARK;
    if (now === 0 || mark < now) merged = ((merged & ~(WORD_MARK << shift)) | (mark << shift)) >>> 0;
  }
  return merged;
}

/**
 * The first `count` items in `compare` order: a bounded max-heap when the page is small beside the items, else a sort.
 */
function firstInOrder<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  if (count <= 0) return [];
  if (count * 4 > items.length) return items.slice().sort(compare).slice(0, count);
  // heap[0] is the worst of the best `count` so far.
  const heap: T[] = [];
  const worse = (i: number, j: number) => compare(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  for (const item of items) {
    if (heap.length === count) {
      if (compare(item, heap[0]!) >= 0) continue;
      heap[0] = item;
    } else {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
      continue;
    }
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < heap.length && worse(left, largest)) largest = left;
      if (right < heap.length && worse(right, largest)) largest = right;
      if (largest === i) break;
      swap(i, largest);
      i = largest;
    }
  }
  return heap.sort(compare);
}

function grownShorts(array: Uint16Array, atLeast: number): Uint16Array<ArrayBuffer> {
  const grown = new Uint16Array(Math.max(atLeast, array.length * 2));
  grown.set(array);
  return grown;
}

function grownInts(array: Int32Array, atLeast: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(atLeast, array.length * 2));
  grown.set(array);
  return grown;
}

/** Set slots number `from` (inclusive) to `to` (exclusive), in ascending order; `words` as in `countBits`. */
function slotsBetween(bits: Uint32Array, from: number, to: number, total: number, words?: Int32Array): Int32Array {
  const slots = new Int32Array(Math.max(0, Math.min(to, total) - from));
  let seen = 0;
  const n = words?.length ?? bits.length;
  for (let k = 0; k < n && seen < to; k++) {
    const word = words === undefined ? k : words[k]!;
    let x = bits[word]!;
    while (x !== 0 && seen < to) {
      const lowest = x & -x;
      if (seen++ >= from) slots[seen - 1 - from] = (word << 5) + 31 - Math.clz32(lowest);
      x ^= lowest;
    }
  }
  return slots;
}
