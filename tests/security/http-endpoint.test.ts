/**
 * POST /graphql of the real app (scripts/start.ts, on its embedded PostgreSQL, over HTTP): graphql-http's server
 * audit of the GraphQL-over-HTTP spec passes in full, and the two requests that once stopped the whole server
 * (issue #15) are answered with a typed error at once while another request is served. A body over the limit is
 * refused without being read whole, however it is sent, by the API and by the pages' forms.
 */
import { request as httpRequest, type IncomingMessage } from "node:http";
import { connect } from "node:net";
import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../helpers/app-server.ts";
import { MAX_REQUEST_BODY_BYTES } from "../../graphql/request-origin.ts";
import { LENGTH_REQUIRED_MESSAGE, TOO_LARGE_MESSAGE } from "../../scripts/http-edge.ts";

let app: AppServer;

beforeAll(async () => {
  app = await startAppServer();
});

afterAll(() => app?.stop());

describe("the GraphQL endpoint over HTTP", () => {
  it("passes graphql-http's server audit in full", async () => {
    const audits = serverAudits({ url: `${app.url}/graphql` });
    const results = await Promise.all(audits.map(async (audit) => ({ name: audit.name, result: await audit.fn() })));
    const failed = results.filter(({ result }) => result.status !== "ok").map(({ name, result }) => `${name}: ${result.status === "ok" ? "" : result.reason}`);
    console.info(`graphql-http server audit: ${results.length - failed.length} of ${results.length} passed`);
    expect(failed).toEqual([]);
    expect(results.length).toBeGreaterThan(30);
  });

  const critical = {
    "200 distinct adaptation codes": Array.from({ length: 200 }, (_, i) => `KOD_${i}`),
    "10,000 codes and one with a NUL byte": [...Array(10_000).fill("a"), "a\u0000b"],
  };

  it.each(Object.entries(critical))("answers %s with a typed error at once, and serves another request meanwhile", async (label, adaptationCodes) => {
    const post = (body: unknown) =>
      fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const timed = async <T>(work: () => Promise<T>) => {
      const started = performance.now();
      const value = await work();
      return { value, ms: Math.round(performance.now() - started), at: performance.now() };
    };
    // Anonymous, and with a status besides PUBLISHED: the listing reads the embedded database, on the app's own thread.
    const bad = timed(async () => {
      const response = await post({
        query: `query($f: PlacementFilter) { placements(filter: $f) { totalCount } }`,
        variables: { f: { adaptationCodes, statuses: ["PUBLISHED", "PAUSED"] } },
      });
      return { status: response.status, body: (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] } };
    });
    const staticFile = timed(async () => (await fetch(`${app.url}/mall-platser.csv`)).status);
    const otherQuery = timed(async () => (await post({ query: `{ adaptations { code } }` })).status);
    const [refused, file, other] = await Promise.all([bad, staticFile, otherQuery]);
    console.info(`${label}: typed error in ${refused.ms} ms; meanwhile a static file in ${file.ms} ms and another query in ${other.ms} ms`);
    expect(refused.value.status).toBe(200);
    expect(refused.value.body.errors?.map((error) => error.extensions?.code)).toEqual(["VALIDATION_FAILED"]);
    expect(file.value).toBe(200);
    expect(other.value).toBe(200);
    // "Under a second" on an idle machine; generous here, where the suite shares two cores with other work.
    expect(refused.ms).toBeLessThan(5_000);
  });

  /** As Yoga refuses a body over its limit, in the API's public words (graphql/public-api.ts). */
  const TOO_LARGE = {
    errors: [{ message: "Anropet är för stort.", extensions: { code: "BAD_REQUEST", detail: "Request body too large" } }],
  };

  /** POSTs to `path` with `headers`, writing 1 MB chunks until the answer comes or `maxBytes` are sent. */
  const postUntilAnswered = (headers: Record<string, string | number>, maxBytes: number, path = "/graphql") =>
    new Promise<{ response: IncomingMessage; body: string; sent: number }>((resolve, reject) => {
      const url = new URL(`${app.url}${path}`);
      const chunk = Buffer.alloc(2 ** 20, " ");
      let sent = 0;
      let answered = false;
      const request = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers }, (response) => {
        answered = true;
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (part: string) => (body += part));
        response.on("end", () => resolve({ response, body, sent }));
      });
      // The server closes the connection after its answer: writes after that fail, which is expected here.
      request.on("error", (error) => (answered ? undefined : reject(error)));
      const write = () => {
        // Nothing to send: the headers alone, and the request left open (its body never comes).
        if (maxBytes === 0) return void request.flushHeaders();
        while (!answered && sent < maxBytes) {
          sent += chunk.length;
          if (!request.write(chunk)) return void request.once("drain", write);
        }
        if (!answered) request.end();
      };
      write();
    });

  it("refuses a chunked body over the limit with 413 before reading it all, and goes on serving", async () => {
    const limit = MAX_REQUEST_BODY_BYTES;
    const { response, body, sent } = await postUntilAnswered(
      { "content-type": "application/json", "transfer-encoding": "chunked" },
      4 * limit,
    );
    expect(response.statusCode).toBe(413);
    expect(JSON.parse(body)).toEqual(TOO_LARGE);
    // It answered once the limit was passed: what was in flight then (socket buffers) is all that was sent beyond it.
    expect(sent).toBeLessThan(2 * limit);
    const after = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ adaptations { code } }" }),
    });
    expect(after.status).toBe(200);
  });

  it("refuses a body whose Content-Length is over the limit at once, reading none of it", async () => {
    const { response, body, sent } = await postUntilAnswered(
      { "content-type": "application/json", "content-length": MAX_REQUEST_BODY_BYTES + 1 },
      0,
    );
    expect(sent).toBe(0);
    expect(response.statusCode).toBe(413);
    expect(JSON.parse(body)).toEqual(TOO_LARGE);
  });

  // A page's action reads the whole form (Remix's formData), so the pages need a bound of their own.
  it("refuses a page's form without a length (chunked) with 411, before reading it", async () => {
    const { response, body, sent } = await postUntilAnswered(
      { "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked" },
      4 * MAX_REQUEST_BODY_BYTES,
      "/logga-in",
    );
    expect(response.statusCode).toBe(411);
    expect(body).toBe(LENGTH_REQUIRED_MESSAGE);
    expect(sent).toBeLessThan(MAX_REQUEST_BODY_BYTES);
  });

  it("refuses a page's form whose Content-Length is over the limit with 413, in Swedish, reading none of it", async () => {
    const { response, body, sent } = await postUntilAnswered(
      { "content-type": "multipart/form-data; boundary=x", "content-length": MAX_REQUEST_BODY_BYTES + 1 },
      0,
      "/organisation/import",
    );
    expect(sent).toBe(0);
    expect(response.statusCode).toBe(413);
    expect(body).toBe(TOO_LARGE_MESSAGE);
    expect(body).toContain("25 MB");
  });

  // Closing at once with the client's bytes still arriving resets the connection, and the client may lose the answer
  // (this test's first form failed so in CI once: "write ECONNRESET" before the 411 was read).
  it("keeps a refused connection open to what the client still sends, so the client reads the answer, then closes it", async () => {
    const url = new URL(app.url);
    const outcome = await new Promise<{ answer: string; error: Error | undefined }>((resolve) => {
      const socket = connect({ host: url.hostname, port: Number(url.port) });
      let answer = "";
      let error: Error | undefined;
      let more = true;
      socket.setEncoding("utf8");
      socket.on("data", (part: string) => {
        answer += part;
        // The answer is in: send more of the body, as a browser uploading a large file still would, then end.
        if (more && answer.includes(TOO_LARGE_MESSAGE)) {
          more = false;
          socket.end(Buffer.alloc(2 ** 18, "x"));
        }
      });
      socket.on("error", (failure) => (error = failure));
      socket.on("close", () => resolve({ answer, error }));
      socket.write(
        `POST /organisation/import HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: multipart/form-data; boundary=x\r\n` +
          `Content-Length: ${MAX_REQUEST_BODY_BYTES + 1}\r\n\r\n`,
      );
    });
    expect(outcome.error).toBeUndefined();
    expect(outcome.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(outcome.answer).toContain("Connection: close");
  });
});
