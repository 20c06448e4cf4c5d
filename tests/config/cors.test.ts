import { describe, expect, it } from "vitest";
import { parseOrigins } from "../../config/cors.ts";

describe("CORS_ORIGINS", () => {
  it("reads exact origins, and none when unset", () => {
    expect([...parseOrigins("")]).toEqual([]);
    expect([...parseOrigins(" https://system.kommun.se, http://localhost:4000/ ")]).toEqual(["https://system.kommun.se", "http://localhost:4000"]);
  });

  it("refuses a wildcard, a path or a non-web scheme at start instead of opening the API", () => {
    for (const raw of ["*", "https://*.kommun.se", "https://kommun.se/api", "kommun.se", "ftp://kommun.se", "null"]) {
      expect(() => parseOrigins(raw), raw).toThrow(/CORS_ORIGINS/);
    }
  });
});
