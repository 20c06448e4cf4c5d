/**
 * What the browser downloads (build/metafile.js.json, written by Remix's browser build; the test run's global setup
 * builds when stale). date-holidays holds every country's calendar: in the browser it was a 975 kB chunk that the
 * coach's, the handledare's and the organisation's start pages loaded for a few formatting helpers. Holidays are
 * worked out on the server only (attendance/schedule.ts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const metafile = JSON.parse(readFileSync(path.join(root, "build/metafile.js.json"), "utf8")) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, { bytes: number }>;
};

describe("the browser build", () => {
  it("leaves the holiday calendar (date-holidays) on the server", () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs).toEqual(expect.arrayContaining(["attendance/report.ts", "attendance/month.ts"]));
    expect(inputs.filter((input) => input.includes("date-holidays") || input === "attendance/schedule.ts")).toEqual([]);
  });
});
