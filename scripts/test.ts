/**
 * npm test: builds the app (the browser tests run the real server), then runs every vitest suite. With
 * DATABASE_URL the database tests use that PostgreSQL (CI does); without it an in-memory embedded one.
 */
import { spawnSync } from "node:child_process";

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  return result.status ?? 1;
}

const build = run("npx", ["--no-install", "remix", "build"]);
if (build !== 0) process.exit(build);
process.exit(run("npx", ["--no-install", "vitest", "run", ...process.argv.slice(2)]));
