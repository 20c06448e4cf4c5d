import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../prisma/embedded.ts";
import { buildIfStale } from "../../scripts/build-if-stale.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseIsEmbedded: boolean;
  }
}

let embedded: EmbeddedPostgres | undefined;

/** Tests run against DATABASE_URL when it is set (CI: a real PostgreSQL), else against an in-memory embedded one. */
export async function setup(project: TestProject) {
  // The tests that start the app run the server build (tests/helpers/app-server.ts): never one older than its sources.
  if (!buildIfStale()) throw new Error("remix build failed (see above): the tests that start the app need the server build");
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres();
    url = embedded.url;
  }
  console.info(`tests use ${embedded ? "the embedded PostgreSQL (PGlite, in memory)" : "PostgreSQL at DATABASE_URL"}`);
  project.provide("databaseUrl", url);
  project.provide("databaseIsEmbedded", embedded !== undefined);
}

export async function teardown() {
  await embedded?.stop();
}
