// Acceptance 4: the CSV opens as UTF-8 with BOM, semicolons and decimal commas; its totals equal the PDF's (read with
// pdftotext) and the report's. Through the real resource route (/export/narvaro), in process.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hoursText } from "../../attendance/report.ts";
import { readCsv } from "../../lib/csv.ts";
import { fixedClock } from "../../lib/dates.ts";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { graphqlClient } from "../helpers/graphql.ts";
import { useTestDatabase } from "../setup/database.ts";
import { fillMonth, placedParticipant, type Placed } from "./helpers.ts";

const services = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("../../app/utils/db.server.ts", () => ({ getDb: () => services.db, getSearchEngine: () => createEmbeddedEngine() }));
const { loader } = await import("../../app/routes/export.narvaro.tsx");

const t = useTestDatabase();
const request = graphqlClient(() => t.db);
const MONTH = "2026-10";
const scratch = mkdtempSync(path.join(tmpdir(), "stegvis-export-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let p: Placed;
let second: Placed;

async function download(query: string, cookie = p.member.cookie): Promise<Response> {
  const response = await loader({
    request: new Request(`http://localhost/export/narvaro?${query}`, { headers: { cookie } }),
    params: {},
    context: { clientAddress: "127.0.0.1", cspNonce: "", clock: fixedClock("2026-11-20T10:00:00Z") },
  });
  expect(response.status).toBe(200);
  return response;
}

function pdfText(bytes: ArrayBuffer): string {
  const file = path.join(scratch, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, Buffer.from(bytes));
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

beforeAll(async () => {
  services.db = t.db;
  p = await placedParticipant(t.db, { displayName: "Åsa", hoursPerDay: 6.5 });
  second = await placedParticipant(t.db, { displayName: "Örjan", organizationId: p.organizationId, hoursPerDay: 3 });
  await fillMonth(t.db, p.assignmentId, MONTH, {
    "2026-10-05": { attendedMinutes: 0, absenceReason: "SICK" },
    "2026-10-06": { attendedMinutes: 210, absenceReason: "OTHER_ACTIVITY", note: "Läkarbesök på förmiddagen" },
    "2026-10-07": { attendedMinutes: 330, absenceReason: "UNEXCUSED", note: "Kom 60 min sent" },
  });
  await fillMonth(t.db, second.assignmentId, MONTH, { "2026-10-12": { attendedMinutes: 100, absenceReason: "CARE_OF_CHILD" } });
  const sent = await request(`mutation($id: ID!) { submitMonthlyReport(input: { reportId: $id, comment: "Åsa klarar fler timmar än i början." }) { status } }`, { id: `${p.assignmentId}:${MONTH}` }, { cookie: p.member.cookie });
  expect(sent.errors).toBeUndefined();
});

describe("exports of a monthly report", () => {
  it("writes a CSV Swedish Excel opens: BOM, semicolons, decimal commas, ISO dates, totals equal to the report's", async () => {
    const response = await download(`rapport=${p.assignmentId}:${MONTH}&format=csv`);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="narvaro-asa-2026-10.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.split("\r\n")[0]).toBe("\uFEFFOrganisation;Deltagare;Plats;Månad;Datum;Veckodag;Schema (timmar);Närvaro (timmar);Frånvaro (timmar);Frånvaroorsak;Anteckning");
    const rows = readCsv(text, ";");
    const day = rows.find((r) => r[4] === "2026-10-06")!;
    expect(day.slice(1, 11)).toEqual(["Åsa", "Lagerarbete", MONTH, "2026-10-06", "Tisdag", "6,5", "3,5", "3", "Annan insats (till exempel läkarbesök eller möte)", "Läkarbesök på förmiddagen"]);
    const sum = rows.find((r) => r[4] === "Summa" && r[9] === "")!;
    const { data } = await request(`query($id: ID!) { monthlyReport(id: $id) { totals { scheduledMinutes attendedMinutes absentMinutes } } }`, { id: `${p.assignmentId}:${MONTH}` }, { cookie: p.member.cookie });
    const totals = data!.monthlyReport.totals;
    expect(sum.slice(6, 9)).toEqual([hoursText(totals.scheduledMinutes), hoursText(totals.attendedMinutes), hoursText(totals.absentMinutes)]);
    expect(sum.slice(6, 9)).toEqual(["143", "132,5", "10,5"]);
    expect(rows.filter((r) => r[4] === "Summa" && r[9] !== "").map((r) => [r[9], r[8]])).toEqual([["Sjuk", "6,5"], ["Annan insats (till exempel läkarbesök eller möte)", "3"], ["Ogiltig frånvaro (uteblev)", "1"]]);
  });

  it("adds a habiliteringsersättning column on request (≥ 6 h full, 2 h to under 6 h half, less none)", async () => {
    const rows = readCsv(await (await download(`rapport=${p.assignmentId}:${MONTH}&format=csv&habilitering=1`)).text(), ";");
    expect(rows[0]!.at(-1)).toBe("Habiliteringsersättning");
    const classOf = (date: string) => rows.find((r) => r[4] === date)!.at(-1);
    expect([classOf("2026-10-02"), classOf("2026-10-05"), classOf("2026-10-06"), classOf("2026-10-07")]).toEqual(["Heldag", "Ingen", "Halvdag", "Halvdag"]);
  });

  it("prints a PDF with the same totals as the CSV, extractable with pdftotext, and logs each export", async () => {
    const exports = () => t.db.auditEvent.count({ where: { actorId: p.member.id, action: "EXPORT", entity: "MonthlyReport" } });
    const before = await exports();
    const response = await download(`rapport=${p.assignmentId}:${MONTH}&format=pdf`);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="narvaro-asa-2026-10.pdf"');
    const text = pdfText(await response.arrayBuffer());
    const csvRows = readCsv(await (await download(`rapport=${p.assignmentId}:${MONTH}&format=csv`)).text(), ";");
    const sum = csvRows.find((r) => r[4] === "Summa" && r[9] === "")!;
    const printed = (label: string) => new RegExp(`${label}: ([\\d,]+)`).exec(text)?.[1];
    expect([printed("Schemalagd tid"), printed("Närvarande"), printed("Frånvaro totalt")]).toEqual(sum.slice(6, 9));
    expect(printed("Frånvaro: sjuk")).toBe("6,5");
    for (const words of ["Kooperativ|Organisation", "Deltagare: Åsa", "oktober 2026", "Åsa klarar fler timmar än i början.", "Komma i tid fyra dagar i veckan.", "Underskrift", "För jobbcoachen"]) {
      expect(text).toMatch(new RegExp(words));
    }
    expect(await exports()).toBe(before + 2);
  });

  it("exports the organisation's whole month, one report after the other, to CSV and PDF with matching totals", async () => {
    const query = `organisation=${p.organizationId}&manad=${MONTH}`;
    const csv = readCsv(await (await download(`${query}&format=csv`)).text(), ";");
    const sums = csv.filter((r) => r[4] === "Summa" && r[9] === "").map((r) => [r[1], r[7]]);
    expect(sums).toEqual([["Åsa", "132,5"], ["Örjan", "64,67"]]);
    const text = pdfText(await (await download(`${query}&format=pdf`)).arrayBuffer());
    expect([...text.matchAll(/Närvarande: ([\d,]+)/g)].map((m) => m[1])).toEqual(["132,5", "64,67"]);
  });

  it("refuses an export of a report the caller may not see", async () => {
    const other = await placedParticipant(t.db, { displayName: "Nils" });
    await expect(
      loader({
        request: new Request(`http://localhost/export/narvaro?rapport=${p.assignmentId}:${MONTH}&format=csv`, { headers: { cookie: other.member.cookie } }),
        params: {},
        context: { clientAddress: "127.0.0.1", cspNonce: "" },
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
