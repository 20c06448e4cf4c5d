// /statistik?fran=yyyy-mm&till=yyyy-mm: outcomes, time to placement, attendance, step change, answer times and
// placements for a period, for administrators (everyone) and coaches (their own caseload). Every figure comes from
// Query.statistics, suppressed there; this page only lays the tables out and draws two of them.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import statisticsStyles from "../components/statistics/statistics.css";
import { BarChart } from "../components/statistics/bar-chart.tsx";
import { StatisticsTable, type TableData } from "../components/statistics/statistics-table.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { loadStatistics, periodParams } from "../utils/statistics.server.ts";

export const meta: MetaFunction = () => [{ title: "Statistik – Stegvis" }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: statisticsStyles }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request);
  const result = await loadStatistics(request, context);
  return { ...result, asked: periodParams(request) };
}

/** The outcome table's total row as bars: one per outcome, the grand total left out. */
function outcomeBars(table: TableData) {
  const total = table.rows.find((row) => row.isTotal);
  return table.columns.slice(0, -1).map((label, c) => ({ label, cell: total?.cells[c] ?? { value: 0, suppressed: false } }));
}

/** Attendance per month as bars, and the same figures as their own small table. */
function attendanceChartTable(table: TableData): { bars: { label: string; cell: { value: number | null; suppressed: boolean } }[]; table: TableData } {
  const months = table.rows.filter((row) => !row.isTotal);
  return {
    bars: months.map((row) => ({ label: row.label, cell: row.cells[0]! })),
    table: { ...table, key: `${table.key}-chart`, columns: [table.columns[0]!], rows: months.map((row) => ({ ...row, cells: [row.cells[0]!] })) },
  };
}

function outcomeChartTable(table: TableData): TableData {
  const bars = outcomeBars(table);
  return { key: `${table.key}-chart`, title: table.title, rowHeader: "Utfall", columns: ["Antal personer"], rows: bars.map((bar) => ({ label: bar.label, isTotal: false, cells: [bar.cell] })) };
}

function PeriodForm({ from, to, errors }: { from: string; to: string; errors: { from?: string; to?: string } | null }) {
  const field = (name: "fran" | "till", key: "from" | "to", label: string, value: string) => {
    const error = errors?.[key];
    return (
      <div className="field">
        <label htmlFor={name}>{label}</label>
        <p id={`${name}-hint`} className="hint">
          År och månad, till exempel 2026-01
        </p>
        <input
          id={name}
          name={name}
          defaultValue={value}
          inputMode="numeric"
          autoComplete="off"
          aria-describedby={error ? `${name}-hint ${name}-error` : `${name}-hint`}
          aria-invalid={error ? true : undefined}
        />
        {error ? (
          <p id={`${name}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <form method="get" className="stat-period" aria-label="Välj period">
      {field("fran", "from", "Från månad", from)}
      {field("till", "to", "Till och med månad", to)}
      <button type="submit" className="button">Visa statistik</button>
    </form>
  );
}

export default function Statistics() {
  const { statistics, errors, asked } = useLoaderData<typeof loader>();
  if (!statistics) {
    return (
      <section>
        <h1>Statistik</h1>
        <PeriodForm from={asked.from ?? ""} to={asked.to ?? ""} errors={errors} />
      </section>
    );
  }
  const tables = statistics.tables as TableData[];
  const byKey = (key: string) => tables.find((table) => table.key === key)!;
  const outcomes = byKey("outcomesByOrganization");
  const attendance = attendanceChartTable(byKey("attendanceByMonth"));
  const csv = `/statistik.csv?${new URLSearchParams({ fran: statistics.from, till: statistics.to })}`;
  return (
    <section>
      <h1>Statistik</h1>
      <p>
        {statistics.scope === "ALL" ? "Alla deltagare" : "Dina egna deltagare"}, {statistics.from} till och med {statistics.to}.
      </p>
      <PeriodForm from={statistics.from} to={statistics.to} errors={null} />
      <p className="stat-legend">
        <strong>&lt; 5</strong> betyder att siffran är dold. Den bygger på färre än 5 personer, eller är dold för att en liten
        siffra annars kunde räknas fram ur summorna. Så kan ingen person pekas ut.
      </p>
      <p>
        <a href={csv} download>
          Ladda ner all statistik som CSV (för Excel)
        </a>
      </p>

      <section className="stat-section" aria-labelledby="chart-outcomes">
        <h2 id="chart-outcomes">Vart deltagarna gick vidare</h2>
        <div className="stat-pair">
          <BarChart title="Utfall under perioden" description="Antal personer per utfall, alla organisationer." unit="" bars={outcomeBars(outcomes)} />
          <StatisticsTable table={outcomeChartTable(outcomes)} caption="Utfall under perioden, antal personer" />
        </div>
      </section>

      <section className="stat-section" aria-labelledby="chart-attendance">
        <h2 id="chart-attendance">Närvaro månad för månad</h2>
        <div className="stat-pair">
          <BarChart title="Närvaro per månad" description="Närvaro i procent av schemalagd tid, från godkända månadsrapporter." unit="%" bars={attendance.bars} max={100} />
          <StatisticsTable table={attendance.table} caption="Närvaro per månad, procent" />
        </div>
      </section>

      {tables.map((table) => (
        <section key={table.key} className="stat-section" aria-labelledby={`heading-${table.key}`}>
          <h2 id={`heading-${table.key}`}>{table.title}</h2>
          <p>{(table as TableData & { description: string }).description}</p>
          {table.rows.length > 1 || table.rows[0]?.isTotal === false ? <StatisticsTable table={table} /> : <p>Inget att visa för perioden.</p>}
        </section>
      ))}
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
