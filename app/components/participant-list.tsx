import { stageLabel } from "./status.tsx";

export interface ParticipantRow {
  id: string;
  code: string;
  displayName: string;
  stage: string;
  /** What the coach does next; shown in its own column when given. */
  nextStep?: string;
}

/** A caseload table. With `linked`, each name links to the participant's profile. */
export function ParticipantList({ participants, empty, linked = false }: { participants: ParticipantRow[]; empty: string; linked?: boolean }) {
  if (participants.length === 0) return <p>{empty}</p>;
  const withNextStep = participants.some((p) => p.nextStep !== undefined);
  return (
    <table className="table">
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
            <td>{linked ? <a href={`/deltagare/${p.id}`}>{p.displayName}</a> : p.displayName}</td>
            <td>{p.code}</td>
            <td>{stageLabel[p.stage] ?? p.stage}</td>
            {withNextStep && <td>{p.nextStep}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
