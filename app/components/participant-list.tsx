import { stageLabel } from "./status.tsx";

export interface ParticipantRow {
  id: string;
  code: string;
  displayName: string;
  stage: string;
}

export function ParticipantList({ participants, empty }: { participants: ParticipantRow[]; empty: string }) {
  if (participants.length === 0) return <p>{empty}</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Namn</th>
          <th scope="col">Kod</th>
          <th scope="col">Steg</th>
        </tr>
      </thead>
      <tbody>
        {participants.map((p) => (
          <tr key={p.id}>
            <td>{p.displayName}</td>
            <td>{p.code}</td>
            <td>{stageLabel[p.stage] ?? p.stage}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
