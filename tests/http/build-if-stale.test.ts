/**
 * npm start builds only when the server build is missing or older than what it is made from (scripts/build-if-stale.ts):
 * app/, the config, and every file the last build read (its metafiles), such as graphql/ and search/ for the server.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildIsCurrent } from "../../scripts/build-if-stale.ts";

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const SOURCES = ["app/routes/platser._index.tsx", "app/components/pictograms/pictograms.svg", "remix.config.js", "package-lock.json",
  "scripts/start.ts", "graphql/schema/placement.ts", "search/outbox-store.ts", "lib/dates.ts", "tests/e2e/restart.test.ts"];

/** A project folder whose files all date from `at` (seconds since 1970). */
function project(at: number) {
  const folder = mkdtempSync(path.join(tmpdir(), "stegvis-build-"));
  folders.push(folder);
  const touch = (file: string, when: number, content = "x") => {
    const full = path.join(folder, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
    utimesSync(full, when, when);
    foldersAt(path.join(folder, "app"), at); // making a file touched its folders
  };
  /** A build from `when`: the server and the metafiles naming what it read, as `remix build` writes them. */
  const build = (when: number) => {
    const inputs = (names: string[]) => JSON.stringify({ inputs: Object.fromEntries(names.map((name) => [name, {}])) });
    touch("build/index.js", when);
    touch("build/metafile.server.json", when,
      inputs(["scripts/start.ts", "graphql/schema/placement.ts", "search/outbox-store.ts", "app/root.tsx", "server-entry-module:@remix-run/dev/server-build"]));
    touch("build/metafile.js.json", when, inputs(["lib/dates.ts", "browser-route-module:root.tsx?browser", "node_modules/react/index.js"]));
  };
  for (const file of SOURCES) touch(file, at);
  return { folder, touch, build };
}

/** Dates every folder under `folder` (itself included) from `at`, files untouched. */
function foldersAt(folder: string, at: number): void {
  for (const name of readdirSync(folder)) if (statSync(path.join(folder, name)).isDirectory()) foldersAt(path.join(folder, name), at);
  utimesSync(folder, at, at);
}

describe("buildIsCurrent", () => {
  it("is false on a fresh clone, which has no build yet", () => {
    expect(buildIsCurrent(project(1_000).folder)).toBe(false);
  });

  it("is true when the build is newer than every source", () => {
    const { folder, build } = project(1_000);
    build(2_000);
    expect(buildIsCurrent(folder)).toBe(true);
  });

  it("is false when the build left no metafile (a build from before the server was bundled)", () => {
    const { folder, touch } = project(1_000);
    touch("build/index.js", 2_000);
    expect(buildIsCurrent(folder)).toBe(false);
  });

  it.each([
    "app/components/pictograms/pictograms.svg",
    "app/routes/ny-sida.tsx",
    "remix.config.js",
    "package-lock.json",
    "scripts/start.ts",
    "graphql/schema/placement.ts",
    "search/outbox-store.ts",
    "lib/dates.ts",
  ])("is false after %s changed", (file) => {
    const { folder, touch, build } = project(1_000);
    build(2_000);
    touch(file, 3_000);
    expect(buildIsCurrent(folder)).toBe(false);
  });

  it("stays true when a file the build never read changed", () => {
    const { folder, touch, build } = project(1_000);
    build(2_000);
    touch("tests/e2e/restart.test.ts", 3_000);
    expect(buildIsCurrent(folder)).toBe(true);
  });
});
