import { useId } from "react";
import { cellText, type Cell } from "./format.ts";

export interface Bar {
  label: string;
  cell: Cell;
}

const WIDTH = 640;
const LABEL_WIDTH = 210;
const VALUE_WIDTH = 70;
const ROW_HEIGHT = 34;
const BAR_HEIGHT = 22;

/**
 * A horizontal bar chart drawn on the server as SVG, beside a table with the same numbers (the table is what screen
 * readers and copy-paste use; the chart is for looking). A hidden figure draws no bar and says "< 5" in place of the
 * number. Bars carry data-label and data-value so a test can compare them with the table.
 */
export function BarChart({ title, description, unit, bars, max }: { title: string; description: string; unit: string; bars: Bar[]; max?: number }) {
  const id = useId();
  const top = Math.max(max ?? 0, ...bars.map((bar) => bar.cell.value ?? 0), 1);
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * ROW_HEIGHT + 8;
  return (
    <figure className="stat-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="stat-chart-svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {bars.map((bar, i) => {
          const y = i * ROW_HEIGHT + 4;
          const length = bar.cell.value === null ? 0 : Math.max(2, (plotWidth * bar.cell.value) / top);
          return (
            <g key={i} data-label={bar.label} data-value={cellText(bar.cell)} className={bar.cell.suppressed ? "bar suppressed" : "bar"}>
              <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2} textAnchor="end" dominantBaseline="middle" className="bar-label">
                {bar.label}
              </text>
              {length > 0 ? <rect x={LABEL_WIDTH} y={y} width={length} height={BAR_HEIGHT} className="bar-fill" /> : null}
              <text x={LABEL_WIDTH + length + 6} y={y + BAR_HEIGHT / 2} dominantBaseline="middle" className="bar-value">
                {cellText(bar.cell)}
                {bar.cell.value !== null && unit ? ` ${unit}` : ""}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
