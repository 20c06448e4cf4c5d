import { formatDate } from "../../../lib/dates.ts";
import { graphql, type ResultOf } from "../../utils/graphql.ts";
import { FaceWithWords } from "./faces.tsx";
import { changeLabel, modeLabel, ownerLabel, supportLevelLabel } from "./labels.ts";
import { plural } from "../../../lib/plural.ts";

/** Everything a follow-up holds, for its own page and the person's history. */
export const FOLLOW_UP_RECORD = graphql(`
  fragment FollowUpRecordFields on FollowUp {
    id participantId date mode durationMinutes attendees workPlanGoal notes supportGiven supportBefore supportAfter
    employerFeedback participantView risks nextSteps nextDate createdAt authorName editableUntil viewerCanEdit placementTitle
    ratings { area rating }
    adaptations { change adaptation { code label } }
    actions { id description owner dueDate done organizationName }
    addenda { id text createdAt authorName }
    revisions { id createdAt editorName }
  }
`);

export type FollowUpRecordData = ResultOf<typeof FOLLOW_UP_RECORD>;

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  if (children === "" || children === null || children === undefined) return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function FollowUpRecord({ followUp: f, areaLabel }: { followUp: FollowUpRecordData; areaLabel: Record<string, string> }) {
  return (
    <>
      <dl className="facts-list compact">
        <Item label="Datum">{formatDate(f.date)}</Item>
        <Item label="Hur">{modeLabel[f.mode]}</Item>
        <Item label="Hur länge">{f.durationMinutes ? plural(f.durationMinutes, "minut", "minuter") : ""}</Item>
        <Item label="Vem var med">{f.attendees}</Item>
        <Item label="Plats">{f.placementTitle ?? ""}</Item>
        <Item label="Mål i arbetsplanen">{f.workPlanGoal}</Item>
        <Item label="Skrevs av">{f.authorName}</Item>
        <Item label="Nästa uppföljning">{f.nextDate ? formatDate(f.nextDate) : ""}</Item>
      </dl>
      <dl className="facts-list">
        <Item label="Vad ni gjorde">{f.notes}</Item>
        <Item label="Stöd som gavs">{f.supportGiven}</Item>
        <Item label="Stödnivå">
          {f.supportBefore || f.supportAfter ? `${supportLevelLabel[f.supportBefore ?? ""] ?? "–"} → ${supportLevelLabel[f.supportAfter ?? ""] ?? "–"}` : ""}
        </Item>
        <Item label="Vad arbetsplatsen säger">{f.employerFeedback}</Item>
        <Item label="Deltagarens egen bild">{f.participantView ? <FaceWithWords value={f.participantView} /> : ""}</Item>
        <Item label="Risker">{f.risks}</Item>
        <Item label="Nästa steg">{f.nextSteps}</Item>
      </dl>
      {f.ratings.length > 0 && (
        <table className="table">
          <caption>Steg vid uppföljningen</caption>
          <thead>
            <tr>
              <th scope="col">Område</th>
              <th scope="col">Steg (1–10)</th>
            </tr>
          </thead>
          <tbody>
            {f.ratings.map((r) => (
              <tr key={r.area}>
                <th scope="row">{areaLabel[r.area] ?? r.area}</th>
                <td>{r.rating}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {f.adaptations.length > 0 && (
        <>
          <h3>Anpassningar</h3>
          <ul>
            {f.adaptations.map((a) => (
              <li key={a.adaptation.code}>
                {a.adaptation.label}: {changeLabel[a.change]}
              </li>
            ))}
          </ul>
        </>
      )}
      {f.actions.length > 0 && (
        <>
          <h3>Överenskommelser</h3>
          <ul>
            {f.actions.map((a) => (
              <li key={a.id}>
                {a.description}: {a.owner === "ORGANIZATION" ? (a.organizationName ?? ownerLabel.ORGANIZATION) : ownerLabel[a.owner]}, senast {formatDate(a.dueDate)}
                {a.done ? " (klart)" : ""}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
