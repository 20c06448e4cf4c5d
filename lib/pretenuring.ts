/**
 * V8's allocation-site pretenuring, turned off once the server's search index is built (and in the benchmark that
 * measures matching as the server runs it).
 *
 * V8 allocates objects from a literal straight into the old generation once most of them were seen to survive a
 * young collection. While the search index is built, nearly everything survives, and the decision sticks: a match's
 * reasons array was then made old although it dies with the request. An old array holding young strings keeps them
 * alive through every young collection until the next full one, so they are copied and promoted for nothing. Turned
 * off, 1,000 steady matches at 100,000 placements had each young collection keep 171 KB instead of 851 KB, promote
 * 62 KB instead of 407 KB and pause 1.5 ms instead of 3.3 ms (docs/decisions/0018, round twelve).
 *
 * The build is where pretenuring pays (its objects do survive), so it is turned off only after it: the matches then
 * gain as much as when it is off from the start (1.4 ms pauses, 195 KB kept per young collection), because code V8
 * compiles afterwards no longer uses the decisions the build made.
 *
 * Set at run time, as `collectGarbageCompacting` sets its flags, from scripts/start.ts, so every way the server is
 * started (npm start, the Dockerfile, cluster workers, the tests' app server) runs with it.
 */
import { setFlagsFromString } from "node:v8";

export function turnOffPretenuring(): void {
  setFlagsFromString("--no-allocation-site-pretenuring");
}
