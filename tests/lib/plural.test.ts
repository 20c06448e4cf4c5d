import { describe, expect, it } from "vitest";
import { plural, pluralWord } from "../../lib/plural.ts";

describe("plural", () => {
  it("uses the singular for one and the plural for every other count", () => {
    expect(plural(1, "dag", "dagar")).toBe("1 dag");
    expect(plural(0, "dag", "dagar")).toBe("0 dagar");
    expect(plural(2, "rad", "rader")).toBe("2 rader");
    expect(plural(21, "plats", "platser")).toBe("21 platser");
    expect(plural(1.5, "timme", "timmar")).toBe("1.5 timmar");
  });

  it("gives the noun alone for texts where the count stands apart", () => {
    expect(pluralWord(1, "rad", "rader")).toBe("rad");
    expect(pluralWord(7, "rad", "rader")).toBe("rader");
  });
});
