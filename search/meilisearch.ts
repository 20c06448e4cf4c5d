/**
 * The search engine contract over Meilisearch (official client). Typed filters become filter strings in
 * `toMeiliFilter`, a pure function the request-shape tests pin. Writes wait for their task and throw when it failed:
 * Meilisearch reports a failed write on the task, and the client resolves it like a success.
 */
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchTaskTimeOutError,
  type EnqueuedTaskPromise,
  type MultiSearchQuery,
  type RecordAny,
  type SearchResponse as MeiliSearchResponse,
  type Task,
} from "meilisearch";
import {
  and,
  IndexNotFoundError,
  InvalidSearchRequestError,
  not,
  or,
  SearchError,
  SearchTaskFailedError,
  SearchUnavailableError,
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
import { analysedQuery } from "./swedish.ts";

export interface MeilisearchEngineOptions {
  host: string;
  apiKey?: string;
  /** Per HTTP request; a slower answer counts as "engine down". */
  requestTimeoutMs?: number;
  /** How long a write may take to be applied. */
  taskTimeoutMs?: number;
  /** Documents per addDocuments request. */
  batchSize?: number;
}

/** Meilisearch filter text, `true` when nothing is filtered out, `false` when nothing can match (no request needed). */
export type MeiliFilter = string | boolean;

export function createMeilisearchEngine(options: MeilisearchEngineOptions): SearchEngine {
  return new MeilisearchEngine(options);
}

class MeilisearchEngine implements SearchEngine {
  readonly kind = "meilisearch";
  readonly #client: Meilisearch;
  readonly #taskTimeoutMs: number;
  readonly #batchSize: number;

  constructor(options: MeilisearchEngineOptions) {
    this.#client = new Meilisearch({
      host: options.host,
      apiKey: options.apiKey,
      timeout: options.requestTimeoutMs ?? 5_000,
    });
    this.#taskTimeoutMs = options.taskTimeoutMs ?? 60_000;
    this.#batchSize = options.batchSize ?? 10_000;
  }

  applySettings(index: string, settings: IndexSettings): Promise<void> {
    // Settings on a missing index create it.
    return this.#write(index, () => this.#client.index(index).updateSettings(settings));
  }

  async upsert(index: string, documents: SearchDocument[]): Promise<void> {
    for (let start = 0; start < documents.length; start += this.#batchSize) {
      const batch = documents.slice(start, start + this.#batchSize);
      await this.#write(index, () => this.#client.index(index).addDocuments(batch, { primaryKey: "id" }));
    }
  }

  async remove(index: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.#write(index, () => this.#client.index(index).deleteDocuments(ids)).catch(ignore(IndexNotFoundError));
  }

  async search<D extends SearchDocument>(index: string, request: SearchRequest): Promise<SearchResponse<D>> {
    const [response] = await this.multiSearch<D>([{ ...request, index }]);
    return response!;
  }

  async multiSearch<D extends SearchDocument>(requests: IndexedSearchRequest[]): Promise<SearchResponse<D>[]> {
    const queries = requests.map(toMultiSearchQuery);
    const sent = queries.filter((query): query is MultiSearchQuery => query !== null);
    const results =
      sent.length === 0
        ? []
        : (await translateErrors(requests.map((r) => r.index).join(","), () => this.#client.multiSearch({ queries: sent })))
            .results;
    let next = 0;
    return queries.map((query) => (query === null ? emptyResponse<D>() : fromMeiliResponse<D>(results[next++]!)));
  }

  async swap(indexA: string, indexB: string): Promise<void> {
    await this.#ensureIndex(indexA);
    await this.#ensureIndex(indexB);
    await this.#write(indexA, () => this.#client.swapIndexes([{ indexes: [indexA, indexB], rename: false }]));
  }

  async deleteIndex(index: string): Promise<void> {
    await this.#write(index, () => this.#client.deleteIndex(index)).catch(ignore(IndexNotFoundError));
  }

  async count(index: string): Promise<number> {
    try {
      const stats = await translateErrors(index, () => this.#client.index(index).getStats());
      return stats.numberOfDocuments;
    } catch (error) {
      if (error instanceof IndexNotFoundError) return 0;
      throw error;
    }
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.#client.health();
      return { available: true };
    } catch (error) {
      return { available: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }

  async #ensureIndex(index: string): Promise<void> {
    await this.#write(index, () => this.#client.createIndex(index, { primaryKey: "id" })).catch((error: unknown) => {
      if (!(error instanceof SearchTaskFailedError && error.code === "index_already_exists")) throw error;
    });
  }

  async #write(index: string, enqueue: () => EnqueuedTaskPromise): Promise<void> {
    const task = await translateErrors(index, () => enqueue().waitTask({ timeout: this.#taskTimeoutMs }));
    throwIfFailed(index, task);
  }
}

function throwIfFailed(index: string, task: Task): void {
  if (task.status === "succeeded") return;
  const code = task.error?.code;
  if (code === "index_not_found") throw new IndexNotFoundError(index);
  throw new SearchTaskFailedError(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? ""}`, code);
}

/** Maps client errors to the contract's typed errors, so callers can tell "engine down" from "bad request". */
async function translateErrors<T>(index: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof MeilisearchRequestError || error instanceof MeilisearchTaskTimeOutError) {
      throw new SearchUnavailableError(error.message, { cause: error });
    }
    if (error instanceof MeilisearchApiError) {
      const code = error.cause?.code ?? "";
      if (code === "index_not_found") throw new IndexNotFoundError(index);
      if (error.response.status >= 500) throw new SearchUnavailableError(error.message, { cause: error });
      if (code.startsWith("invalid_")) throw new InvalidSearchRequestError(error.message, { cause: error });
      throw new SearchError(error.message, { cause: error });
    }
    throw error;
  }
}

function ignore(errorClass: new (...args: never[]) => Error): (error: unknown) => void {
  return (error) => {
    if (!(error instanceof errorClass)) throw error;
  };
}

// ---- request mapping (pure)

/** Null when the filter cannot match anything: no request is sent. */
export function toMultiSearchQuery(request: IndexedSearchRequest): MultiSearchQuery | null {
  const filter = request.filter === undefined ? true : toMeiliFilter(request.filter);
  if (filter === false) return null;
  const query: MultiSearchQuery = { indexUid: request.index };
  // Meilisearch has no Swedish stemmer: it is sent the analysed query, which meets the documents' analysed fields.
  if (request.q !== undefined && request.q !== "") query.q = analysedQuery(request.q);
  if (filter !== true) query.filter = filter;
  if (request.sort !== undefined && request.sort.length > 0) query.sort = request.sort.map(toMeiliSort);
  if (request.facets !== undefined) query.facets = request.facets;
  if (request.limit !== undefined) query.limit = request.limit;
  if (request.offset !== undefined) query.offset = request.offset;
  if (request.matchingStrategy !== undefined) query.matchingStrategy = request.matchingStrategy;
  if (request.showRankingScore) query.showRankingScore = true;
  if (request.attributesToRetrieve !== undefined) {
    query.attributesToRetrieve = ["id", ...request.attributesToRetrieve.filter((a) => a !== "id")];
  }
  return query;
}

export function toMeiliSort(sort: Sort): string {
  if ("geoPoint" in sort) return `_geoPoint(${formatNumber(sort.geoPoint.lat)}, ${formatNumber(sort.geoPoint.lng)}):${sort.direction}`;
  return `${fieldName(sort.field)}:${sort.direction}`;
}

/**
 * The Meilisearch filter expression for a typed filter. Constants fold (`and: []` is true; `or: []` and an empty
 * `in` are false) because Meilisearch has no literal for either. NOT binds tighter than AND, AND than OR; compound
 * operands are parenthesised.
 */
export function toMeiliFilter(filter: Filter): MeiliFilter {
  const rendered = render(filter);
  return typeof rendered === "boolean" ? rendered : rendered.text;
}

type Rendered = boolean | { text: string; compound: boolean };

function render(filter: Filter): Rendered {
  if ("and" in filter) return join(filter.and.map(render), "AND", false);
  if ("or" in filter) return join(filter.or.map(render), "OR", true);
  if ("failsExactlyOne" in filter) {
    const children = filter.failsExactlyOne;
    return render(or(...children.map((failing) => and(...children.filter((other) => other !== failing), not(failing)))));
  }
  if ("not" in filter) {
    const inner = render(filter.not);
    return typeof inner === "boolean" ? !inner : { text: `NOT ${wrap(inner)}`, compound: false };
  }
  if ("geoRadius" in filter) {
    const { lat, lng, meters } = filter.geoRadius;
    return leaf(`_geoRadius(${formatNumber(lat)}, ${formatNumber(lng)}, ${formatNumber(meters)})`);
  }
  const field = fieldName(filter.field);
  if ("op" in filter) return leaf(`${field} ${filter.op} ${formatNumber(filter.value)}`);
  if ("eq" in filter) return leaf(`${field} = ${formatValue(filter.eq)}`);
  if (filter.in.length === 0) return false;
  return leaf(`${field} IN [${filter.in.map(formatValue).join(", ")}]`);
}

/** `absorbing` is the value that decides the whole expression (true for OR, false for AND). */
function join(parts: Rendered[], operator: "AND" | "OR", absorbing: boolean): Rendered {
  if (parts.some((part) => part === absorbing)) return absorbing;
  const texts = parts.filter((part): part is { text: string; compound: boolean } => typeof part !== "boolean");
  if (texts.length === 0) return !absorbing;
  if (texts.length === 1) return texts[0]!;
  return { text: texts.map(wrap).join(` ${operator} `), compound: true };
}

const leaf = (text: string): Rendered => ({ text, compound: false });
const wrap = (part: { text: string; compound: boolean }): string => (part.compound ? `(${part.text})` : part.text);

/** Field names are ours, never user input; reject anything that could change the expression. */
function fieldName(field: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(field)) throw new InvalidSearchRequestError(`Invalid field name "${field}"`);
  return field;
}

function formatValue(value: Scalar): string {
  if (typeof value === "string") return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  return typeof value === "number" ? formatNumber(value) : String(value);
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new InvalidSearchRequestError(`Not a finite number: ${value}`);
  return String(value);
}

// ---- response mapping (pure)

const HIT_METADATA = new Set(["_rankingScore", "_rankingScoreDetails", "_geoDistance", "_formatted", "_matchesPosition", "_federation"]);

export function fromMeiliResponse<D extends SearchDocument>(response: MeiliSearchResponse<RecordAny>): SearchResponse<D> {
  return {
    hits: response.hits.map((raw): SearchHit<D> => {
      const document = Object.fromEntries(Object.entries(raw).filter(([key]) => !HIT_METADATA.has(key))) as D;
      const hit: SearchHit<D> = { id: String(raw["id"]), document };
      if (typeof raw._rankingScore === "number") hit.rankingScore = raw._rankingScore;
      if (typeof raw["_geoDistance"] === "number") hit.geoDistance = raw["_geoDistance"];
      return hit;
    }),
    estimatedTotalHits: response.estimatedTotalHits ?? response.totalHits ?? response.hits.length,
    facetDistribution: response.facetDistribution ?? {},
  };
}

function emptyResponse<D extends SearchDocument>(): SearchResponse<D> {
  return { hits: [], estimatedTotalHits: 0, facetDistribution: {} };
}
