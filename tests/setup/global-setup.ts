import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../prisma/embedded.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseIsEmbedded: boolean;
  }
}

let embedded: EmbeddedPostgres | undefined;

/** Tests run against DATABASE_URL when it is set (CI: a real PostgreSQL), else against an in-memory embedded one. */
export async function setup(project: TestProject) {
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
