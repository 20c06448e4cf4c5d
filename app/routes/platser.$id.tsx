// /platser/:id: one placement for anyone: what, where (in words, no map), when, and its pictures.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorPage } from "../components/error-page.tsx";
import { AdaptationList, OccupationCardList, formatHours, freeSpotsText, kindLabel } from "../components/placement-card.tsx";
import { placementStatusLabel } from "../components/status.tsx";
import { timeFromMinutes } from "../../graphql/validation/placement.ts";
import { formatDate } from "../../lib/dates.ts";
import { WEEKDAYS, weekdayName } from "../../lib/weekdays.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.placement.title ?? "Plats"} – Stegvis` }];

const PLACEMENT = graphql(`
  query PublicPlacement($id: ID!) {
    placement(id: $id) {
      id title kind status description tasks requirements address weekdays earliestStartMinute latestEndMinute
      hoursPerDayMin hoursPerDayMax startDate endDate capacity freeSpots mentorName publishedAt viewerCanEdit
      kommun { name }
      organization { id name kind }
      occupationCards { id title }
      adaptations { code label }
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { placement } = await queryGraphQL(request, PLACEMENT, { id: params.id! });
  if (!placement) throw new Response("Platsen finns inte.", { status: 404 });
  return { placement };
}

/** "måndag till fredag" for a run of days, otherwise "måndag, onsdag och fredag". */
function weekdaysText(days: string[]): string {
  const sorted = WEEKDAYS.filter((day) => days.includes(day));
  if (sorted.length === 0) return "Dagar bestäms tillsammans";
  const first = WEEKDAYS.indexOf(sorted[0]);
  const isRun = sorted.length > 2 && sorted.every((day, i) => WEEKDAYS.indexOf(day) === first + i);
  const names = sorted.map(weekdayName);
  const text = isRun ? `${names[0]} till ${names[names.length - 1]}` : names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} och ${names[names.length - 1]}`;
  return text[0].toUpperCase() + text.slice(1);
}

export default function PlacementPage() {
  const { placement: p } = useLoaderData<typeof loader>();
  return (
    <article className="placement-detail" aria-labelledby="placement-title">
      <p className="breadcrumb">
        <a href="/platser">Alla lediga platser</a>
      </p>
      <p className="kind">{kindLabel[p.kind]}</p>
      <h1 id="placement-title">{p.title}</h1>
      {p.status !== "PUBLISHED" && <p className="notice">Platsen är inte publicerad ({placementStatusLabel[p.status]}). Bara ni ser den.</p>}
      <p className="where">
        Hos <a href={`/organisationer/${p.organization.id}`}>{p.organization.name}</a>
      </p>
      {p.viewerCanEdit && (
        <p>
          <a href={`/organisation/platser/${p.id}`}>Ändra platsen</a>
        </p>
      )}

      {p.occupationCards.length > 0 && (
        <section aria-labelledby="cards-heading">
          <h2 id="cards-heading">Det här arbetet</h2>
          <OccupationCardList cards={p.occupationCards} size={96} />
        </section>
      )}

      <section aria-labelledby="about-heading">
        <h2 id="about-heading">Om platsen</h2>
        <p className="easy-read">{p.description}</p>
        {p.tasks.length > 0 && (
          <>
            <h3>Det här gör du</h3>
            <ul>
              {p.tasks.map((task) => (
                <li key={task}>{task}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="when-heading">
        <h2 id="when-heading">När och var</h2>
        <dl className="facts-list">
          <dt>Var</dt>
          <dd>{p.address ? `${p.address}, ${p.kommun.name} kommun` : `${p.kommun.name} kommun`}</dd>
          <dt>Dagar</dt>
          <dd>{weekdaysText(p.weekdays)}</dd>
          <dt>Tider</dt>
          <dd>
            Mellan {timeFromMinutes(p.earliestStartMinute)} och {timeFromMinutes(p.latestEndMinute)}, {formatHours(p.hoursPerDayMin, p.hoursPerDayMax)}
          </dd>
          <dt>Start</dt>
          <dd>{p.startDate ? formatDate(p.startDate) : "När vi kommer överens"}</dd>
          <dt>Slut</dt>
          <dd>{p.endDate ? formatDate(p.endDate) : "Tills vidare"}</dd>
          <dt>Lediga platser</dt>
          <dd>
            {freeSpotsText(p.freeSpots)} (av {p.capacity})
          </dd>
          {p.mentorName && (
            <>
              <dt>Handledare på plats</dt>
              <dd>{p.mentorName}</dd>
            </>
          )}
        </dl>
      </section>

      {p.adaptations.length > 0 && (
        <section aria-labelledby="adaptations-heading">
          <h2 id="adaptations-heading">Anpassningar som finns här</h2>
          <AdaptationList adaptations={p.adaptations} size={48} />
        </section>
      )}

      {p.requirements && (
        <section aria-labelledby="requirements-heading">
          <h2 id="requirements-heading">Bra att veta</h2>
          <p>{p.requirements}</p>
        </section>
      )}

      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading">Vill du prova?</h2>
        <p>Prata med din jobbcoach eller handledare. De hjälper dig att kontakta arbetsplatsen.</p>
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPage texts={{ notFound: { heading: "Platsen finns inte", text: "Platsen kan vara borttagen eller stängd.", link: { href: "/platser", label: "Till alla lediga platser" } } }} />;
}
