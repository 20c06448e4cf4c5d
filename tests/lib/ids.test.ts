import { describe, expect, it } from "vitest";
import { newId, randomString } from "../../lib/ids.ts";

describe("newId", () => {
  it("gives cuid-shaped ids, all different, across many refills of its random pool", () => {
    const ids = Array.from({ length: 5000 }, newId); // 50,000 random bytes: the 4 KiB pool refills twelve times
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect(new Set(ids).size).toBe(ids.length);
    // The random part differs from one id to the next (not only the time part).
    expect(new Set(ids.map((id) => id.slice(10))).size).toBe(ids.length);
  });
});

describe("randomString", () => {
  it("hands out each random byte once: nonces differ, and are as long as asked", () => {
    const nonces = Array.from({ length: 1000 }, () => randomString(16, "base64"));
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});
