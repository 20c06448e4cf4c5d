import { graphql, type ResultOf } from "../utils/graphql.ts";
import { stageLabel } from "./status.tsx";

/** One row of a caseload table: routes spread this fragment into their participant lists. */
export const PARTICIPANT_ROW = graphql(`fragment ParticipantRowFields on Participant { id code displayName stage }`);

/** `nextStep`, what the coach does next, is shown in its own column when a route selects it. */
export type ParticipantRow = ResultOf<typeof PARTICIPANT_ROW> & { nextStep?: string };

/** A caseload table (one card per person on a phone). With `linked`, each name links to the participant's profile. */
export function ParticipantList({ participants, empty, linked = false }: { participants: ParticipantRow[]; empty: string; linked?: boolean }) {
  if (participants.length === 0) return <p>{empty}</p>;
  const withNextStep = participants.some((p) => p.nextStep !== undefined);
  return (
    <table className="table stacked">
      <thead>
        <tr>
          <th scope="col">Namn</th>
          <th scope="col">Kod</th>
          <th scope="col">Steg</th>
          {withNextStep && <th scope="col">Nästa steg</th>}
        </tr>
      </thead>
      <tbody>
        {participants.map((p) => (
          <tr key={p.id}>
            <td className="record-title">{linked ? <a href={`/deltagare/${p.id}`}>{p.displayName}</a> : p.displayName}</td>
            <td data-label="Kod">{p.code}</td>
            <td data-label="Steg">{stageLabel[p.stage] ?? p.stage}</td>
            {withNextStep && <td data-label="Nästa steg">{p.nextStep}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
