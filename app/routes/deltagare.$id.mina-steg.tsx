import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatDate, formatMonth, weekdayOf } from "../../lib/dates.ts";
import { WEEKDAYS } from "../../lib/weekdays.ts";
import followUpStyles from "../components/follow-up/follow-up.css";
import { DayPicture, dayWords, Ladder } from "../components/follow-up/my-steps-pictures.tsx";
import { PrintButton } from "../components/follow-up/print-button.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Mina steg: ${data?.firstName ?? ""} – Stegvis` }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: followUpStyles }];

// Only what the participant's own page may show: no diagnoses, no notes, no free text written about them.
const MY_STEPS = graphql(`
  query MySteps($id: ID!) {
    mySteps(participantId: $id) {
      firstName placementTitle organizationName month nextMeeting
      days { date status }
      steps { area label question rating previous }
    }
  }
`);

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request);
  const { mySteps } = await queryGraphQL(request, MY_STEPS, { id: params.id! }, context);
  return { id: params.id!, ...mySteps };
}

function stepSentence(step: { rating: number | null; previous: number | null }): string {
  if (step.rating === null) return "Inget steg än.";
  if (step.previous === null) return `Du är på steg ${step.rating}.`;
  if (step.rating > step.previous) return `Du är på steg ${step.rating}. Förra gången steg ${step.previous}. Du har gått uppåt!`;
  if (step.rating < step.previous) return `Du är på steg ${step.rating}. Förra gången steg ${step.previous}.`;
  return `Du är kvar på steg ${step.rating}.`;
}

export default function MySteps() {
  const data = useLoaderData<typeof loader>();
  const blanks = data.days.length ? WEEKDAYS.indexOf(weekdayOf(data.days[0]!.date)) : 0;
  const dayNumber = (date: string) => Number(date.slice(8, 10));
  return (
    <article className="my-steps">
      <p className="breadcrumb no-print">
        <a href={`/deltagare/${data.id}/uppfoljning`}>Tillbaka</a>
      </p>
      <h1>Mina steg: {data.firstName}</h1>
      <PrintButton />
      <h2>Här är jag</h2>
      <p>{data.placementTitle ? `Jag är på ${data.placementTitle} hos ${data.organizationName}.` : "Jag har ingen plats just nu."}</p>

      {data.days.length > 0 && (
        <>
          <h2>Mina dagar i {formatMonth(data.month)}</h2>
          <ul className="my-days" aria-label={`Mina dagar i ${formatMonth(data.month)}`}>
            {Array.from({ length: blanks }, (_, i) => (
              <li key={`blank-${i}`} className="empty" aria-hidden="true" />
            ))}
            {data.days.map((d) => (
              <li key={d.date}>
                <span aria-hidden="true">{dayNumber(d.date)}</span>
                <DayPicture status={d.status} />
                <span className="visually-hidden">
                  {formatDate(d.date)}: {dayWords[d.status]}
                </span>
              </li>
            ))}
          </ul>
          <ul className="pictogram-list" aria-label="Vad bilderna betyder">
            {(["WORKED", "PARTLY", "AWAY", "NOT_REPORTED", "UPCOMING"] as const).map((status) => (
              <li key={status}>
                <DayPicture status={status} />
                {dayWords[status]}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>Mina steg</h2>
      <p>Stegen går från 1 till 10. Ringen visar var jag var förra gången.</p>
      <ul className="ladders">
        {data.steps.map((s) => (
          <li key={s.area} data-area={s.area}>
            <h3>{s.label}</h3>
            <Ladder rating={s.rating} previous={s.previous} label={`${s.label}: ${s.rating === null ? "inget steg än" : `steg ${s.rating} av 10`}`} />
            <p>{stepSentence(s)}</p>
          </li>
        ))}
      </ul>

      <h2>Nästa gång vi ses</h2>
      <p>{data.nextMeeting ? `Vi ses ${formatDate(data.nextMeeting)}.` : "Vi bestämmer en dag tillsammans."}</p>
    </article>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
