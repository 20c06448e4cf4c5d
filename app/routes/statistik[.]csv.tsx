// /statistik.csv?fran=yyyy-mm&till=yyyy-mm: every table of /statistik as one CSV for Swedish Excel (lib/csv.ts), one
// figure per line, so a hidden figure is an empty value with "ja" in the Dold column. The same API figures as the page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { writeExcelCsv } from "../../lib/csv.ts";
import { requireUser } from "../utils/auth.server.ts";
import { loadStatistics } from "../utils/statistics.server.ts";

export const CSV_HEADER = ["Period", "Urval", "Tabell", "Rad", "Kolumn", "Värde", "Dold"] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request);
  const { statistics, errors } = await loadStatistics(request, context);
  if (!statistics) throw new Response(Object.values(errors).join(" "), { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  const period = `${statistics.from}–${statistics.to}`;
  const scope = statistics.scope === "ALL" ? "Alla deltagare" : "Egna deltagare";
  const lines = statistics.tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      row.cells.map((cell, c) => [period, scope, table.title, row.label, table.columns[c], cell.suppressed ? null : cell.value, cell.suppressed ? "ja" : "nej"]),
    ),
  );
  const filename = `statistik-${statistics.from}-${statistics.to}.csv`;
  return new Response(writeExcelCsv([[...CSV_HEADER], ...lines]), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" },
  });
}
