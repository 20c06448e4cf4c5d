import { graphql, type ResultOf } from "../utils/graphql.ts";
import { AdaptationPictogram, OccupationCardPictogram } from "./pictograms/pictogram.tsx";
import { pluralWord } from "../../lib/plural.ts";

/** What a placement card shows: routes spread this fragment wherever they list placements. */
export const PLACEMENT_CARD = graphql(`
  fragment PlacementCardFields on Placement {
    id title kind hoursPerDayMin hoursPerDayMax freeSpots
    kommun { name } organization { name } occupationCards { id title } adaptations { code label }
  }
`);

export type PlacementCardData = ResultOf<typeof PLACEMENT_CARD>;

export const kindLabel = { WORK_TRAINING: "Arbetsträning", INTERNSHIP: "Praktik" } as const;

const hours = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 });

export function formatHours(min: number, max: number): string {
  return min === max ? `${hours.format(min)} ${pluralWord(min, "timme", "timmar")} om dagen` : `${hours.format(min)}–${hours.format(max)} timmar om dagen`;
}

export function freeSpotsText(freeSpots: number): string {
  return freeSpots === 0 ? "Inga lediga platser just nu" : freeSpots === 1 ? "1 ledig plats" : `${freeSpots} lediga platser`;
}

/** The yrkeskort as pictures with their titles under them. */
export function OccupationCardList({ cards, size = 64 }: { cards: { id: string; title: string }[]; size?: number }) {
  return (
    <ul className="pictogram-list cards">
      {cards.map((card) => (
        <li key={card.id}>
          <OccupationCardPictogram cardId={card.id} decorative size={size} />
          <span>{card.title}</span>
        </li>
      ))}
    </ul>
  );
}

/** The adaptations as pictograms with their labels beside them. */
export function AdaptationList({ adaptations, size = 32 }: { adaptations: { code: string; label: string }[]; size?: number }) {
  return (
    <ul className="pictogram-list adaptations">
      {adaptations.map((adaptation) => (
        <li key={adaptation.code}>
          <AdaptationPictogram code={adaptation.code} decorative size={size} />
          <span>{adaptation.label}</span>
        </li>
      ))}
    </ul>
  );
}

export function PlacementCard({ placement, headingLevel = 3 }: { placement: PlacementCardData; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="placement-card" aria-labelledby={`placement-${placement.id}`}>
      <p className="kind">{kindLabel[placement.kind]}</p>
      <Heading id={`placement-${placement.id}`}>
        <a href={`/platser/${placement.id}`}>{placement.title}</a>
      </Heading>
      <p className="where">
        {placement.organization.name}, {placement.kommun.name}
      </p>
      {placement.occupationCards.length > 0 && <OccupationCardList cards={placement.occupationCards.slice(0, 2)} size={56} />}
      <ul className="facts">
        <li>{formatHours(placement.hoursPerDayMin, placement.hoursPerDayMax)}</li>
        <li>{freeSpotsText(placement.freeSpots)}</li>
      </ul>
      {placement.adaptations.length > 0 && (
        <div className="adaptations">
          <p className="label">Anpassningar:</p>
          <AdaptationList adaptations={placement.adaptations} size={28} />
        </div>
      )}
    </article>
  );
}
