/** The pictures of Mina steg: a ladder per area and a small picture per day, drawn like the pictograms. */

/** A ladder of ten rungs; the rungs up to `rating` are filled, and an earlier step is marked with a ring. */
export function Ladder({ rating, previous, label }: { rating: number | null; previous: number | null; label: string }) {
  const rungY = (step: number) => 196 - step * 18;
  return (
    <svg viewBox="0 0 120 210" width={120} height={210} role="img" aria-label={label}>
      <line x1={30} y1={8} x2={30} y2={202} stroke="currentColor" strokeWidth={4} strokeLinecap="round" />
      <line x1={90} y1={8} x2={90} y2={202} stroke="currentColor" strokeWidth={4} strokeLinecap="round" />
      {Array.from({ length: 10 }, (_, i) => i + 1).map((step) => (
        <g key={step}>
          <rect x={32} y={rungY(step) - 5} width={56} height={10} rx={3} fill={rating !== null && step <= rating ? "#1d5f8a" : "#fff"} stroke="currentColor" strokeWidth={2} />
          <text x={104} y={rungY(step) + 5} fontSize={13} fill="currentColor">
            {step}
          </text>
        </g>
      ))}
      {previous !== null && <circle cx={16} cy={rungY(previous)} r={7} fill="none" stroke="#8a4b00" strokeWidth={3} />}
    </svg>
  );
}

/** One day: a filled sun (worked), half (part of the day), a house (away), a question (not reported), empty (to come). */
export function DayPicture({ status }: { status: string }) {
  const common = { width: 40, height: 40, viewBox: "0 0 64 64", fill: "none", stroke: "currentColor", strokeWidth: 3, "aria-hidden": true } as const;
  switch (status) {
    case "WORKED":
      return (
        <svg {...common}>
          <circle cx={32} cy={32} r={22} fill="#2e6b2e" stroke="#2e6b2e" />
          <path d="M21 33l8 8 15-17" stroke="#fff" strokeWidth={5} strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case "PARTLY":
      return (
        <svg {...common}>
          <circle cx={32} cy={32} r={22} />
          <path d="M32 10a22 22 0 0 1 0 44Z" fill="#2e6b2e" stroke="none" />
        </svg>
      );
    case "AWAY":
      return (
        <svg {...common}>
          <path d="M12 32L32 14l20 18M18 28v22h28V28" strokeLinejoin="round" />
        </svg>
      );
    case "NOT_REPORTED":
      return (
        <svg {...common}>
          <circle cx={32} cy={32} r={22} strokeDasharray="4 5" />
          <path d="M26 26a6 6 0 1 1 8 6c-2 1-2 3-2 5M32 44v1" strokeLinecap="round" />
        </svg>
      );
    case "UPCOMING":
      return (
        <svg {...common}>
          <circle cx={32} cy={32} r={22} />
        </svg>
      );
    default:
      return (
        <svg {...common}>
          <circle cx={32} cy={32} r={3} fill="currentColor" stroke="none" />
        </svg>
      );
  }
}

export const dayWords: Record<string, string> = {
  WORKED: "Jobbade",
  PARTLY: "Jobbade en del av dagen",
  AWAY: "Var borta",
  NOT_REPORTED: "Inte skrivet än",
  UPCOMING: "Ska jobba",
  FREE: "Ledig",
};
