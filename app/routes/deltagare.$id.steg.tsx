import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import followUpStyles from "../components/follow-up/follow-up.css";
import { perDay, ProgressChart, ProgressTable } from "../components/follow-up/progress-chart.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Stegförflyttning: ${data?.displayName ?? "deltagare"} – Stegvis` }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: followUpStyles }];

const PROGRESS = graphql(`
  query Progress($id: ID!) {
    participant(id: $id) { id displayName progress { area label points { date rating } } }
    progressAreaAnchors { area step2 step5 step8 }
  }
`);

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request);
  const { participant, progressAreaAnchors } = await queryGraphQL(request, PROGRESS, { id: params.id! }, context);
  if (!participant) throw new Response("Deltagaren finns inte.", { status: 404 });
  const series = perDay(participant.progress.map((s) => ({ ...s, points: s.points.map((p) => ({ date: p.date, rating: p.rating })) })));
  return { id: participant.id, displayName: participant.displayName, series, anchors: progressAreaAnchors };
}

export default function Progress() {
  const { id, displayName, series, anchors } = useLoaderData<typeof loader>();
  const rated = series.some((s) => s.points.length);
  return (
    <section>
      <p className="breadcrumb">
        <a href={`/deltagare/${id}/uppfoljning`}>Tillbaka till {displayName}</a>
      </p>
      <h1>Stegförflyttning för {displayName}</h1>
      <p>Steg 1 till 10 per område vid varje uppföljning. Diagrammet och tabellen visar samma siffror.</p>
      <p className="button-row">
        <a className="button" href={`/deltagare/${id}/uppfoljning/ny`}>
          Ny uppföljning
        </a>
        <a href={`/deltagare/${id}/mina-steg`}>Mina steg (för {displayName})</a>
      </p>
      {rated ? (
        <>
          <ProgressChart series={series} title={`Stegförflyttning för ${displayName}`} />
          <ProgressTable series={series} caption={`Steg per område och uppföljning för ${displayName}`} />
        </>
      ) : (
        <p>Inga steg är registrerade ännu.</p>
      )}
      <details>
        <summary>Vad betyder stegen?</summary>
        <dl className="facts-list">
          {series.map((s) => {
            const anchor = anchors.find((a) => a.area === s.area);
            return (
              <div key={s.area}>
                <dt>{s.label}</dt>
                <dd>
                  2: {anchor?.step2} 5: {anchor?.step5} 8: {anchor?.step8}
                </dd>
              </div>
            );
          })}
        </dl>
      </details>
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
