import { cellText } from "./format.ts";

export interface TableData {
  key: string;
  title: string;
  rowHeader: string;
  columns: readonly string[];
  rows: readonly { label: string; isTotal: boolean; cells: readonly { value: number | null; suppressed: boolean }[] }[];
}

/**
 * One published table. Wide tables scroll inside their own focusable region, so the page itself never scrolls
 * sideways on a phone. Cells carry data-column for tests that compare a chart with its table.
 */
export function StatisticsTable({ table, caption }: { table: TableData; caption?: string }) {
  const captionId = `${table.key}-caption`;
  return (
    <div className="stat-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="stat-table" data-table={table.key}>
        <caption id={captionId}>{caption ?? table.title}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} className={row.isTotal ? "total" : undefined} data-label={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, c) => (
                <td key={table.columns[c]} data-column={table.columns[c]} className={cell.suppressed ? "suppressed" : undefined}>
                  {cellText(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
