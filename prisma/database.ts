import path from "node:path";
import { startEmbeddedPostgres } from "./embedded.ts";

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export const embeddedDataDir = path.resolve(import.meta.dirname, "..", process.env.STEGVIS_DATA_DIR ?? ".data/pglite");

/** Whether `resolveDatabase` will start the embedded PostgreSQL (no DATABASE_URL), known before it runs. */
export const usesEmbeddedDatabase = (): boolean => !process.env.DATABASE_URL;

/** DATABASE_URL when set; otherwise the embedded PostgreSQL with its data in `.data/pglite` (kept across restarts). */
export async function resolveDatabase(): Promise<ResolvedDatabase> {
  if (!usesEmbeddedDatabase()) return { url: process.env.DATABASE_URL!, embedded: false, stop: async () => {} };
  const embedded = await startEmbeddedPostgres({
    dataDir: embeddedDataDir,
    port: process.env.EMBEDDED_DB_PORT ? Number(process.env.EMBEDDED_DB_PORT) : undefined,
  });
  return { url: embedded.url, embedded: true, stop: embedded.stop };
}
