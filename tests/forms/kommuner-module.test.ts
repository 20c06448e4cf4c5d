import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KOMMUNER } from "../../app/data/kommuner.ts";
import { filterKommuner } from "../../app/components/kommun-picker.tsx";
import { kommunModuleText } from "../../lib/kommun-module.ts";

describe("the static kommun module the forms use instead of loader data", () => {
  it("is what scripts/kommuner-module.ts makes of prisma/data/kommuner.csv (run it after changing the file)", () => {
    const csv = readFileSync(new URL("../../prisma/data/kommuner.csv", import.meta.url), "utf8");
    const module = readFileSync(new URL("../../app/data/kommuner.ts", import.meta.url), "utf8");
    expect(module).toBe(kommunModuleText(csv));
    expect(KOMMUNER).toHaveLength(290);
  });

  it("lists the kommuner in Swedish order: Å, Ä and Ö last", () => {
    const names = KOMMUNER.map((k) => k.name);
    expect(names[0]).toBe("Ale");
    expect(names.indexOf("Åmål")).toBeGreaterThan(names.indexOf("Ystad"));
    expect(names.indexOf("Öckerö")).toBeGreaterThan(names.indexOf("Älvsbyn"));
  });
});

describe("filtering kommuner as the picker does", () => {
  it("finds names regardless of case and accents, those starting with the text first", () => {
    expect(filterKommuner(KOMMUNER, "malmo")[0]?.name).toBe("Malmö");
    expect(filterKommuner(KOMMUNER, "ÅNGE").map((k) => k.name)).toContain("Ånge");
    const hits = filterKommuner(KOMMUNER, "hamn").map((k) => k.name);
    expect(hits).toContain("Söderhamn");
    expect(filterKommuner(KOMMUNER, "2183").map((k) => k.name)).toEqual(["Bollnäs"]);
    expect(filterKommuner(KOMMUNER, "xyz")).toEqual([]);
  });
});
