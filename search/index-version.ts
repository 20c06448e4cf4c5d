/**
 * A counter that moves whenever this process's placement index changes (a drain that upserted or removed documents,
 * a rebuild's swap). Readers that keep answers derived from the index (the HTTP response cache, scripts/
 * response-cache.ts) compare it instead of asking the engine. Per process, like the embedded engine; kept on
 * globalThis because the start script and the Remix server build load separate copies of the search modules.
 */
const VERSION_KEY = Symbol.for("stegvis.search.indexVersion");
type Holder = { [VERSION_KEY]?: number };

export function indexVersion(): number {
  return (globalThis as Holder)[VERSION_KEY] ?? 0;
}

export function bumpIndexVersion(): void {
  (globalThis as Holder)[VERSION_KEY] = indexVersion() + 1;
}
