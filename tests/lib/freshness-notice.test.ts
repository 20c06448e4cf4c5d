import { describe, expect, it } from "vitest";
import { confirmationNotice } from "../../lib/freshness.ts";

describe("the organisation page's notice about unconfirmed placements", () => {
  it("says hidden placements are hidden, without the future tense the rows would contradict", () => {
    const text = confirmationNotice(1, 0);
    expect(text).toBe("En plats har inte bekräftats på 120 dagar och visas inte i matchningar. Bekräfta så visas de igen.");
    expect(text).not.toMatch(/efter 120 dagar/);
  });

  it("warns about the ones still shown apart, with the count's own form", () => {
    expect(confirmationNotice(0, 2)).toMatch(/^2 platser har inte bekräftats på 90 dagar\. .*efter 120 dagar\.$/);
    expect(confirmationNotice(2, 1)).toMatch(/^2 platser .* visas inte i matchningar\. .* En plats har inte bekräftats på 90 dagar/);
  });
});
