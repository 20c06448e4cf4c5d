/**
 * npm test: type-checks (tsc, and gql-tada's check of every GraphQL document against schema.graphql) while it builds
 * the app (the browser tests run the real server), then runs every vitest suite. With DATABASE_URL the database tests
 * use that PostgreSQL (CI does); without it an in-memory embedded one.
 */
import { spawn } from "node:child_process";

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: process.env });
    child.on("close", (code) => resolve(code ?? 1));
    child.on("error", () => resolve(1));
  });
}

const [typecheck, build] = await Promise.all([run("npm", ["run", "--silent", "typecheck"]), run("npx", ["--no-install", "remix", "build"])]);
if (typecheck !== 0) {
  console.error("npm test: the typecheck failed (see above); a stale app/graphql-env.d.ts needs `npm run schema:print`.");
  process.exit(typecheck);
}
if (build !== 0) process.exit(build);
process.exit(await run("npx", ["--no-install", "vitest", "run", ...process.argv.slice(2)]));
