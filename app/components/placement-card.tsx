export interface PlacementCardData {
  id: string;
  title: string;
  kind: "WORK_TRAINING" | "INTERNSHIP";
  hoursPerDayMin: number;
  hoursPerDayMax: number;
  freeSpots: number;
  kommun: { name: string };
  organization: { name: string };
  occupationCards: { id: string; title: string }[];
  adaptations: { code: string; label: string }[];
}

export const kindLabel = { WORK_TRAINING: "Arbetsträning", INTERNSHIP: "Praktik" } as const;

const hours = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 });

export function formatHours(min: number, max: number): string {
  return min === max ? `${hours.format(min)} timmar om dagen` : `${hours.format(min)}–${hours.format(max)} timmar om dagen`;
}

export function PlacementCard({ placement }: { placement: PlacementCardData }) {
  return (
    <article className="placement-card" aria-labelledby={`placement-${placement.id}`}>
      <p className="kind">{kindLabel[placement.kind]}</p>
      <h3 id={`placement-${placement.id}`}>{placement.title}</h3>
      <p className="where">
        {placement.organization.name}, {placement.kommun.name}
      </p>
      <ul className="facts">
        <li>{formatHours(placement.hoursPerDayMin, placement.hoursPerDayMax)}</li>
        <li>{placement.freeSpots === 0 ? "Inga lediga platser just nu" : `${placement.freeSpots} lediga platser`}</li>
      </ul>
      {placement.adaptations.length > 0 && (
        <p className="adaptations">
          <span className="label">Anpassningar: </span>
          {placement.adaptations.map((a) => a.label).join(", ")}
        </p>
      )}
    </article>
  );
}
