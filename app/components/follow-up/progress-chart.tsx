/**
 * Step ratings over time as an SVG drawn on the server (no canvas, no script): one line per area, 1–10 upwards, the
 * follow-ups' days along. The chart has an accessible name and a short description; the table beside it carries the
 * same numbers, so nothing is told by the picture alone. Each point carries data-area/data-date/data-rating, so a
 * test can read the chart's numbers back.
 */
import { formatDate, formatDayAndMonth } from "../../../lib/dates.ts";

export interface ChartSeries {
  area: string;
  label: string;
  points: { date: string; rating: number }[];
}

/** One point per area and day: when two follow-ups fall on the same day, the later one's step counts. */
export function perDay(series: ChartSeries[]): ChartSeries[] {
  return series.map((s) => ({ ...s, points: [...new Map(s.points.map((p) => [p.date, p])).values()] }));
}

const W = 640;
const H = 300;
const PAD = { left: 40, right: 56, top: 16, bottom: 40 };
/** Distinct by dash and marker, not only by colour. */
const STYLES = [
  { color: "#1d5f8a", dash: "", marker: "circle" },
  { color: "#8a4b00", dash: "6 4", marker: "square" },
  { color: "#2e6b2e", dash: "2 4", marker: "triangle" },
  { color: "#6b2e6b", dash: "10 4 2 4", marker: "circle" },
  { color: "#444", dash: "", marker: "square" },
  { color: "#9b1c1c", dash: "6 4", marker: "triangle" },
  { color: "#0f6f6f", dash: "2 4", marker: "circle" },
] as const;

function Marker({ kind, x, y, color }: { kind: string; x: number; y: number; color: string }) {
  if (kind === "square") return <rect x={x - 4} y={y - 4} width={8} height={8} fill={color} />;
  if (kind === "triangle") return <path d={`M${x} ${y - 5}L${x + 5} ${y + 4}L${x - 5} ${y + 4}Z`} fill={color} />;
  return <circle cx={x} cy={y} r={4.5} fill={color} />;
}

export function ProgressChart({ series, title }: { series: ChartSeries[]; title: string }) {
  const dates = [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort();
  const x = (date: string) => (dates.length < 2 ? PAD.left + (W - PAD.left - PAD.right) / 2 : PAD.left + ((W - PAD.left - PAD.right) * dates.indexOf(date)) / (dates.length - 1));
  const y = (rating: number) => PAD.top + ((H - PAD.top - PAD.bottom) * (10 - rating)) / 9;
  const drawn = series.filter((s) => s.points.length);
  return (
    <figure className="progress-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="progress-chart-title progress-chart-desc" width="100%" preserveAspectRatio="xMinYMin meet">
        <title id="progress-chart-title">{title}</title>
        <desc id="progress-chart-desc">
          Steg från 1 till 10 per område vid varje uppföljning{dates.length ? `, från ${formatDate(dates[0]!)} till ${formatDate(dates.at(-1)!)}` : ""}. Samma siffror finns i tabellen.
        </desc>
        {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((step) => (
          <g key={step}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(step)} y2={y(step)} stroke="#d6dbe0" strokeWidth={1} />
            <text x={PAD.left - 8} y={y(step) + 4} textAnchor="end" fontSize={12} fill="#4a5561">
              {step}
            </text>
          </g>
        ))}
        {dates.map((date) => (
          <text key={date} x={x(date)} y={H - PAD.bottom + 18} textAnchor="middle" fontSize={12} fill="#4a5561">
            {formatDayAndMonth(date)}
          </text>
        ))}
        {drawn.map((s) => {
          const style = STYLES[series.indexOf(s) % STYLES.length]!;
          return (
            <g key={s.area} data-series={s.area}>
              <polyline points={s.points.map((p) => `${x(p.date)},${y(p.rating)}`).join(" ")} fill="none" stroke={style.color} strokeWidth={2.5} strokeDasharray={style.dash || undefined} />
              {s.points.map((p) => (
                <g key={p.date} data-area={s.area} data-date={p.date} data-rating={p.rating}>
                  <Marker kind={style.marker} x={x(p.date)} y={y(p.rating)} color={style.color} />
                </g>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {drawn.map((s) => {
            const style = STYLES[series.indexOf(s) % STYLES.length]!;
            return (
              <li key={s.area}>
                <svg width={36} height={12} aria-hidden="true">
                  <line x1={2} x2={34} y1={6} y2={6} stroke={style.color} strokeWidth={2.5} strokeDasharray={style.dash || undefined} />
                  <Marker kind={style.marker} x={18} y={6} color={style.color} />
                </svg>
                {s.label}
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}

/** The chart's numbers as a table: one row per area, one column per follow-up day. */
export function ProgressTable({ series, caption }: { series: ChartSeries[]; caption: string }) {
  const dates = [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort();
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table progress-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Område</th>
            {dates.map((date) => (
              <th scope="col" key={date} data-date={date}>
                {formatDate(date)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.map((s) => (
            <tr key={s.area} data-area={s.area}>
              <th scope="row">{s.label}</th>
              {dates.map((date) => {
                const point = s.points.find((p) => p.date === date);
                return (
                  <td key={date} data-date={date} data-rating={point?.rating ?? ""}>
                    {point ? point.rating : <span aria-label="inget steg">–</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
