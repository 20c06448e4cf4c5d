/**
 * What the browser downloads (build/metafile.js.json, written by Remix's browser build; the test run's global setup
 * builds when stale). date-holidays holds every country's calendar: in the browser it was a 975 kB chunk that the
 * coach's, the handledare's and the organisation's start pages loaded for a few formatting helpers. Holidays are
 * worked out on the server only (attendance/schedule.ts).
 * zod, which the forms use to check input before sending it, is imported as a namespace (`import * as z`): the named
 * import `{ z }` is an object esbuild cannot tree-shake, and brought every language's error messages (64 locales) and
 * the JSON Schema converters to 26 form pages, 454 kB where 101 kB is needed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const metafile = JSON.parse(readFileSync(path.join(root, "build/metafile.js.json"), "utf8")) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, { bytes: number; inputs: Record<string, { bytesInOutput: number }> }>;
};

describe("the browser build", () => {
  it("leaves the holiday calendar (date-holidays) on the server", () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs).toEqual(expect.arrayContaining(["attendance/report.ts", "attendance/month.ts"]));
    expect(inputs.filter((input) => input.includes("date-holidays") || input === "attendance/schedule.ts")).toEqual([]);
  });

  it("ships only the part of zod the forms use", () => {
    const shipped = new Map<string, number>();
    for (const output of Object.values(metafile.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        if (input.startsWith("node_modules/zod/") && bytesInOutput > 0) shipped.set(input, (shipped.get(input) ?? 0) + bytesInOutput);
      }
    }
    expect(shipped.size).toBeGreaterThan(0);
    // English is zod's default error map; the forms give their own Swedish messages.
    expect([...shipped.keys()].filter((input) => input.includes("/locales/") && !input.endsWith("/locales/en.js"))).toEqual([]);
    expect(shipped.has("node_modules/zod/v4/classic/from-json-schema.js")).toBe(false);
    const total = [...shipped.values()].reduce((sum, bytes) => sum + bytes, 0);
    expect(total).toBeLessThan(150_000);
  });
});
