import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { notCsvText, parseWeekdays } from "../../graphql/placement-csv.ts";
import { IMPORT, PREVIEW } from "../../app/routes/organisation.import.tsx";
import { decodeCsvBytes, detectDelimiter } from "../../lib/csv.ts";
import { createOrganization } from "../../prisma/factories.ts";
import { errorCodes, graphqlClient } from "../helpers/graphql.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";
import { fiftyRows } from "./helpers.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);
const root = path.resolve(import.meta.dirname, "../..");


let organizationId: string;
let cookie: string;

beforeAll(async () => {
  organizationId = (await createOrganization(t.db, { name: "Importörerna AB" })).id;
  cookie = (await signedInUser(t.db, ["ORG_MEMBER"], [organizationId])).cookie;
});

describe("CSV import (acceptance 4)", () => {
  it("previews 50 rows: the 3 invalid ones with their row numbers and Swedish errors, and writes nothing", async () => {
    const result = await request(PREVIEW, { organizationId, csv: fiftyRows() }, { cookie });
    expect(result.errors).toBeUndefined();
    const preview = result.data!.previewPlacementImport;
    expect(preview).toMatchObject({ fileErrors: [], validCount: 47, invalidCount: 3 });
    const invalid = preview.rows.filter((row: { action: string }) => row.action === "INVALID");
    expect(invalid).toEqual([
      { rowNumber: 12, externalRef: "REF-11", title: "", action: "INVALID", errors: [{ column: "rubrik", message: "Skriv en rubrik för platsen." }] },
      {
        rowNumber: 30,
        externalRef: "REF-29",
        title: "Plats nummer 29",
        action: "INVALID",
        errors: [{ column: "timmar_max", message: "Högsta antal timmar kan inte vara mindre än lägsta antal timmar." }],
      },
      {
        rowNumber: 45,
        externalRef: "REF-44",
        title: "Plats nummer 44",
        action: "INVALID",
        errors: [{ column: "kommun", message: "Kommunen Atlantis finns inte. Skriv kommunens namn eller kod." }],
      },
    ]);
    expect(await t.db.placement.count({ where: { organizationId } })).toBe(0);
  });

  it("imports the 47 valid rows as drafts in one go, and a second import of the same file adds nothing", async () => {
    const first = await request(IMPORT, { organizationId, csv: fiftyRows() }, { cookie });
    expect(first.errors).toBeUndefined();
    expect(first.data!.importPlacements).toMatchObject({ created: 47, updated: 0, fileErrors: [] });
    expect(first.data!.importPlacements.invalidRows.map((row: { rowNumber: number }) => row.rowNumber)).toEqual([12, 30, 45]);
    expect(await t.db.placement.count({ where: { organizationId } })).toBe(47);
    expect(await t.db.placement.count({ where: { organizationId, status: "DRAFT" } })).toBe(47);

    const imported = await t.db.placement.findFirstOrThrow({
      where: { organizationId, externalRef: "REF-3" },
      include: { adaptations: true, occupationCards: true },
    });
    expect(imported).toMatchObject({ kind: "WORK_TRAINING", hoursPerDayMin: 2.5, hoursPerDayMax: 4, kommunCode: "2183", tasks: ["Plocka varor", "Packa lådor"] });
    expect(imported.weekdays).toEqual(["MON", "TUE", "WED", "THU", "FRI"]);
    expect(imported.occupationCards.map((c) => c.occupationCardId)).toEqual(["baka"]);
    expect(imported.adaptations.map((a) => a.adaptationCode).sort()).toEqual(["FIXED_TIMES", "PICTURE_SUPPORT"]);
    expect(await t.db.searchOutbox.count({ where: { placementId: imported.id } })).toBe(1);

    const second = await request(IMPORT, { organizationId, csv: fiftyRows() }, { cookie });
    expect(second.data!.importPlacements).toMatchObject({ created: 0, updated: 47 });
    expect(await t.db.placement.count({ where: { organizationId } })).toBe(47);
    expect(await t.db.placementAdaptation.count({ where: { placementId: imported.id } })).toBe(2);
  });

  it("shows rows already imported as updates in the preview", async () => {
    const preview = (await request(PREVIEW, { organizationId, csv: fiftyRows() }, { cookie })).data!.previewPlacementImport;
    expect(new Set(preview.rows.filter((r: { action: string }) => r.action !== "INVALID").map((r: { action: string }) => r.action))).toEqual(new Set(["UPDATE"]));
  });

  it("refuses a file whose columns are not the template's, and another organisation's member", async () => {
    const wrong = await request(PREVIEW, { organizationId, csv: "namn,antal\nLager,2" }, { cookie });
    expect(wrong.data!.previewPlacementImport.fileErrors[0]).toMatch(/^Kolumner saknas: referens, typ, rubrik/);
    const outsider = (await signedInUser(t.db, ["ORG_MEMBER"], [(await createOrganization(t.db)).id])).cookie;
    expect(errorCodes(await request(IMPORT, { organizationId, csv: fiftyRows() }, { cookie: outsider }))).toEqual(["FORBIDDEN"]);
  });

  it("reports a reference used twice in the same file", async () => {
    const lines = fiftyRows().split("\n").slice(0, 3);
    lines.push(lines[2]);
    const preview = (await request(PREVIEW, { organizationId, csv: lines.join("\n") }, { cookie })).data!.previewPlacementImport;
    expect(preview.rows[2].errors).toEqual([{ column: "referens", message: "Samma referens finns redan på rad 3." }]);
  });
});

describe("the CSV template and file formats", () => {
  it("reads the published template (UTF-8 with BOM, semicolons) without a single error", async () => {
    const bytes = readFileSync(path.join(root, "public/mall-platser.csv"));
    const csv = decodeCsvBytes(bytes);
    expect(detectDelimiter(csv)).toBe(";");
    const preview = (await request(PREVIEW, { organizationId, csv }, { cookie })).data!.previewPlacementImport;
    expect(preview).toMatchObject({ fileErrors: [], validCount: 2, invalidCount: 0 });
  });

  it("says in Swedish which line breaks the file when a quote never closes", async () => {
    const csv = 'referens;typ;rubrik;timmar_min;timmar_max;antal_platser;kommun\nA-1;praktik;"Lager;3;6;1;Sundsvall\n';
    const preview = (await request(PREVIEW, { organizationId, csv }, { cookie })).data!.previewPlacementImport;
    expect(preview).toMatchObject({ validCount: 0, invalidCount: 0, rows: [] });
    expect(preview.fileErrors).toEqual([expect.stringMatching(/^Filen går inte att läsa: Ett citattecken \("\) stängs aldrig, se rad \d+\./)]);
  });

  it("refuses a file that is not CSV text with a typed error in Swedish, whatever its bytes decode to", async () => {
    // Binary without NUL bytes (those the API refuses in any text argument, also as VALIDATION_FAILED).
    const binary = Buffer.from("ff d8 ff e0 01 02 03 04 05 06 07 08 0b 0e 0f 10 11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f 7f".replace(/ /g, ""), "hex");
    const result = await request(PREVIEW, { organizationId, csv: decodeCsvBytes(binary) }, { cookie });
    expect(errorCodes(result)).toEqual(["VALIDATION_FAILED"]);
    const message = /^Filen går inte att läsa som text\. Den är inte en CSV-fil/;
    expect(result.errors![0]!.message).toMatch(message);
    expect(result.errors![0]!.extensions?.fieldErrors).toEqual([{ field: "csv", message: expect.stringMatching(message) }]);
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61", "hex");
    expect(errorCodes(await request(PREVIEW, { organizationId, csv: decodeCsvBytes(png) }, { cookie }))).toEqual(["VALIDATION_FAILED"]);
    // What the import page says before it sends anything.
    expect(notCsvText(decodeCsvBytes(png))).toMatch(message);
    const xlsx = Buffer.concat([Buffer.from("504b0304140006000800000021", "hex"), Buffer.from("[Content_Types].xml")]);
    expect(notCsvText(decodeCsvBytes(xlsx))).toMatch(/^Filen är en Excel-fil \(\.xlsx\) eller en zip-fil, inte en CSV-fil\./);
    expect(notCsvText(decodeCsvBytes(readFileSync(path.join(root, "public/mall-platser.csv"))))).toBeNull();
    // Windows-1252 text (å, ä, ö as single bytes) is text.
    expect(notCsvText(decodeCsvBytes(Buffer.from("referens;rubrik\nA-1;Städa på förskolan\n", "latin1")))).toBeNull();
  });

  it("reads weekdays as ranges, lists, full names and codes", () => {
    expect(parseWeekdays("mån-ons|fre")).toEqual(["MON", "TUE", "WED", "FRI"]);
    expect(parseWeekdays("Måndag|Torsdag")).toEqual(["MON", "THU"]);
    expect(parseWeekdays("SAT|SUN")).toEqual(["SAT", "SUN"]);
    expect(parseWeekdays("helger")).toBeNull();
  });
});
