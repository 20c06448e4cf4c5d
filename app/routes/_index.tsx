import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PLACEMENT_CARD, PlacementCard } from "../components/placement-card.tsx";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL } from "../utils/graphql.server.ts";

const HOME_QUERY = graphql(`
  query Home {
    placements(first: 24) {
      totalCount
      edges {
        node { ...PlacementCardFields }
      }
    }
  }
`, [PLACEMENT_CARD]);

export async function loader({ request }: LoaderFunctionArgs) {
  const { placements } = await queryGraphQL(request, HOME_QUERY);
  return { totalCount: placements.totalCount, placements: placements.edges.map((edge) => edge.node) };
}

export default function Home() {
  const { totalCount, placements } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="intro">
        <h1>Hitta en plats för arbetsträning eller praktik</h1>
        <p>
          Här finns platser hos företag, sociala företag och föreningar. Du kan prova på ett arbete i din egen takt, med
          det stöd du behöver.
        </p>
      </section>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Lediga platser ({totalCount})</h2>
        {placements.length === 0 ? (
          <p>Det finns inga publicerade platser just nu.</p>
        ) : (
          <div className="placement-grid">
            {placements.map((placement) => (
              <PlacementCard key={placement.id} placement={placement} />
            ))}
          </div>
        )}
      </section>
    </>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
