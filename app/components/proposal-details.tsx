/**
 * What both sides see of a proposal on /forslag/:id: the facts, the placement, the participant as far as the consent
 * shares them, and the history with dates and notes.
 */
import { weekdayName } from "../../lib/weekdays.ts";
import { graphql, type ResultOf } from "../utils/graphql.ts";
import { swedishDate, swedishNumber } from "./participant-labels.tsx";
import { AdaptationPictogram } from "./pictograms/pictogram.tsx";
import { formatHours, kindLabel } from "./placement-card.tsx";
import { declineReasonLabel, OVERDUE_TEXT, proposalStatusLabel, waitingText } from "./proposal-labels.tsx";
import { pluralWord } from "../../lib/plural.ts";

export const PROPOSAL_DETAILS = graphql(`
  fragment ProposalDetails on Proposal {
    id status message createdAt answeredAt declineReason daysWaiting awaitingAnswer overdue viewerIsCoach viewerCanAnswer proposedByName
    placement { id title kind weekdays hoursPerDayMin hoursPerDayMax freeSpots capacity mentorName address kommun { name } organization { name } }
    participant { id displayName hoursPerDayMax weekdays adaptationNeeds { mustHave adaptation { code label } } }
    events { id fromStatus toStatus note createdAt actorName }
  }
`);

export type ProposalDetailsData = ResultOf<typeof PROPOSAL_DETAILS>;

export const days = (list: string[]) => list.map(weekdayName).join(", ");
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function ProposalFacts({ proposal: p }: { proposal: ProposalDetailsData }) {
  return (
    <dl className="facts-list">
      <div>
        <dt>Steg</dt>
        <dd>{proposalStatusLabel[p.status]}</dd>
      </div>
      <div>
        <dt>Föreslagen</dt>
        <dd>
          {swedishDate(p.createdAt)} av {p.proposedByName}
        </dd>
      </div>
      <div>
        <dt>Svar</dt>
        <dd>
          {waitingText(p)}
          {p.overdue && (
            <>
              {" "}
              <span className="flag">{OVERDUE_TEXT}</span>
            </>
          )}
        </dd>
      </div>
      {p.declineReason && (
        <div>
          <dt>Skäl till nej</dt>
          <dd>{declineReasonLabel[p.declineReason]}</dd>
        </div>
      )}
    </dl>
  );
}

export function ProposalPlacement({ proposal: p }: { proposal: ProposalDetailsData }) {
  return (
    <section aria-labelledby="placement-heading">
      <h2 id="placement-heading">Platsen</h2>
      <p className="kind">{kindLabel[p.placement.kind]}</p>
      <p>
        <a href={`/platser/${p.placement.id}`}>{p.placement.title}</a> hos {p.placement.organization.name}, {p.placement.kommun.name}
      </p>
      <p>
        {capitalised(days(p.placement.weekdays))}. {capitalised(formatHours(p.placement.hoursPerDayMin, p.placement.hoursPerDayMax))}.
      </p>
      <p>
        Lediga platser: {p.placement.freeSpots} av {p.placement.capacity}
      </p>
    </section>
  );
}

/** `name` is the participant's name, or a stand-in once the consent no longer shares it. */
export function ProposalParticipant({ proposal: p, name }: { proposal: ProposalDetailsData; name: string }) {
  return (
    <section aria-labelledby="participant-heading">
      <h2 id="participant-heading">{p.viewerIsCoach ? `Det här ser arbetsplatsen om ${name}` : p.participant ? `Om ${name}` : "Om deltagaren"}</h2>
      {p.participant ? (
        <>
          <dl className="facts-list">
            <div>
              <dt>Namn</dt>
              <dd>{p.participant.displayName}</dd>
            </div>
            <div>
              <dt>Kan vara på plats</dt>
              <dd>
                Högst {swedishNumber(p.participant.hoursPerDayMax)} {pluralWord(p.participant.hoursPerDayMax, "timme", "timmar")} om dagen: {days(p.participant.weekdays)}
              </dd>
            </div>
          </dl>
          <h3>Behöver på arbetsplatsen</h3>
          {p.participant.adaptationNeeds.length === 0 ? (
            <p>Inga särskilda anpassningar.</p>
          ) : (
            <ul className="pictogram-list">
              {p.participant.adaptationNeeds.map((need) => (
                <li key={need.adaptation.code}>
                  <AdaptationPictogram code={need.adaptation.code} decorative size={40} />
                  <span>
                    {need.adaptation.label}
                    {need.mustHave ? " (måste finnas)" : " (bra att ha)"}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p>Uppgifterna om deltagaren delas inte längre med er. Ni ser att förslaget fanns, vilket steg det nådde och när.</p>
      )}
      {p.message && (
        <>
          <h3>Meddelande från jobbcoachen</h3>
          <p className="easy-read">{p.message}</p>
        </>
      )}
    </section>
  );
}

export function ProposalHistory({ proposal: p }: { proposal: ProposalDetailsData }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Historik</h2>
      <ol className="history">
        {p.events.map((event) => (
          <li key={event.id}>
            <strong>{swedishDate(event.createdAt)}:</strong> {proposalStatusLabel[event.toStatus]}
            {event.fromStatus ? ` (från ${proposalStatusLabel[event.fromStatus].toLowerCase()})` : ""}, {event.actorName}
            {event.note && <span className="note">{event.note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
