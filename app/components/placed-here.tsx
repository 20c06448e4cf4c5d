// "Placerade hos er" on the organisation's start page: who is placed here now (the first name as consent allows),
// where, when, for how long, whom to contact, and a link to each month's attendance.
import { formatMinutes } from "../../attendance/entry.ts";
import { formatDate, formatMonth } from "../../lib/dates.ts";
import { weekdayName, WEEKDAYS } from "../../lib/weekdays.ts";
import { graphql, type ResultOf } from "../utils/graphql.ts";

export const PLACED_HERE = graphql(`
  query PlacedHere($organizationId: ID!) {
    placedAssignments(organizationId: $organizationId) {
      id
      status
      startDate
      plannedEndDate
      weekdays
      hoursPerDay
      placement { id title organization { id } }
      participant { displayName }
      contacts { role name email }
    }
  }
`);
type Placed = ResultOf<typeof PLACED_HERE>["placedAssignments"][number];

const ROLE: Record<string, string> = { COACH: "Jobbcoach", SUPPORT_WORKER: "SE-handledare" };

/** "måndag–fredag" for a run of days, else "måndag, onsdag, fredag". */
function weekdaysText(days: readonly string[]): string {
  const indexes = WEEKDAYS.map((day, i) => (days.includes(day) ? i : -1)).filter((i) => i >= 0);
  const run = indexes.length > 2 && indexes[indexes.length - 1]! - indexes[0]! === indexes.length - 1;
  return run ? `${weekdayName(WEEKDAYS[indexes[0]!])}–${weekdayName(WEEKDAYS[indexes[indexes.length - 1]!])}` : indexes.map((i) => weekdayName(WEEKDAYS[i])).join(", ");
}

export function PlacedHere({ assignments, months }: { assignments: Placed[]; months: string[] }) {
  return (
    <section aria-labelledby="placed-heading" className="placed-here">
      <h2 id="placed-heading">Placerade hos er</h2>
      {assignments.length === 0 ? (
        <p>Ingen deltagare är placerad hos er just nu.</p>
      ) : (
        <div>
          <table className="table stacked">
            <thead>
              <tr>
                <th scope="col">Deltagare</th>
                <th scope="col">Plats</th>
                <th scope="col">Schema</th>
                <th scope="col">Period</th>
                <th scope="col">Kontakt</th>
                <th scope="col">Närvaro</th>
              </tr>
            </thead>
            <tbody>
              {assignments.map((a) => {
                const name = a.participant?.displayName ?? "Namnet visas inte (inget samtycke)";
                return (
                  <tr key={a.id}>
                    <th scope="row" className="record-title">
                      {name}
                      {a.status === "PAUSED" && <span className="note">Pausad</span>}
                    </th>
                    <td data-label="Plats">{a.placement.title}</td>
                    <td data-label="Schema">
                      {weekdaysText(a.weekdays)}, {formatMinutes(Math.round(a.hoursPerDay * 60))} tim om dagen
                    </td>
                    <td data-label="Period">
                      Från {formatDate(a.startDate)}
                      {a.plannedEndDate ? ` till ${formatDate(a.plannedEndDate)}` : ", tills vidare"}
                    </td>
                    <td data-label="Kontakt">
                      <ul className="contacts">
                        {a.contacts.map((c) => (
                          <li key={c.role}>
                            {ROLE[c.role] ?? c.role}: {c.name}, <a href={`mailto:${c.email}`}>{c.email}</a>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td data-label="Närvaro">
                      <ul className="contacts">
                        {months.map((month) => (
                          <li key={month}>
                            <a href={`/organisation/narvaro/${month}?org=${a.placement.organization.id}`} aria-label={`Närvaro ${formatMonth(`${month}-01`)} för ${name}`}>
                              {formatMonth(`${month}-01`)}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
