import { mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * The zero-setup database: PGlite (PostgreSQL compiled to WASM) behind a socket server on loopback, so the app,
 * migrations and psql all talk ordinary PostgreSQL wire protocol to it. `dataDir` undefined means in-memory.
 * The socket multiplexes one backend: transactions serialise, so keep them short.
 * The data folder is created when missing: on a fresh clone `.data/` (git-ignored) does not exist yet.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  // Loaded here, not at the top: a server on DATABASE_URL never needs PGlite (docs/decisions/0025).
  const [{ PGlite }, { PGLiteSocketServer }] = await Promise.all([import("@electric-sql/pglite"), import("@electric-sql/pglite-socket")]);
  const db = await PGlite.create(options.dataDir);
  const port = options.port ?? (await freePort());
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 64 });
  keepExtendedBatchesWhole(server, db);
  await server.start();
  return {
    // One backend behind every connection: a statement one connection prepares exists for the next one too, which
    // node-postgres cannot know, so none are prepared (prisma/connection.ts).
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable&statement_cache_size=0`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** The first byte of each extended-protocol message that belongs to a batch closed by Sync ('S'). */
const BATCH_MESSAGES = new Set(["P", "B", "D", "E", "C", "H"].map((letter) => letter.charCodeAt(0)));
const SYNC = "S".charCodeAt(0);

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  onData(data: Uint8Array): void;
  resolve(bytes: number): void;
  reject(error: unknown): void;
}

interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

/**
 * pglite-socket 0.2.17 multiplexes one backend by running each protocol *message* in arrival order, keeping a
 * connection to itself only while PGlite reports an open transaction. A parameterised query is several messages
 * (Parse, Bind, Describe, Execute, Sync), so another connection's messages can run in between: its Parse replaces the
 * unnamed statement, its Sync closes the unnamed portal (`portal "" does not exist`), and when one of them fails the
 * backend ignores everything until *that* connection's Sync, which a transaction owner then waits for forever.
 * This replaces the queue's scheduling (a private field, checked at start) so a connection that has begun a batch
 * keeps the backend until its Sync, as well as for a whole transaction. Remove it once pglite-socket does the same.
 */
function keepExtendedBatchesWhole(server: PGLiteSocketServer, db: PGlite): void {
  const queue = (server as unknown as { queryQueue?: QueryQueue }).queryQueue;
  if (!queue || !Array.isArray(queue.queue) || typeof queue.processQueue !== "function") {
    throw new Error("pglite-socket's query queue has changed shape: review keepExtendedBatchesWhole in prisma/embedded.ts");
  }
  let batchOwner: number | null = null;
  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = batchOwner ?? (db.isInTransaction() ? this.lastHandlerId : null);
        const index = owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === owner);
        if (index === -1) break; // The owner's next message is on its way; enqueue() starts us again.
        const [item] = this.queue.splice(index, 1);
        const type = item!.message[0]!;
        let bytes = 0;
        try {
          await db.runExclusive(() => db.execProtocolRawStream(item!.message, { onRawData: (data: Uint8Array) => ((bytes += data.length), item!.onData(data)) }));
        } catch (error) {
          batchOwner = null;
          item!.reject(error);
          continue;
        }
        if (BATCH_MESSAGES.has(type)) batchOwner = item!.handlerId;
        else if (type === SYNC || batchOwner === item!.handlerId) batchOwner = null;
        this.lastHandlerId = item!.handlerId;
        item!.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clear(handlerId);
    if (batchOwner === handlerId) batchOwner = null;
    void queue.processQueue();
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
