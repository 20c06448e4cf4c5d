/**
 * The server `npm start` and the Dockerfile run is one bundle (remix.config.js `server`, docs/decisions/0025): the
 * start script and the app together, so /graphql (scripts/graphql-endpoint.ts) and the Remix loaders reach the same
 * graphql/schema.ts and the schema is built once per process. The test run's global setup builds it when stale.
 * Every worker loads the packages the bundle imports at its top before it can rebuild its index, so a package only
 * one feature needs is loaded when first used instead (decision 0025, round three).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serverEntry } from "../../scripts/build-if-stale.ts";

const root = path.resolve(import.meta.dirname, "../..");
const bundle = readFileSync(path.join(root, serverEntry), "utf8");
const metafile = JSON.parse(readFileSync(path.join(root, "build/metafile.server.json"), "utf8")) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

describe("the server build", () => {
  it("is one JavaScript file holding the start script, the /graphql endpoint, the app and the schema", () => {
    expect(Object.keys(metafile.outputs).filter((file) => file.endsWith(".js"))).toEqual([serverEntry]);
    expect(Object.keys(metafile.inputs)).toEqual(
      expect.arrayContaining(["scripts/start.ts", "scripts/graphql-endpoint.ts", "app/root.tsx", "app/utils/graphql.server.ts", "graphql/schema.ts"]),
    );
  });

  it("builds the GraphQL schema in one place only", () => {
    expect(bundle.match(/\.toSchema\(/g)).toHaveLength(1);
  });

  it("needs no TypeScript loader: it imports no .ts file and not tsx", () => {
    expect(bundle).not.toMatch(/\bfrom\s+"[^"]+\.tsx?"|import\("[^"]+\.tsx?"\)|"tsx"/);
  });

  it("loads its packages at start, but not the holiday calendar (date-holidays, about 150 ms)", () => {
    // The packages the bundle imports statically: all of them load before its first line runs.
    const loadedAtStart = [...bundle.matchAll(/^import\s[^;]*?from\s*"([^".][^"]*)";?$/gm)].map((match) => match[1]);
    expect(loadedAtStart).toEqual(expect.arrayContaining(["graphql", "snowball-stemmers"]));
    // attendance/schedule.ts requires it on first use; tests/attendance/schedule.test.ts checks the holidays.
    expect(loadedAtStart).not.toContain("date-holidays");
  });
});
