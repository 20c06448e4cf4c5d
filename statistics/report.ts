/**
 * The published statistics: raw figures (statistics/queries.ts) turned into tables with every count and measure
 * passed through the suppression rule (statistics/suppression.ts). The page, the CSV export and the API all read
 * these tables, so they show the same numbers. Server-only (it runs the queries).
 */
import type { Db } from "../prisma/db.ts";
import type { Period } from "./period.ts";
import { periodMonths } from "./period.ts";
import { OUTCOMES, rawStatistics, STEP_BUCKETS, type OutcomeCode, type ParticipantGroup, type RawStatistics, type StatisticsScope } from "./queries.ts";
import { publishMeasure, suppressTable, type PublishedCount } from "./suppression.ts";

export const OUTCOME_LABELS: Record<OutcomeCode, string> = {
  JOB: "Arbete",
  JOB_WITH_SUPPORT: "Arbete med stöd",
  STUDIES: "Studier",
  OTHER_SUPPORT: "Annat stöd",
  ENDED: "Avslutat",
};

export type TableKey =
  | "outcomesByOrganization"
  | "outcomesByKommun"
  | "participantsByOrganization"
  | "participantsByKommun"
  | "durations"
  | "attendanceByMonth"
  | "attendanceByOrganization"
  | "stepChanges"
  | "answerTimes"
  | "placements";

export interface StatisticsRow {
  label: string;
  cells: PublishedCount[];
  /** The table's total row. */
  isTotal: boolean;
}

export interface StatisticsTable {
  key: TableKey;
  title: string;
  /** One sentence on what is counted, for the page and the API's clients. */
  description: string;
  /** The header of the label column, e.g. "Organisation". */
  rowHeader: string;
  columns: string[];
  rows: StatisticsRow[];
}

export interface PublishedStatistics {
  period: Period;
  /** ALL for administrators, CASELOAD for a coach's own participants. */
  scope: "ALL" | "CASELOAD";
  tables: StatisticsTable[];
}

const WITHOUT_PLACEMENT = "Ingen plats ännu";
const TOTAL = "Totalt";

export async function publishedStatistics(db: Db, period: Period, scope: StatisticsScope): Promise<PublishedStatistics> {
  return publish(period, scope, await rawStatistics(db, period, scope));
}

/** Pure: raw figures in, suppressed tables out. */
export function publish(period: Period, scope: StatisticsScope, raw: RawStatistics): PublishedStatistics {
  const byOrganization = raw.groups.filter((g) => g.dimension === "organization");
  const byKommun = raw.groups.filter((g) => g.dimension === "kommun");
  const tables: StatisticsTable[] = [
    outcomeTable("outcomesByOrganization", "Utfall per organisation", "Organisation", byOrganization),
    outcomeTable("outcomesByKommun", "Utfall per kommun", "Kommun", byKommun),
    participantTable("participantsByOrganization", "Deltagare per organisation", "Organisation", byOrganization),
    participantTable("participantsByKommun", "Deltagare per kommun", "Kommun", byKommun),
    durationTable(raw),
    attendanceByMonthTable(period, raw),
    attendanceByOrganizationTable(raw),
    stepChangeTable(raw),
    answerTimeTable(raw),
  ];
  if (raw.placements) tables.push(placementTable(raw));
  return { period, scope: scope.coachId === null ? "ALL" : "CASELOAD", tables };
}

function labelOf(group: ParticipantGroup): string {
  return group.label ?? WITHOUT_PLACEMENT;
}

/** A count table: rows, their totals and a total row, all through suppressTable. */
function countRows(labels: string[], counts: number[][], columns: number, rowTotals: boolean): StatisticsRow[] {
  const published = suppressTable(counts, { rowTotals, columnTotals: true }, columns);
  const rows = labels.map((label, r) => ({
    label,
    cells: rowTotals ? [...published.cells[r]!, published.rowTotals![r]!] : published.cells[r]!,
    isTotal: false,
  }));
  const total = rowTotals ? [...published.columnTotals!, published.grandTotal!] : published.columnTotals!;
  return [...rows, { label: TOTAL, cells: total, isTotal: true }];
}

function outcomeTable(key: TableKey, title: string, rowHeader: string, groups: ParticipantGroup[]): StatisticsTable {
  const withOutcome = groups.filter((g) => OUTCOMES.some((code) => g.outcomes[code] > 0));
  return {
    key,
    title,
    description: "Deltagare vars tid hos oss slutade under perioden, efter vart de gick vidare.",
    rowHeader,
    columns: [...OUTCOMES.map((code) => OUTCOME_LABELS[code]), TOTAL],
    rows: countRows(
      withOutcome.map(labelOf),
      withOutcome.map((g) => OUTCOMES.map((code) => g.outcomes[code])),
      OUTCOMES.length,
      true,
    ),
  };
}

function participantTable(key: TableKey, title: string, rowHeader: string, groups: ParticipantGroup[]): StatisticsTable {
  const placed = groups.filter((g) => g.started + g.active > 0);
  return {
    key,
    title,
    description: "Påbörjade: första placeringen började under perioden. Aktiva: hade en placering någon gång under perioden.",
    rowHeader,
    columns: ["Påbörjade", "Aktiva"],
    rows: countRows(placed.map(labelOf), placed.map((g) => [g.started, g.active]), 2, false),
  };
}

function durationTable(raw: RawStatistics): StatisticsTable {
  const row = (label: string, figure: RawStatistics["toPlacement"]): StatisticsRow => ({
    label,
    cells: [publishMeasure(roundTo(figure.medianDays, 1), figure.people), publishMeasure(figure.people, figure.people)],
    isTotal: false,
  });
  return {
    key: "durations",
    title: "Tid till plats och till utfall",
    description: "Median i dagar: från första förslaget till första placeringen, och från första placeringen till utfallet.",
    rowHeader: "Sträcka",
    columns: ["Median (dagar)", "Antal personer"],
    rows: [row("Från första förslag till plats", raw.toPlacement), row("Från plats till utfall", raw.toOutcome)],
  };
}

function rate(figure: { attendedMinutes: number; scheduledMinutes: number }): number | null {
  return figure.scheduledMinutes > 0 ? roundTo((100 * figure.attendedMinutes) / figure.scheduledMinutes, 1) : null;
}

function attendanceByMonthTable(period: Period, raw: RawStatistics): StatisticsTable {
  const byMonth = new Map(raw.attendance.filter((a) => a.dimension === "month").map((a) => [a.key!, a]));
  const total = raw.attendance.find((a) => a.dimension === "total");
  // Months hold the same people, so they do not add up: each month's rate and count stand alone (hidden under 5).
  const rowOf = (label: string, figure: { attendedMinutes: number; scheduledMinutes: number; people: number } | undefined, isTotal: boolean): StatisticsRow => ({
    label,
    cells: [publishMeasure(figure ? rate(figure) : null, figure?.people ?? 0), publishMeasure(figure?.people ?? 0, figure?.people ?? 0)],
    isTotal,
  });
  return {
    key: "attendanceByMonth",
    title: "Närvaro per månad",
    description: "Närvarotid delat med schemalagd tid, från godkända månadsrapporter.",
    rowHeader: "Månad",
    columns: ["Närvaro (%)", "Antal personer"],
    rows: [...periodMonths(period).map((month) => rowOf(month, byMonth.get(month), false)), rowOf("Hela perioden", total, true)],
  };
}

function attendanceByOrganizationTable(raw: RawStatistics): StatisticsTable {
  const organizations = raw.attendance.filter((a) => a.dimension === "organization");
  const total = raw.attendance.find((a) => a.dimension === "total");
  // People per organisation add up (nearly: someone placed at two organisations counts in both) to the total, so the
  // counts go through the table rule; each rate is hidden exactly when its group has fewer than 5 people.
  const people = countRows(
    organizations.map((o) => o.label ?? ""),
    organizations.map((o) => [o.people]),
    1,
    false,
  );
  const rates = [...organizations, total].map((figure) => publishMeasure(figure ? rate(figure) : null, figure?.people ?? 0));
  return {
    key: "attendanceByOrganization",
    title: "Närvaro per organisation",
    description: "Närvarotid delat med schemalagd tid under perioden, från godkända månadsrapporter.",
    rowHeader: "Organisation",
    columns: ["Närvaro (%)", "Antal personer"],
    rows: people.map((row, r) => ({ ...row, cells: [rates[r]!, row.cells[0]!] })),
  };
}

const BUCKET_LABELS = ["Sämre, 2 steg eller mer", "Sämre, 1 steg", "Samma", "Bättre, 1 steg", "Bättre, 2 steg", "Bättre, 3 steg eller mer"];

function stepChangeTable(raw: RawStatistics): StatisticsTable {
  // The same person is counted in several areas, so areas do not add up: only each area's own total is published.
  const published = suppressTable(
    raw.stepChanges.map((s) => s.people),
    { rowTotals: true, columnTotals: false },
    STEP_BUCKETS.length,
  );
  return {
    key: "stepChanges",
    title: "Stegförflyttning per område",
    description: "Från första till senaste steget, för deltagare med minst två bedömningar där den senaste gjordes under perioden.",
    rowHeader: "Område",
    columns: [...BUCKET_LABELS, TOTAL],
    rows: raw.stepChanges.map((s, r) => ({ label: s.label, cells: [...published.cells[r]!, published.rowTotals![r]!], isTotal: false })),
  };
}

function answerTimeTable(raw: RawStatistics): StatisticsTable {
  const people = countRows(
    raw.answerTimes.map((a) => a.label),
    raw.answerTimes.map((a) => [a.people]),
    1,
    false,
  );
  const totals = raw.answerTimes.reduce((sum, a) => ({ proposals: sum.proposals + a.proposals, within: sum.within + a.answeredWithin7Days }), { proposals: 0, within: 0 });
  const shareOf = (within: number, proposals: number) => (proposals ? roundTo((100 * within) / proposals, 1) : null);
  const measures = raw.answerTimes.map((a) => [publishMeasure(roundTo(a.medianDays, 1), a.people), publishMeasure(shareOf(a.answeredWithin7Days, a.proposals), a.people)]);
  const everyone = raw.answerTimes.reduce((sum, a) => sum + a.people, 0);
  // The median over everyone is not the median of the medians; the total row shows the share only.
  measures.push([{ value: null, suppressed: false }, publishMeasure(shareOf(totals.within, totals.proposals), everyone)]);
  return {
    key: "answerTimes",
    title: "Organisationernas svarstid på förslag",
    description: "Förslag gjorda under perioden. Svar: organisationen svarade eller förslaget gick vidare. Obesvarade förslag räknas som inte besvarade inom 7 dagar.",
    rowHeader: "Organisation",
    columns: ["Median svarstid (dagar)", "Svar inom 7 dagar (%)", "Föreslagna personer"],
    rows: people.map((row, r) => ({ ...row, cells: [...measures[r]!, row.cells[0]!] })),
  };
}

function placementTable(raw: RawStatistics): StatisticsTable {
  const figures = raw.placements!;
  const open = (value: number): PublishedCount => ({ value, suppressed: false });
  const sum = (pick: (f: (typeof figures)[number]) => number) => figures.reduce((total, f) => total + pick(f), 0);
  // Placements are not people: nothing to suppress.
  return {
    key: "placements",
    title: "Platser",
    description: "Publicerade under perioden; tillsatta (någon började där under perioden); inaktuella (publicerade men inte bekräftade på länge).",
    rowHeader: "Organisation",
    columns: ["Publicerade", "Tillsatta", "Inaktuella"],
    rows: [
      ...figures.map((f) => ({ label: f.label, cells: [open(f.published), open(f.filled), open(f.stale)], isTotal: false })),
      { label: TOTAL, cells: [open(sum((f) => f.published)), open(sum((f) => f.filled)), open(sum((f) => f.stale))], isTotal: true },
    ],
  };
}

function roundTo(value: number | null, decimals: number): number | null {
  if (value === null) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
