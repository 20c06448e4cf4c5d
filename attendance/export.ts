/**
 * Monthly reports as files: CSV in Swedish Excel's shape (lib/csv.ts: UTF-8 with BOM, semicolons, decimal commas,
 * dates as 2026-11-03) and a printable A4 PDF (pdfkit, standard fonts, so the text can be extracted). Both take the
 * reports as the API's monthlyReportExport gives them and count with the same functions, so their totals agree with
 * each other and with the report page. Server-side (csv-stringify, pdfkit).
 */
/// <reference types="pdfkit" />
import { writeExcelCsv, type CsvValue } from "../lib/csv.ts";
import { formatMomentDate } from "../lib/dates.ts";
import { weekdayLabel } from "../lib/weekdays.ts";
import type { AbsenceReasonCode } from "./entry.ts";
import { absenceLabel, HABILITATION_LABELS, hoursNumber, hoursText, monthText, rateText, totalRows, type HabilitationClass, type ReportTotals } from "./report.ts";

export interface ExportDay {
  date: string;
  weekday: string;
  kind: string;
  holiday: string | null;
  scheduledMinutes: number;
  attendedMinutes: number | null;
  absenceReason: string | null;
  note: string;
  habilitation: string | null;
}

export interface ExportReport {
  month: string;
  status: string;
  participantName: string;
  placementTitle: string;
  comment: string;
  organization: { name: string };
  assignment: { workPlanGoals: string | null; workPlanQuestions: string | null };
  totals: { scheduledMinutes: number; attendedMinutes: number; absentMinutes: number; attendanceRate: number | null; absences: readonly { reason: string; minutes: number }[] };
  days: readonly ExportDay[];
  versions: readonly { version: number; status: string; authorName: string; createdAt: string; reviewedAt: string | null; reviewer: { name: string } | null }[];
}

const STATUS: Record<string, string> = { DRAFT: "Inte inskickad", SUBMITTED: "Inskickad, väntar på granskning", APPROVED: "Godkänd", RETURNED: "Tillbakaskickad" };

/** The days a report lists: scheduled ones and any with a record (free days and holidays without one are left out). */
const listedDays = (report: ExportReport) => report.days.filter((day) => day.kind === "SCHEDULED" || day.attendedMinutes !== null);

function totalsOf(report: ExportReport): ReportTotals {
  const absence = Object.fromEntries(report.totals.absences.map((a) => [a.reason, a.minutes])) as Record<AbsenceReasonCode, number>;
  return { scheduledMinutes: report.totals.scheduledMinutes, attendedMinutes: report.totals.attendedMinutes, absentMinutes: report.totals.absentMinutes, absence };
}

/** The totals as they are printed: every category with time, hours with a decimal comma. */
export function printedTotals(report: ExportReport): { label: string; hours: string; minutes: number }[] {
  return totalRows(totalsOf(report))
    .filter((row) => row.key === "scheduled" || row.key === "attended" || row.key === "absent" || row.minutes > 0)
    .map((row) => ({ label: row.label, hours: hoursText(row.minutes), minutes: row.minutes }));
}

export const CSV_HEADER = ["Organisation", "Deltagare", "Plats", "Månad", "Datum", "Veckodag", "Schema (timmar)", "Närvaro (timmar)", "Frånvaro (timmar)", "Frånvaroorsak", "Anteckning"];
export const HABILITATION_HEADER = "Habiliteringsersättning";

/**
 * One row per listed day, then the report's totals: a row "Summa" (schedule, attendance, absence) and one row
 * "Summa" per absence reason with time. `habilitation` adds a column classifying each day.
 */
export function reportsCsv(reports: readonly ExportReport[], { habilitation = false } = {}): string {
  const rows: CsvValue[][] = [[...CSV_HEADER, ...(habilitation ? [HABILITATION_HEADER] : [])]];
  for (const report of reports) {
    const lead = [report.organization.name, report.participantName, report.placementTitle, report.month];
    for (const day of listedDays(report)) {
      const absent = day.attendedMinutes === null ? null : Math.max(0, day.scheduledMinutes - day.attendedMinutes);
      rows.push([
        ...lead,
        day.date,
        weekdayLabel(day.weekday),
        hoursNumber(day.scheduledMinutes),
        day.attendedMinutes === null ? null : hoursNumber(day.attendedMinutes),
        absent === null ? null : hoursNumber(absent),
        absenceLabel(day.absenceReason),
        day.note,
        ...(habilitation ? [day.habilitation ? HABILITATION_LABELS[day.habilitation as HabilitationClass] : ""] : []),
      ]);
    }
    const t = report.totals;
    rows.push([...lead, "Summa", "", hoursNumber(t.scheduledMinutes), hoursNumber(t.attendedMinutes), hoursNumber(t.absentMinutes), "", `Närvaro ${rateText(t.attendanceRate)}`, ...(habilitation ? [""] : [])]);
    for (const a of t.absences.filter((a) => a.minutes > 0)) {
      rows.push([...lead, "Summa", "", null, null, hoursNumber(a.minutes), absenceLabel(a.reason), "", ...(habilitation ? [""] : [])]);
    }
  }
  return writeExcelCsv(rows);
}

/** An A4 PDF: each report on its own page(s), with the day table, totals, the comment, the arbetsplan and signatures. */
export async function reportsPdf(reports: readonly ExportReport[], { title }: { title: string }): Promise<Buffer> {
  // pdfkit (~8 MB loaded) comes with the first export, not with every start of the server (docs/decisions/0025).
  const { default: PDFDocument } = await import("pdfkit");
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: title, Author: "Stegvis" }, lang: "sv-SE" } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  reports.forEach((report, i) => {
    if (i > 0) doc.addPage();
    reportPages(doc, report);
  });
  if (reports.length === 0) doc.font("Helvetica").fontSize(12).text("Inga rapporter för månaden.");
  doc.end();
  return done;
}

const COLUMNS = [
  { label: "Datum", width: 70 },
  { label: "Dag", width: 55 },
  { label: "Schema", width: 50 },
  { label: "Närvaro", width: 50 },
  { label: "Frånvaro", width: 50 },
  { label: "Orsak", width: 100 },
  { label: "Anteckning", width: 120 },
];

function reportPages(doc: PDFKit.PDFDocument, report: ExportReport): void {
  const left = doc.page.margins.left;
  doc.font("Helvetica-Bold").fontSize(16).text(`Månadsrapport närvaro, ${monthText(report.month)}`);
  doc.moveDown(0.5);
  doc.font("Helvetica").fontSize(10);
  for (const [label, value] of [
    ["Organisation", report.organization.name],
    ["Deltagare", report.participantName],
    ["Plats", report.placementTitle],
    ["Månad", monthText(report.month)],
    ["Status", STATUS[report.status] ?? report.status],
  ] as const) {
    doc.font("Helvetica-Bold").text(`${label}: `, { continued: true }).font("Helvetica").text(value);
  }
  const latest = report.versions[report.versions.length - 1];
  if (latest) {
    doc.text(`Version ${latest.version}, inskickad ${formatMomentDate(latest.createdAt)} av ${latest.authorName}${latest.reviewedAt && latest.reviewer ? `, granskad ${formatMomentDate(latest.reviewedAt)} av ${latest.reviewer.name}` : ""}.`);
  }
  doc.moveDown();

  // the day table
  const row = (cells: string[], bold = false) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 20) doc.addPage();
    const y = doc.y;
    let x = left;
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
    let height = 0;
    cells.forEach((cell, i) => {
      doc.text(cell, x, y, { width: COLUMNS[i]!.width - 4 });
      height = Math.max(height, doc.y - y);
      x += COLUMNS[i]!.width;
    });
    doc.x = left;
    doc.y = y + height + 2;
  };
  row(COLUMNS.map((c) => c.label), true);
  for (const day of listedDays(report)) {
    const absent = day.attendedMinutes === null ? "" : hoursText(Math.max(0, day.scheduledMinutes - day.attendedMinutes));
    row([
      day.date,
      weekdayLabel(day.weekday),
      hoursText(day.scheduledMinutes),
      day.attendedMinutes === null ? "saknas" : hoursText(day.attendedMinutes),
      absent,
      absenceLabel(day.absenceReason) || (day.holiday ?? ""),
      day.note,
    ]);
  }
  doc.moveDown();

  doc.x = left;
  doc.font("Helvetica-Bold").fontSize(12).text("Summor (timmar)");
  doc.font("Helvetica").fontSize(10);
  for (const total of printedTotals(report)) doc.text(`${total.label}: ${total.hours}`);
  doc.text(`Närvaro i procent: ${rateText(report.totals.attendanceRate)}`);
  doc.moveDown();

  doc.font("Helvetica-Bold").fontSize(12).text("Kommentar om arbetsplanen");
  doc.font("Helvetica").fontSize(10).text(report.comment || "Ingen kommentar.");
  doc.moveDown(0.5);
  doc.font("Helvetica-Bold").text("Arbetsplanens mål: ", { continued: true }).font("Helvetica").text(report.assignment.workPlanGoals || "–");
  doc.font("Helvetica-Bold").text("Frågor att besvara: ", { continued: true }).font("Helvetica").text(report.assignment.workPlanQuestions || "–");
  doc.moveDown(2);

  if (doc.y > doc.page.height - doc.page.margins.bottom - 110) doc.addPage();
  const y = doc.y;
  const half = (doc.page.width - doc.page.margins.left - doc.page.margins.right) / 2;
  for (const [i, side] of ["För organisationen", "För jobbcoachen / kommunen"].entries()) {
    const x = left + i * half;
    doc.font("Helvetica-Bold").fontSize(10).text(side, x, y, { width: half - 20 });
    doc.font("Helvetica").text("Underskrift:", x, y + 30);
    doc.moveTo(x + 60, y + 40).lineTo(x + half - 20, y + 40).stroke();
    doc.text("Namnförtydligande:", x, y + 55);
    doc.moveTo(x + 95, y + 65).lineTo(x + half - 20, y + 65).stroke();
    doc.text("Datum:", x, y + 80);
    doc.moveTo(x + 40, y + 90).lineTo(x + half - 20, y + 90).stroke();
  }
  doc.x = left;
  doc.y = y + 110;
  doc.fontSize(8).text(`Utskriven ${formatMomentDate(new Date())} från Stegvis.`);
}

/** An ascii-only file name: "narvaro-kooperativet-steget-2026-11.csv". */
export function exportFileName(parts: readonly string[], extension: "csv" | "pdf"): string {
  const slug = parts
    .join("-")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `narvaro-${slug || "rapport"}.${extension}`;
}
