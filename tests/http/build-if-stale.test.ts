/** npm start builds only when the server build is missing or older than what it is made from (scripts/build-if-stale.ts). */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildIsCurrent } from "../../scripts/build-if-stale.ts";

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A project folder whose files all date from `at` (seconds since 1970). */
function project(at: number): { folder: string; touch(file: string, at: number): void } {
  const folder = mkdtempSync(path.join(tmpdir(), "stegvis-build-"));
  folders.push(folder);
  const touch = (file: string, when: number) => {
    const full = path.join(folder, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, "x", { flag: "a" });
    utimesSync(full, when, when);
    foldersAt(path.join(folder, "app"), at); // making a file touched its folders
  };
  for (const file of ["app/routes/platser._index.tsx", "app/components/pictograms/pictograms.svg", "remix.config.js", "package-lock.json"]) touch(file, at);
  return { folder, touch };
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

  it("is true when build/index.js is newer than every source", () => {
    const { folder, touch } = project(1_000);
    touch("build/index.js", 2_000);
    expect(buildIsCurrent(folder)).toBe(true);
  });

  it.each(["app/components/pictograms/pictograms.svg", "app/routes/ny-sida.tsx", "remix.config.js", "package-lock.json"])("is false after %s changed", (file) => {
    const { folder, touch } = project(1_000);
    touch("build/index.js", 2_000);
    touch(file, 3_000);
    expect(buildIsCurrent(folder)).toBe(false);
  });
});
