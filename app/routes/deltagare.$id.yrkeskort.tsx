import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { CardSorter, CardSortSummary } from "../components/card-sort.tsx";
import { CARD_SORT_SESSION, type HistorySession } from "../components/participant-card-history.tsx";
import { swedishDate } from "../components/participant-labels.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL, runGraphQL, type Document } from "../utils/graphql.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Yrkeskort med ${data?.participant.displayName ?? "deltagare"} – Stegvis` }];

const CARD_SORT = graphql(`
  query CardSort($id: ID!) {
    participant(id: $id) {
      id displayName
      cardSortSessions { ...CardSortSessionFields }
    }
    occupationCards { id title area description }
  }
`, [CARD_SORT_SESSION]);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, "COACH");
  const { participant, occupationCards } = await queryGraphQL(request, CARD_SORT, { id: params.id! });
  if (!participant) throw new Response("Deltagaren finns inte.", { status: 404 });
  const sessions = participant.cardSortSessions;
  const open = sessions.find((s) => s.completedAt === null) ?? null;
  const wanted = new URL(request.url).searchParams.get("session");
  const shown = open ? null : (sessions.find((s) => s.id === wanted) ?? sessions.findLast((s) => s.completedAt !== null) ?? null);
  const choicesOf = (s: HistorySession) => s.choices.map((c) => ({ cardId: c.occupationCard.id, answer: c.answer }));
  return {
    participant: { id: participant.id, displayName: participant.displayName },
    cards: occupationCards,
    open: open && { id: open.id, choices: choicesOf(open) },
    shown: shown && { id: shown.id, startedAt: shown.startedAt, choices: choicesOf(shown) },
    earlier: sessions.filter((s) => s.completedAt !== null && s.id !== shown?.id).map((s) => ({ id: s.id, startedAt: s.startedAt })),
  };
}

const MUTATIONS = {
  start: graphql(`mutation($participantId: ID!) { startCardSortSession(participantId: $participantId) { id } }`),
  answer: graphql(`mutation($sessionId: ID!, $occupationCardId: ID!, $answer: CardAnswer!) { answerCard(sessionId: $sessionId, occupationCardId: $occupationCardId, answer: $answer) { id } }`),
  undo: graphql(`mutation($sessionId: ID!) { undoCardAnswer(sessionId: $sessionId) { id } }`),
  complete: graphql(`mutation($sessionId: ID!) { completeCardSortSession(sessionId: $sessionId) { id } }`),
} as const;

export async function action({ request, params }: ActionFunctionArgs) {
  await requireUser(request, "COACH");
  const form = await request.formData();
  const intent = String(form.get("intent")) as keyof typeof MUTATIONS;
  if (!(intent in MUTATIONS)) throw new Response("Okänd åtgärd", { status: 400 });
  const sessionId = String(form.get("sessionId") ?? "");
  const variables =
    intent === "start"
      ? { participantId: params.id }
      : intent === "answer"
        ? { sessionId, occupationCardId: form.get("occupationCardId"), answer: form.get("answer") }
        : { sessionId };
  // Variables straight from the form: strings where the schema has enums. The API checks them; the type makes no claim.
  const { errors } = await runGraphQL(request, MUTATIONS[intent] as Document, variables);
  if (errors.length) return { ok: false, message: errors[0]!.message };
  const here = new URL(request.url).pathname;
  if (intent === "complete") return redirect(`${here}?${new URLSearchParams({ session: sessionId })}`);
  // Saved in the background by the sorting screen: no reload. Without JavaScript: back to the next card.
  return form.get("via") === "fetcher" ? { ok: true, message: "" } : redirect(here);
}

/** Answers saved in the background change nothing the page has not already shown. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) =>
  formData?.get("via") === "fetcher" ? false : defaultShouldRevalidate;

export default function CardSortPage() {
  const { participant, cards, open, shown, earlier } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <section className="card-sort-page">
      <p>
        <a href={`/deltagare/${participant.id}`}>Tillbaka till {participant.displayName}</a>
      </p>
      <h1>Yrkeskort med {participant.displayName}</h1>
      {result && !result.ok && (
        <p className="form-error" role="alert">
          {result.message}
        </p>
      )}
      {open ? (
        <>
          <p>Titta på bilden tillsammans. Vill du göra det här? Svara ja, kanske eller nej.</p>
          <CardSorter key={open.id} cards={cards} sessionId={open.id} initial={open.choices} />
        </>
      ) : (
        <>
          {shown && (
            <>
              <h2>Sammanfattning {swedishDate(shown.startedAt)}</h2>
              <CardSortSummary cards={cards} choices={shown.choices} />
            </>
          )}
          <Form method="post" className="start-sort">
            <input type="hidden" name="intent" value="start" />
            <p>
              {shown
                ? "Sortera korten igen vid ett nytt tillfälle. De tidigare svaren sparas, så ni kan se vad som har ändrats."
                : `Ni går igenom ${cards.length} yrkeskort, ett i taget. Ni kan avbryta när som helst och fortsätta senare.`}
            </p>
            <button type="submit" className="button">
              {shown ? "Sortera igen" : "Börja sortera"}
            </button>
          </Form>
          {earlier.length > 0 && (
            <>
              <h2>Andra tillfällen</h2>
              <ul>
                {earlier.map((s) => (
                  <li key={s.id}>
                    <a href={`?session=${s.id}`}>Sammanfattning {swedishDate(s.startedAt)}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

export { ParticipantErrorBoundary as ErrorBoundary } from "../components/participant-error.tsx";
