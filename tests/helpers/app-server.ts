import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../prisma/embedded.ts";
import { serverEntry } from "../../scripts/build-if-stale.ts";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * How long a start may take before we call it failed. A cold start (migrations on a new embedded database, demo
 * data) takes about 10 s on an idle machine and several times that on a loaded 2-core one; we wait for the
 * "listening" line or an exit, so a generous limit costs nothing when all is well.
 */
export const APP_START_LIMIT_MS = 180_000;

export interface AppServer {
  url: string;
  port: number;
  /** The server process (node build/index.js itself, not a wrapper). */
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

/** Extra environment for a child: a value replaces the test process's, `undefined` removes it. */
export type ChildEnv = Record<string, string | undefined>;

function childEnv(base: ChildEnv, extra: ChildEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...base, ...extra };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}

/** Runs `script` with node: a TypeScript file through tsx, the server build (a .js file) as it is. */
function spawnScript(script: string, args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; output(): string; exited: Promise<number> } {
  const loader = script.endsWith(".ts") ? ["--import", "tsx"] : [];
  const child = spawn(process.execPath, [...loader, script, ...args], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number>((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  return { child, output: () => output, exited };
}

/**
 * Runs one of our command-line scripts (e.g. scripts/admin-create.ts) to its end; by default on `databaseUrl`.
 * The test's own NODE_ENV ("test") is not passed on unless `env` says so.
 */
export async function runScript(
  script: string,
  args: string[],
  { databaseUrl, env = {} }: { databaseUrl?: string; env?: ChildEnv } = {},
): Promise<{ code: number; output: string }> {
  const run = spawnScript(script, args, childEnv({ NODE_ENV: undefined, DATABASE_URL: databaseUrl }, env));
  const code = await run.exited;
  return { code, output: run.output() };
}

/**
 * Starts the real app (the server build, `node build/index.js`, as `npm start` and the Dockerfile run it) on a free
 * port. Without `databaseUrl` it runs on its embedded default in a throwaway data folder, exactly as a fresh machine
 * would. The test run's global setup builds it when it is older than its sources (tests/setup/global-setup.ts).
 */
export interface AppServerOptions {
  databaseUrl?: string;
  dataDir?: string;
  env?: ChildEnv;
  /** The port to try first (default: one free when asked). */
  port?: number;
}

/**
 * A port that was free when asked may be taken before the app binds it (several seconds later): any connection the
 * test run opens meanwhile may get it as its local port. The app then exits with EADDRINUSE; it is started again on
 * another port, a few times at most.
 */
const PORT_ATTEMPTS = 3;

class PortTakenError extends Error {}

export async function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startAppServerOn(attempt === 1 && options.port !== undefined ? options.port : await freePort(), options);
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt === PORT_ATTEMPTS) throw error;
    }
  }
}

async function startAppServerOn(port: number, { databaseUrl, dataDir, env: extraEnv = {} }: AppServerOptions): Promise<AppServer> {
  const folder = dataDir ?? mkdtempSync(path.join(tmpdir(), "stegvis-data-"));
  const env = childEnv(
    { PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "development", STEGVIS_DATA_DIR: folder, DATABASE_URL: databaseUrl },
    extraEnv,
  );
  const { child, output, exited } = spawnScript(serverEntry, [], env);
  const removeFolder = () => {
    if (!dataDir) rmSync(folder, { recursive: true, force: true });
  };

  // Whichever comes first: the listening line, an early exit, or the limit.
  const started = await new Promise<"listening" | "exited" | "too slow">((resolve) => {
    const timer = setTimeout(() => resolve("too slow"), APP_START_LIMIT_MS);
    const settle = (how: "listening" | "exited") => {
      clearTimeout(timer);
      resolve(how);
    };
    const watch = () => output().includes("Stegvis is listening") && settle("listening");
    child.stdout!.on("data", watch);
    void exited.then(() => settle("exited"));
  });
  if (started !== "listening") {
    child.kill("SIGKILL");
    await exited;
    removeFolder();
    if (started === "exited" && output().includes(`EADDRINUSE: address already in use 127.0.0.1:${port}`)) {
      throw new PortTakenError(`port ${port} was taken before the app bound it`);
    }
    throw new Error(started === "exited" ? `app exited early:\n${output()}` : `app did not start within ${APP_START_LIMIT_MS / 1000} s:\n${output()}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timeout = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timeout);
      }
      removeFolder();
    },
  };
}
