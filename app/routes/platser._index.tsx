// /platser: published placements for anyone, with a search box, facets with counts, sorting and pages.
// Everything is in the URL (a GET form), so a search can be shared, bookmarked and used without JavaScript.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { PLACEMENT_CARD, PlacementCard, kindLabel } from "../components/placement-card.tsx";
import { AdaptationPictogram } from "../components/pictograms/pictogram.tsx";
import { KommunPicker } from "../components/kommun-picker.tsx";
import { Options } from "../components/field.tsx";
import { KOMMUN_NAME, KOMMUNER } from "../data/kommuner.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction = () => [{ title: "Lediga platser – Stegvis" }];

const PAGE_SIZE = 12;

const LISTING = graphql(`
  query PublicListing($first: Int, $after: String, $query: String, $filter: PlacementFilter, $sort: PlacementSort, $near: String) {
    placements(first: $first, after: $after, query: $query, filter: $filter, sort: $sort, near: $near) {
      totalCount
      facets {
        kinds { value count }
        kommunCodes { value count }
        adaptationCodes { value count }
        occupationAreas { value count }
      }
      edges {
        node { ...PlacementCardFields }
      }
    }
    adaptations { code label category }
  }
`, [PLACEMENT_CARD]);


const SORTS = { nyast: "NEWEST", narmast: "NEAREST", relevans: "RELEVANCE" } as const;

/** The offset cursor the placements connection hands out (Pothos relay: base64 of "OffsetConnection:<offset>"). */
const cursorBefore = (offset: number) => (offset > 0 ? Buffer.from(`OffsetConnection:${offset - 1}`).toString("base64") : null);

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const p = url.searchParams;
  const chosen = {
    q: p.get("q")?.trim() ?? "",
    kinds: p.getAll("typ").filter((kind): kind is keyof typeof kindLabel => kind in kindLabel),
    kommuner: p.getAll("kommun"),
    adaptations: p.getAll("anpassning"),
    areas: p.getAll("omrade"),
    near: p.get("nara") ?? "",
    sort: (p.get("sortering") ?? "") as keyof typeof SORTS | "",
  };
  const sort = chosen.sort === "narmast" && !chosen.near ? null : chosen.sort ? SORTS[chosen.sort] ?? null : null;
  const page = Math.max(1, Number.parseInt(p.get("sida") ?? "1", 10) || 1);
  const data = await queryGraphQL(request, LISTING, {
    first: PAGE_SIZE,
    after: cursorBefore((page - 1) * PAGE_SIZE),
    query: chosen.q || null,
    filter: {
      statuses: ["PUBLISHED"],
      kinds: chosen.kinds,
      kommunCodes: chosen.kommuner,
      adaptationCodes: chosen.adaptations,
      occupationAreas: chosen.areas,
    },
    sort,
    near: sort === "NEAREST" ? chosen.near : null,
  });
  return {
    chosen,
    page,
    pages: Math.max(1, Math.ceil(data.placements.totalCount / PAGE_SIZE)),
    totalCount: data.placements.totalCount,
    placements: data.placements.edges.map((edge) => edge.node),
    // Null only when a query does not select facets; this one does.
    facets: data.placements.facets ?? { kinds: [], kommunCodes: [], adaptationCodes: [], occupationAreas: [] },
    adaptations: data.adaptations,
    search: url.search,
  };
}

function countOf(counts: { value: string; count: number }[], value: string): number {
  return counts.find((c) => c.value === value)?.count ?? 0;
}

function Facet({ name, legend, options }: { name: string; legend: string; options: { value: string; label: string; count: number; checked: boolean; picture?: string }[] }) {
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {options.length === 0 && <p className="hint">Inga att välja bland.</p>}
      {options.map((option) => (
        <label key={option.value} className="facet-option">
          <input type="checkbox" name={name} value={option.value} defaultChecked={option.checked} />
          {option.picture && <AdaptationPictogram code={option.picture} decorative size={24} />}
          <span>
            {option.label} <span className="count">({option.count})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The filters: on a phone behind a "Filtrera" disclosure (closed, so the first placement is near the top), on a wider
 * screen always open (styles.css shows the content and hides the button). A plain <details>: no JavaScript needed.
 */
function FilterDisclosure({ chosenCount, children }: { chosenCount: number; children: ReactNode }) {
  return (
    <details className="facets-disclosure">
      <summary>
        Filtrera och sortera{chosenCount > 0 && <span className="count"> ({chosenCount === 1 ? "1 val" : `${chosenCount} val`})</span>}
      </summary>
      <div className="facets">
        <h2>Filtrera</h2>
        {children}
      </div>
    </details>
  );
}

export default function Listing() {
  const { chosen, page, pages, totalCount, placements, facets, adaptations, search } = useLoaderData<typeof loader>();
  const chosenCount = chosen.kinds.length + chosen.kommuner.length + chosen.areas.length + chosen.adaptations.length + (chosen.near ? 1 : 0);
  const pageLink = (n: number) => {
    const params = new URLSearchParams(search);
    params.set("sida", String(n));
    return `/platser?${params}`;
  };
  return (
    <section className="listing">
      <h1>Lediga platser</h1>
      <p>Här finns platser för arbetsträning och praktik. Sök på det du vill göra, eller välj bland filtren.</p>
      <Form method="get" role="search" aria-label="Sök platser" className="listing-search">
        <div className="field">
          <label htmlFor="q">Sök bland platserna</label>
          <div className="search-row">
            <input id="q" name="q" type="search" defaultValue={chosen.q} placeholder="Till exempel lager, kafé eller trädgård" />
            <button type="submit" className="button">
              Sök
            </button>
          </div>
        </div>
        <div className="listing-layout">
          <FilterDisclosure chosenCount={chosenCount}>
            <Facet
              name="typ"
              legend="Typ av plats"
              options={(["WORK_TRAINING", "INTERNSHIP"] as const).map((kind) => ({
                value: kind,
                label: kindLabel[kind],
                count: countOf(facets.kinds, kind),
                checked: chosen.kinds.includes(kind),
              }))}
            />
            <div className="field facet">
              <label htmlFor="kommun">Kommun</label>
              <KommunPicker
                id="kommun"
                name="kommun"
                size={4}
                defaultValue={chosen.kommuner}
                options={facets.kommunCodes
                  .filter((f) => f.count > 0 || chosen.kommuner.includes(f.value))
                  .map((f) => ({ code: f.value, name: KOMMUN_NAME.get(f.value) ?? f.value, label: `${KOMMUN_NAME.get(f.value) ?? f.value} (${f.count})` }))
                  .sort((a, b) => a.name.localeCompare(b.name, "sv"))}
              />
            </div>
            <Facet
              name="omrade"
              legend="Yrkesområde"
              options={facets.occupationAreas.map((f) => ({ value: f.value, label: f.value, count: f.count, checked: chosen.areas.includes(f.value) }))}
            />
            <Facet
              name="anpassning"
              legend="Anpassningar som finns"
              options={adaptations
                .filter((a) => countOf(facets.adaptationCodes, a.code) > 0 || chosen.adaptations.includes(a.code))
                .map((a) => ({
                  value: a.code,
                  label: a.label,
                  count: countOf(facets.adaptationCodes, a.code),
                  checked: chosen.adaptations.includes(a.code),
                  picture: a.code,
                }))}
            />
            <div className="field">
              <label htmlFor="sortering">Sortera</label>
              {/* The empty choice is the URL's own default (best match for a search, newest without one), so typing a
                  search in the box sorts it by best match unless the person picked another order. */}
              <select id="sortering" name="sortering" defaultValue={chosen.sort === "relevans" ? "" : chosen.sort}>
                <option value="">{chosen.q ? "Bäst träff först" : "Bäst träff först när du söker, annars nyast"}</option>
                <option value="nyast">Nyast först</option>
                <option value="narmast">Närmast först</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="nara">Närmast kommun</label>
              <select id="nara" name="nara" defaultValue={chosen.near}>
                <option value="">Välj kommun</option>
                <Options options={KOMMUNER.map((k) => [k.code, k.name])} />
              </select>
            </div>
            <button type="submit" className="button">
              Visa platser
            </button>
          </FilterDisclosure>
          <div className="results">
            <h2 aria-live="polite">
              {totalCount === 1 ? "1 plats" : `${totalCount} platser`}
              {chosen.q && ` för ”${chosen.q}”`}
            </h2>
            {chosen.sort === "narmast" && !chosen.near && <p className="notice">Välj en kommun för att sortera efter avstånd.</p>}
            {placements.length === 0 ? (
              <p>Inga platser passar. Prova att ta bort ett filter eller söka på ett annat ord.</p>
            ) : (
              <div className="placement-grid">
                {placements.map((placement) => (
                  <PlacementCard key={placement.id} placement={placement} />
                ))}
              </div>
            )}
            {pages > 1 && (
              <nav aria-label="Sidor" className="pagination">
                {page > 1 && <a href={pageLink(page - 1)}>Föregående sida</a>}
                <span>
                  Sida {page} av {pages}
                </span>
                {page < pages && <a href={pageLink(page + 1)}>Nästa sida</a>}
              </nav>
            )}
          </div>
        </div>
      </Form>
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
