import { describe, expect, it } from "vitest";
import { waitingText } from "../../app/components/proposal-labels.tsx";

describe("how long a proposal has waited, in plural-correct Swedish", () => {
  it("says a proposal sent today was sent today, not that it has waited 0 days", () => {
    expect(waitingText({ daysWaiting: 0, awaitingAnswer: true })).toBe("Skickat i dag");
    expect(waitingText({ daysWaiting: 1, awaitingAnswer: true })).toBe("Har väntat på svar i 1 dag");
    expect(waitingText({ daysWaiting: 5, awaitingAnswer: true })).toBe("Har väntat på svar i 5 dagar");
  });

  it("says how long the answer took once answered", () => {
    expect(waitingText({ daysWaiting: 0, awaitingAnswer: false })).toBe("Svar samma dag");
    expect(waitingText({ daysWaiting: 1, awaitingAnswer: false })).toBe("Svar efter 1 dag");
  });
});
