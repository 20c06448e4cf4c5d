import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../prisma/embedded.ts";

const root = path.resolve(import.meta.dirname, "../..");

export interface AppServer {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the real app (scripts/start.ts, the same entry as `npm start`) on a free port. Without `databaseUrl` it
 * runs on its embedded default in a throwaway data folder, exactly as a fresh machine would.
 * Needs `npm run build` to have run (the test command does that).
 */
export interface AppServerOptions {
  databaseUrl?: string;
  dataDir?: string;
  env?: Record<string, string>;
}

export async function startAppServer({ databaseUrl, dataDir, env: extraEnv = {} }: AppServerOptions = {}): Promise<AppServer> {
  const port = await freePort();
  const folder = dataDir ?? mkdtempSync(path.join(tmpdir(), "stegvis-data-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "development", STEGVIS_DATA_DIR: folder, ...extraEnv };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited early:\n${output}`);
    if (output.includes("Stegvis is listening")) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`app did not start within 90 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const timeout = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timeout);
      }
      if (!dataDir) rmSync(folder, { recursive: true, force: true });
    },
  };
}
