/**
 * The engine contract against a real Meilisearch. No server can be installed here: the suite runs wherever MEILI_URL
 * (and MEILI_API_KEY when the server needs one) points to a server, and is skipped otherwise.
 */
import { describe } from "vitest";
import { createMeilisearchEngine } from "../../search/meilisearch.ts";
import { describeEngineContract } from "./engine-contract.ts";

const host = process.env["MEILI_URL"];

if (host === undefined) {
  console.log("Meilisearch live contract suite skipped: no Meilisearch server is reachable here (set MEILI_URL to run it).");
}

describe.skipIf(host === undefined)("live Meilisearch", () => {
  describeEngineContract("meilisearch", () => createMeilisearchEngine({ host: host!, apiKey: process.env["MEILI_API_KEY"] }));
});
