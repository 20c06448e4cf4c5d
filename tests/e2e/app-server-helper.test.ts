/**
 * The test helper that starts the real app: a port that was free when picked can be taken before the app binds it
 * (a CI run failed so: EADDRINUSE on a port another connection had got meanwhile). The helper starts the app again
 * on another port.
 */
import { createServer, type Server } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../prisma/embedded.ts";
import { APP_START_LIMIT_MS, startAppServer, type AppServer } from "../helpers/app-server.ts";

let blocker: Server | undefined;
let app: AppServer | undefined;

afterAll(async () => {
  await app?.stop();
  await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
});

describe("startAppServer", () => {
  it("starts the app on another port when its port was taken before the app bound it", { timeout: 3 * APP_START_LIMIT_MS }, async () => {
    const taken = await freePort();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(taken, "127.0.0.1", resolve));
    app = await startAppServer({ port: taken });
    expect(app.port).not.toBe(taken);
    expect((await fetch(`${app.url}/platser`)).status).toBe(200);
  });
});
