/**
 * One full, compacting garbage collection, for after a large one-off build (the search index's rebuild) that leaves
 * several times its result's size in garbage. A plain full collection frees the garbage but leaves the old
 * generation's pages partly empty (V8 moves objects off only a few fragmented pages per collection) and keeps them;
 * compacting packs the survivors so the emptied pages go back to the system (docs/decisions/0025). `gc` is reached
 * through a fresh context once --expose-gc is set, so no command-line flag is needed.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export function collectGarbageCompacting(): void {
  setFlagsFromString("--expose-gc");
  setFlagsFromString("--compact-on-every-full-gc");
  try {
    (runInNewContext("gc") as () => void)();
  } finally {
    setFlagsFromString("--no-compact-on-every-full-gc");
  }
}
