/**
 * The server `npm start` and the Dockerfile run is one bundle (remix.config.js `server`, docs/decisions/0025): the
 * start script and the app together, so /graphql (scripts/graphql-endpoint.ts) and the Remix loaders reach the same
 * graphql/schema.ts and the schema is built once per process. The test run's global setup builds it when stale.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serverEntry } from "../../scripts/build-if-stale.ts";

const root = path.resolve(import.meta.dirname, "../..");
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
    const code = readFileSync(path.join(root, serverEntry), "utf8");
    expect(code.match(/\.toSchema\(/g)).toHaveLength(1);
  });

  it("needs no TypeScript loader: it imports no .ts file and not tsx", () => {
    const code = readFileSync(path.join(root, serverEntry), "utf8");
    expect(code).not.toMatch(/\bfrom\s+"[^"]+\.tsx?"|import\("[^"]+\.tsx?"\)|"tsx"/);
  });
});
