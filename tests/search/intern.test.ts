import { describe, expect, it } from "vitest";
import { createInterner } from "../../search/intern.ts";

describe("createInterner", () => {
  it("shares equal short strings and string arrays between documents, leaving the values equal", () => {
    const intern = createInterner();
    const a = intern({ id: "a", kommunName: ["Skö", "vde"].join(""), weekdays: ["MON", "WED"], _geo: { lat: 1, lng: 2 } });
    const b = intern({ id: "b", kommunName: ["Sköv", "de"].join(""), weekdays: ["MON", "WED"], _geo: { lat: 1, lng: 2 } });
    expect(b).toEqual({ id: "b", kommunName: "Skövde", weekdays: ["MON", "WED"], _geo: { lat: 1, lng: 2 } });
    expect(b.weekdays).toBe(a.weekdays);
    expect(a.kommunName).toBe("Skövde");
  });

  it("keeps arrays that differ apart, even when their joined text is alike", () => {
    const intern = createInterner();
    const a = intern({ tasks: ["Plocka varor"] });
    const b = intern({ tasks: ["Plocka varor", ""] });
    expect(b.tasks).toEqual(["Plocka varor", ""]);
    expect(b.tasks).not.toBe(a.tasks);
  });
});
