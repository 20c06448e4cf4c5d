/**
 * A tiny stand-in for Meilisearch's HTTP API on 127.0.0.1, for request-shape tests: it records every request and
 * answers the way Meilisearch does (writes enqueue a task that GET /tasks/:uid reports as succeeded, unless told to
 * fail it). It checks what we send, not what a real server would do with it.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
}

type Reply = { status: number; body: unknown };
type Handler = (request: RecordedRequest) => Reply | undefined;

export interface FakeMeilisearch {
  url: string;
  requests: RecordedRequest[];
  /** Answers matching requests before the defaults; return undefined to fall through. */
  handle(handler: Handler): void;
  /** The next write task fails with this Meilisearch error code. */
  failNextTask(code: string, message: string): void;
  close(): Promise<void>;
}

export async function startFakeMeilisearch(): Promise<FakeMeilisearch> {
  const requests: RecordedRequest[] = [];
  const handlers: Handler[] = [];
  const tasks = new Map<number, { status: "succeeded" | "failed"; type: string; error: unknown }>();
  let nextFailure: { code: string; message: string } | null = null;

  const enqueue = (indexUid: string | null, type: string): Reply => {
    const taskUid = tasks.size;
    const failure = nextFailure;
    nextFailure = null;
    tasks.set(taskUid, {
      status: failure === null ? "succeeded" : "failed",
      type,
      error: failure === null ? null : { ...failure, type: "invalid_request", link: "" },
    });
    return { status: 202, body: { taskUid, indexUid, status: "enqueued", type, enqueuedAt: new Date().toISOString() } };
  };

  const defaults = (request: RecordedRequest): Reply => {
    const { method, path, body } = request;
    let match: RegExpMatchArray | null;
    if (method === "GET" && path === "/health") return { status: 200, body: { status: "available" } };
    if (method === "GET" && (match = path.match(/^\/tasks\/(\d+)$/))) {
      const task = tasks.get(Number(match[1]))!;
      return { status: 200, body: { uid: Number(match[1]), ...task, details: {}, duration: "PT0S" } };
    }
    if (method === "PATCH" && (match = path.match(/^\/indexes\/([^/]+)\/settings$/))) return enqueue(match[1]!, "settingsUpdate");
    if (method === "POST" && (match = path.match(/^\/indexes\/([^/]+)\/documents$/))) return enqueue(match[1]!, "documentAdditionOrUpdate");
    if (method === "POST" && (match = path.match(/^\/indexes\/([^/]+)\/documents\/delete-batch$/))) return enqueue(match[1]!, "documentDeletion");
    if (method === "POST" && path === "/indexes") return enqueue((body as { uid: string }).uid, "indexCreation");
    if (method === "DELETE" && (match = path.match(/^\/indexes\/([^/]+)$/))) return enqueue(match[1]!, "indexDeletion");
    if (method === "POST" && path === "/swap-indexes") return enqueue(null, "indexSwap");
    if (method === "POST" && path === "/multi-search") {
      const queries = (body as { queries: { indexUid: string; q?: string; limit?: number; offset?: number }[] }).queries;
      return {
        status: 200,
        body: {
          results: queries.map((query) => ({
            indexUid: query.indexUid,
            hits: [],
            query: query.q ?? "",
            processingTimeMs: 0,
            limit: query.limit ?? 20,
            offset: query.offset ?? 0,
            estimatedTotalHits: 0,
          })),
        },
      };
    }
    return { status: 404, body: { message: `fake: no route for ${method} ${path}`, code: "not_found", type: "invalid_request", link: "" } };
  };

  const server: Server = createServer(async (incoming, response) => {
    const text = await readBody(incoming);
    const url = new URL(incoming.url ?? "/", "http://127.0.0.1");
    const request: RecordedRequest = { method: incoming.method ?? "GET", path: url.pathname, body: text === "" ? undefined : JSON.parse(text) };
    requests.push(request);
    const reply = handlers.map((handler) => handler(request)).find((r) => r !== undefined) ?? defaults(request);
    response.writeHead(reply.status, { "Content-Type": "application/json" });
    response.end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    handle: (handler) => handlers.push(handler),
    failNextTask: (code, message) => {
      nextFailure = { code, message };
    },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
