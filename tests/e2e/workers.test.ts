import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { APP_START_LIMIT_MS, startAppServer, type AppServer } from "../helpers/app-server.ts";
import { startThrowawayPostgres } from "../helpers/throwaway-postgres.ts";
import { createScratchDatabase } from "../setup/scratch.ts";

/** How long a change may take to reach the other worker's index (issue #17). */
const SYNC_LIMIT_MS = 2_000;
/** The overall wait for anything observable; generous, since a busy 2-core machine is slow, not broken. */
const PATIENCE_MS = 120_000;

let app: AppServer;
let dropDatabase: () => unknown = () => {};

beforeAll(async () => {
  // Workers need a real PostgreSQL server: the test run's when it has one, else one of our own.
  if (inject("databaseIsEmbedded")) {
    const postgres = await startThrowawayPostgres();
    dropDatabase = postgres.stop;
    app = await startAppServer({ databaseUrl: postgres.url, env: { WEB_CONCURRENCY: "2" } });
  } else {
    const scratch = await createScratchDatabase();
    dropDatabase = scratch.drop;
    app = await startAppServer({ databaseUrl: scratch.url, env: { WEB_CONCURRENCY: "2" } });
  }
}, APP_START_LIMIT_MS + 60_000);

afterAll(async () => {
  await app?.stop();
  await dropDatabase();
});

interface Reply {
  worker: string | undefined;
  cookie: string | undefined;
  body: { data?: Record<string, any>; errors?: unknown };
}

/**
 * A client that keeps one connection open: the cluster hands a connection to one worker, so every request on it
 * reaches the same worker. `x-stegvis-worker` says which.
 */
function pinnedClient(url: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return {
    agent,
    graphql(query: string, variables: object = {}, cookie?: string): Promise<Reply> {
      return new Promise((resolve, reject) => {
        const request = http.request(
          `${url}/graphql`,
          { method: "POST", agent, headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) } },
          (response) => {
            let text = "";
            response.setEncoding("utf8");
            response.on("data", (chunk) => (text += chunk));
            response.on("end", () =>
              resolve({
                worker: response.headers["x-stegvis-worker"] as string | undefined,
                cookie: response.headers["set-cookie"]?.[0]?.split(";")[0],
                body: JSON.parse(text),
              }),
            );
          },
        );
        request.on("error", reject);
        request.end(JSON.stringify({ query, variables }));
      });
    },
  };
}

async function until<T>(what: string, attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    const found = await attempt();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}\n${app.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const SEARCH = `query($q: String!) { placements(first: 5, query: $q) { edges { node { id } } } }`;

describe("npm start with two workers on PostgreSQL", () => {
  it("finds a placement published through one worker through the other within 2 s", { timeout: 3 * PATIENCE_MS }, async () => {
    // Two clients, each pinned to a different worker; the cluster spreads new connections over the workers.
    const writer = pinnedClient(app.url);
    const writerWorker = (await writer.graphql("{ __typename }")).worker;
    expect(writerWorker, app.output()).toMatch(/^\d+$/);
    const reader = await until("a connection to the other worker", async () => {
      const client = pinnedClient(app.url);
      const { worker } = await client.graphql("{ __typename }");
      if (worker !== writerWorker) return client;
      client.agent.destroy();
      return undefined;
    });

    const login = await writer.graphql(`mutation { login(email: "arbetsgivare@demo.stegvis.se", password: "stegvis-demo") { organizations { id } } }`);
    const cookie = login.cookie!;
    const organizationId = login.body.data!.login.organizations[0].id as string;
    const card = (await writer.graphql("{ occupationCards { id } }")).body.data!.occupationCards[0].id as string;
    const title = `Praktik i växthuset nummer ${Date.now()}`;
    const input = {
      organizationId,
      kind: "INTERNSHIP",
      title,
      description: "Du vattnar och planterar.",
      tasks: ["Vattna"],
      occupationCardIds: [card],
      address: "Växthusvägen 1",
      mentorName: "Kim",
      kommunCode: "2183",
      hoursPerDayMin: 3,
      hoursPerDayMax: 6,
      capacity: 1,
      weekdays: ["MON", "TUE"],
    };
    const created = await writer.graphql(`mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { id } }`, { input }, cookie);
    expect(created.body.errors, app.output()).toBeUndefined();
    const id = created.body.data!.createPlacement.id as string;
    const found = async () => {
      const reply = await reader.graphql(SEARCH, { q: title });
      expect(reply.worker).not.toBe(writerWorker);
      return (reply.body.data!.placements.edges as { node: { id: string } }[]).some((edge) => edge.node.id === id);
    };
    expect(await found()).toBe(false); // a draft is not listed

    const published = await writer.graphql(`mutation($id: ID!) { publishPlacement(id: $id) { status } }`, { id }, cookie);
    const publishedAt = performance.now();
    expect(published.body.errors, app.output()).toBeUndefined();
    expect(published.worker).toBe(writerWorker);
    await until("the placement in the other worker's index", async () => ((await found()) ? true : undefined));
    const delayMs = performance.now() - publishedAt;
    console.info(`published through worker ${writerWorker}, found through another after ${Math.round(delayMs)} ms`);
    expect(delayMs).toBeLessThanOrEqual(SYNC_LIMIT_MS);

    writer.agent.destroy();
    reader.agent.destroy();
  });

  it("prepares the database and runs the scheduled jobs once, in the primary, and serves from each worker", () => {
    const output = app.output();
    expect(output).toContain("workers: 2");
    expect(output.match(/demo data loaded/g)).toHaveLength(1);
    expect(output.match(/^mail: /gm)).toHaveLength(1);
    expect(output.match(/search: embedded engine/g)).toHaveLength(2);
  });

  it("starts the second worker only once the first listens, so the app answers as soon as one worker could", () => {
    const lines = app.output().split("\n");
    const firstListening = lines.findIndex((line) => /is listening on .*\(worker \d+\)/.test(line));
    const indexBuilds = lines.flatMap((line, at) => (line.includes("search: embedded engine") ? [at] : []));
    expect(firstListening).toBeGreaterThan(-1);
    expect(indexBuilds).toHaveLength(2);
    expect(indexBuilds[0]).toBeLessThan(firstListening);
    expect(indexBuilds[1]).toBeGreaterThan(firstListening);
  });

  it("forks the first worker before preparing the database, and the worker reads it only once it is prepared", () => {
    const lines = app.output().split("\n");
    const forked = lines.findIndex((line) => line.startsWith("workers: 2"));
    const prepared = lines.findIndex((line) => /^demo data (loaded|already present)/.test(line));
    const firstIndexBuild = lines.findIndex((line) => line.includes("search: embedded engine"));
    expect(forked).toBeGreaterThan(-1);
    expect(forked).toBeLessThan(prepared);
    expect(firstIndexBuild).toBeGreaterThan(prepared);
  });
});
