// /organisationer/:id: an organisation's public profile: what it is, where, which kind, and its published placements.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorPage } from "../components/error-page.tsx";
import { PLACEMENT_CARD, PlacementCard } from "../components/placement-card.tsx";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.organization.name ?? "Organisation"} – Stegvis` }];

const ORGANIZATION = graphql(`
  query PublicOrganization($id: ID!) {
    organization(id: $id) {
      id name kind description address website
      kommun { name }
      placements {
        status ...PlacementCardFields
      }
    }
  }
`, [PLACEMENT_CARD]);

const organizationKindLabel: Record<string, string> = {
  COMPANY: "Företag",
  SOCIAL_ENTERPRISE: "Arbetsintegrerande socialt företag",
  ASSOCIATION: "Förening",
  PUBLIC: "Kommunal verksamhet",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await queryGraphQL(request, ORGANIZATION, { id: params.id! });
  if (!organization) throw new Response("Organisationen finns inte.", { status: 404 });
  // The public profile shows what the public sees, also to the organisation's own members.
  return { organization: { ...organization, placements: organization.placements.filter((p) => p.status === "PUBLISHED") } };
}

export default function OrganizationProfile() {
  const { organization: o } = useLoaderData<typeof loader>();
  return (
    <section className="organization-profile">
      <p className="breadcrumb">
        <a href="/platser">Alla lediga platser</a>
      </p>
      <h1>{o.name}</h1>
      <p className="kind">{organizationKindLabel[o.kind] ?? o.kind}</p>
      {o.description && <p className="easy-read">{o.description}</p>}
      <dl className="facts-list">
        <dt>Var</dt>
        <dd>{o.address ? `${o.address}, ${o.kommun.name} kommun` : `${o.kommun.name} kommun`}</dd>
        {o.website && (
          <>
            <dt>Webbplats</dt>
            <dd>
              <a href={o.website} rel="noopener noreferrer">
                {o.website.replace(/^https?:\/\//, "")}
              </a>
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="org-placements">
        <h2 id="org-placements">Lediga platser hos oss ({o.placements.length})</h2>
        {o.placements.length === 0 ? (
          <p>Det finns inga publicerade platser här just nu.</p>
        ) : (
          <div className="placement-grid">
            {o.placements.map((placement) => (
              <PlacementCard key={placement.id} placement={placement} />
            ))}
          </div>
        )}
      </section>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage texts={{ notFound: { heading: "Organisationen finns inte", text: "Kontrollera adressen.", link: { href: "/platser", label: "Till alla lediga platser" } } }} />;
}
