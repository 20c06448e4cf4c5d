/**
 * `npm start`'s first step: runs `remix build` only when the server build is missing or older than a file it is made
 * from (app/, remix.config.js, package-lock.json), so a restart with nothing changed starts at once.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

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

export function buildIsCurrent(folder: string = root): boolean {
  const built = newestChange(path.join(folder, "build/index.js"));
  if (built === 0) return false;
  const sources = ["app", "remix.config.js", "package-lock.json"].map((name) => newestChange(path.join(folder, name)));
  return sources.every((changed) => changed < built);
}

if (import.meta.filename === process.argv[1]) {
  if (buildIsCurrent()) {
    console.info("build: current (build/index.js is newer than app/), not rebuilt");
  } else {
    const result = spawnSync("npx", ["--no-install", "remix", "build"], { cwd: root, stdio: "inherit" });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
