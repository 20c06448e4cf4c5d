/**
 * `npm start`'s first step: runs `remix build` only when the server build is missing or older than a file it is made
 * from, so a restart with nothing changed starts at once. The build is the whole server (remix.config.js `server`:
 * scripts/start.ts with the app, graphql/, search/, prisma/…); its sources are the files esbuild read for it and for
 * the browser build, listed in the metafiles the build writes beside it, plus app/ (a new route file is read by no
 * other file), remix.config.js, tsconfig.json and package-lock.json.
 * The benchmarks and the test run call `buildIfStale` too, so they never run a server older than its sources.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** The server `npm start` runs with plain node: `node build/index.js`. */
export const serverEntry = "build/index.js";
const METAFILES = ["build/metafile.server.json", "build/metafile.js.json"];
const ALWAYS = ["app", "remix.config.js", "tsconfig.json", "package-lock.json"];

/** The newest modification time under `entry` (a file or a folder), 0 when it does not exist. */
export function newestChange(entry: string): number {
  let stat;
  try {
    stat = statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its folder
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestChange(path.join(entry, name)));
  return newest;
}

/** The files the last build read (paths relative to `folder`), or null when a metafile is missing or unreadable. */
function buildInputs(folder: string): string[] | null {
  try {
    // Virtual modules ("browser-route-module:…") are no files: they stat as missing and count as 0. Packages are
    // covered by package-lock.json.
    const inputs = METAFILES.flatMap((file) => Object.keys((JSON.parse(readFileSync(path.join(folder, file), "utf8")) as { inputs: object }).inputs));
    return inputs.filter((name) => !name.includes("node_modules/"));
  } catch {
    return null;
  }
}

export function buildIsCurrent(folder: string = root): boolean {
  const built = newestChange(path.join(folder, serverEntry));
  const inputs = buildInputs(folder);
  if (built === 0 || inputs === null) return false;
  return [...ALWAYS, ...inputs].every((name) => newestChange(path.join(folder, name)) < built);
}

/** Builds (`remix build`) when the build is not current; returns false when the build failed. */
export function buildIfStale(folder: string = root): boolean {
  if (buildIsCurrent(folder)) {
    console.info(`build: current (${serverEntry} is newer than its sources), not rebuilt`);
    return true;
  }
  // Always a production build, whatever NODE_ENV this process has (vitest sets "test"): the app reads its mode when it
  // starts (config/mode.ts), and a development build (React's jsxDEV) fails when started with NODE_ENV=production.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  return spawnSync("npx", ["--no-install", "remix", "build"], { cwd: folder, stdio: "inherit", env }).status === 0;
}

if (import.meta.filename === process.argv[1] && !buildIfStale()) process.exit(1);
