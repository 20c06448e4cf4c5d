import { graphql, type ResultOf } from "../utils/graphql.ts";
import { OccupationCardPictogram } from "./pictograms/pictogram.tsx";
import { answerLabel, swedishDate } from "./participant-labels.tsx";

/** One card sorting session as the history needs it: routes spread this fragment into their participant query. */
export const CARD_SORT_SESSION = graphql(`
  fragment CardSortSessionFields on CardSortSession { id startedAt completedAt choices { occupationCard { id } answer } }
`);

export type HistorySession = ResultOf<typeof CARD_SORT_SESSION>;

/**
 * How the yrkeskort answers changed between sessions: one row per card answered in any session, one column per
 * session (oldest first), and what changed since the session before.
 */
export function ParticipantCardHistory({ sessions, cards }: { sessions: HistorySession[]; cards: { id: string; title: string }[] }) {
  const dated = sessions.filter((s) => s.choices.length > 0);
  if (dated.length === 0) return <p>Ni har inte sorterat några yrkeskort ännu.</p>;
  const answers = dated.map((s) => new Map(s.choices.map((c) => [c.occupationCard.id, c.answer])));
  const answered = cards.filter((card) => answers.some((a) => a.has(card.id)));
  return (
    <div className="table-scroll" role="region" aria-labelledby="card-history-caption" tabIndex={0}>
      <table className="table card-history">
        <caption id="card-history-caption">
          Svar på yrkeskort vid {dated.length === 1 ? "ett tillfälle" : `${dated.length} tillfällen`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Yrkeskort</th>
            {dated.map((s, i) => (
              <th key={s.id} scope="col">
                {swedishDate(s.startedAt)}
                {s.completedAt ? "" : " (pågår)"}
                {dated.length > 1 && <span className="visually-hidden">, tillfälle {i + 1}</span>}
              </th>
            ))}
            {dated.length > 1 && <th scope="col">Ändring</th>}
          </tr>
        </thead>
        <tbody>
          {answered.map((card) => {
            const row = answers.map((a) => a.get(card.id));
            const given = row.filter((answer) => answer !== undefined);
            const [before, latest] = given.slice(-2);
            const changed = given.length > 1 && before !== latest;
            return (
              <tr key={card.id}>
                <th scope="row">
                  <span className="card-cell">
                    <OccupationCardPictogram cardId={card.id} decorative size={32} />
                    {card.title}
                  </span>
                </th>
                {row.map((answer, i) => (
                  <td key={dated[i]!.id} className={answer ? `answer answer-${answer.toLowerCase()}` : "answer"}>
                    {answer ? answerLabel[answer] : "–"}
                  </td>
                ))}
                {dated.length > 1 && <td>{changed ? `${answerLabel[before!]} → ${answerLabel[latest!]}` : ""}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
