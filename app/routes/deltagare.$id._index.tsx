import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { Field } from "../components/field.tsx";
import { ATTENDANCE_MONTH, ParticipantAttendance } from "../components/participant-attendance.tsx";
import { CARD_SORT_SESSION, ParticipantCardHistory } from "../components/participant-card-history.tsx";
import { consentScopeLabel, groupBy, swedishDate, swedishNumber } from "../components/participant-labels.tsx";
import { weekdayName } from "../../lib/weekdays.ts";
import { AdaptationPictogram } from "../components/pictograms/pictogram.tsx";
import { stageLabel } from "../components/status.tsx";
import { today } from "../../lib/dates.ts";
import { requireUser, startPageFor } from "../utils/auth.server.ts";
import { clockOf } from "../utils/request.server.ts";
import { graphql, type ResultOf } from "../utils/graphql.ts";
import { fieldErrorsOf, queryGraphQL, runGraphQL, type Document } from "../utils/graphql.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.participant.displayName ?? "Deltagare"} – Stegvis` }];

const PROFILE = graphql(`
  query ParticipantProfile($id: ID!) {
    participant(id: $id) {
      id code displayName stage nextStep hoursPerDayMax weekdays travelKind travelRadiusKm
      kommun { name } travelKommuner { code name }
      interests interestsText goals avoidAreas avoidText avoidCards { id title }
      adaptationNeeds { mustHave adaptation { code label category } }
      coach { id name } supportWorker { id name }
      consents { id scope givenAt withdrawnAt note active }
      handovers { id note createdAt fromCoach { name } toCoach { name } }
      cardSortSessions { ...CardSortSessionFields }
    }
    occupationCards { id title }
    monthlyReports(filter: { participantId: $id }) { ...AttendanceMonthFields }
  }
`, [CARD_SORT_SESSION, ATTENDANCE_MONTH]);

const COLLEAGUES = graphql(`query Colleagues { staff(role: COACH) { id name } }`);

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { participant, occupationCards, monthlyReports } = await queryGraphQL(request, PROFILE, { id: params.id! });
  if (!participant) throw new Response("Deltagaren finns inte.", { status: 404 });
  const isOwnCoach = participant.coach.id === user.id;
  const colleagues = isOwnCoach ? (await queryGraphQL(request, COLLEAGUES)).staff : [];
  return { participant, occupationCards, monthlyReports, isOwnCoach, colleagues: colleagues.filter((c) => c.id !== user.id), today: today(clockOf(context)), backTo: startPageFor(user.roles) };
}

const MUTATIONS = {
  recordConsent: graphql(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`),
  withdrawConsent: graphql(`mutation($consentId: ID!) { withdrawConsent(consentId: $consentId) { id } }`),
  handOver: graphql(`mutation($participantId: ID!, $toCoachId: ID!, $note: String) { handOverParticipant(participantId: $participantId, toCoachId: $toCoachId, note: $note) { toCoach { name } } }`),
} as const;

type Intent = keyof typeof MUTATIONS;

/** A consent given today is recorded as now; an earlier day at noon, so the date reads the same in every time zone. */
function givenAtOf(day: string, todayInStockholm: string): string | null | "invalid" {
  if (!day || day === todayInStockholm) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day)) ? `${day}T12:00:00.000Z` : "invalid";
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  await requireUser(request, "COACH");
  const form = await request.formData();
  const intent = String(form.get("intent")) as Intent;
  if (!(intent in MUTATIONS)) throw new Response("Okänd åtgärd", { status: 400 });
  const participantId = params.id!;
  let variables: Record<string, unknown>;
  if (intent === "recordConsent") {
    const givenAt = givenAtOf(String(form.get("givenAt") ?? ""), today(clockOf(context)));
    if (givenAt === "invalid") return { intent, ok: false, message: "", fieldErrors: { givenAt: "Skriv datumet som år-månad-dag, till exempel 2026-09-01." } };
    variables = { input: { participantId, scope: form.get("scope"), givenAt, note: String(form.get("note") ?? "") } };
  } else if (intent === "withdrawConsent") {
    variables = { consentId: form.get("consentId") };
  } else {
    variables = { participantId, toCoachId: form.get("toCoachId"), note: String(form.get("note") ?? "") };
  }
  // Variables straight from the form: strings where the schema has enums. The API checks them; the type makes no claim.
  const { data, errors } = await runGraphQL(request, MUTATIONS[intent] as Document, variables);
  if (errors.length) return { intent, ok: false, message: errors[0]!.message, fieldErrors: fieldErrorsOf(errors) };
  if (intent === "handOver") throw redirect(`/coach?${new URLSearchParams({ overlamnad: (data as ResultOf<typeof MUTATIONS.handOver>).handOverParticipant.toCoach.name })}`);
  return { intent, ok: true, message: intent === "recordConsent" ? "Samtycket är registrerat." : "Samtycket är återkallat.", fieldErrors: {} as Record<string, string> };
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children || "–"}</dd>
    </div>
  );
}

export default function ParticipantProfile() {
  const { participant: p, occupationCards, monthlyReports, isOwnCoach, colleagues, today, backTo } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errorsFor = (intent: Intent) => (result && !result.ok && result.intent === intent ? result.fieldErrors : {});
  const consentErrors = errorsFor("recordConsent");
  const handoverErrors = errorsFor("handOver");
  const needs = groupBy(p.adaptationNeeds, (n) => (n.mustHave ? "Måste ha" : "Bra att ha")).sort(([a], [b]) => b.localeCompare(a, "sv"));
  const openSession = p.cardSortSessions.some((s) => s.completedAt === null);
  return (
    <section className="profile">
      <p>
        <a href={backTo}>Tillbaka till mina deltagare</a>
      </p>
      <h1>
        {p.displayName} <span className="code">{p.code}</span>
      </h1>
      <p className="notice">
        <strong>Nästa steg:</strong> {p.nextStep}
      </p>
      {result && (
        <div className={result.ok ? "notice" : "form-error"} role={result.ok ? "status" : "alert"}>
          <p>{result.ok ? result.message : result.message || "Något behöver rättas."}</p>
        </div>
      )}
      {isOwnCoach && (
        <p className="actions">
          <a className="button" href={`/deltagare/${p.id}/yrkeskort`}>
            {openSession ? "Fortsätt sortera yrkeskort" : "Sortera yrkeskort"}
          </a>
          <a className="button" href={`/deltagare/${p.id}/matchningar`}>
            Hitta platser
          </a>
          <a className="button secondary" href={`/deltagare/${p.id}/redigera`}>
            Ändra profilen
          </a>
        </p>
      )}

      <p>
        <a href={`/deltagare/${p.id}/uppfoljning`}>Uppföljning och stegförflyttning</a>
      </p>

      <h2>Om {p.displayName}</h2>
      <dl className="facts-list">
        <Fact label="Steg">{stageLabel[p.stage] ?? p.stage}</Fact>
        <Fact label="Hemkommun">{p.kommun.name}</Fact>
        <Fact label="Kan resa">
          {p.travelKind === "RADIUS" && p.travelRadiusKm !== null
            ? `Upp till ${swedishNumber(p.travelRadiusKm)} km hemifrån`
            : p.travelKommuner.map((k) => k.name).join(", ")}
        </Fact>
        <Fact label="Tid">
          Högst {swedishNumber(p.hoursPerDayMax)} timmar om dagen: {p.weekdays.map(weekdayName).join(", ")}
        </Fact>
        <Fact label="Intressen">{[p.interests.join(", "), p.interestsText].filter(Boolean).join(". ")}</Fact>
        <Fact label="Mål">{p.goals}</Fact>
        <Fact label="Vill undvika">{[...p.avoidAreas, ...p.avoidCards.map((c) => c.title), p.avoidText].filter(Boolean).join(", ")}</Fact>
        <Fact label="Jobbcoach">{p.coach.name}</Fact>
        <Fact label="SE-handledare">{p.supportWorker?.name ?? "Ingen just nu"}</Fact>
      </dl>

      <h2>Anpassningar</h2>
      {needs.length === 0 ? (
        <p>Inga anpassningar är valda.</p>
      ) : (
        needs.map(([group, items]) => (
          <div key={group}>
            <h3>{group}</h3>
            <ul className="pictogram-list">
              {items.map((n) => (
                <li key={n.adaptation.code}>
                  <AdaptationPictogram code={n.adaptation.code} decorative size={48} />
                  <span>{n.adaptation.label}</span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}

      <h2>Samtycken</h2>
      <p>Inget delas med någon utanför Stegvis utan ett samtycke som gäller.</p>
      {p.consents.length === 0 ? (
        <p>Inget samtycke är registrerat.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Registrerade samtycken</caption>
          <thead>
            <tr>
              <th scope="col">Vad</th>
              <th scope="col">Givet</th>
              <th scope="col">Gäller</th>
              {isOwnCoach && <th scope="col">Ändra</th>}
            </tr>
          </thead>
          <tbody>
            {p.consents.map((c) => (
              <tr key={c.id}>
                <td>
                  {consentScopeLabel[c.scope] ?? c.scope}
                  {c.note && <span className="note">{c.note}</span>}
                </td>
                <td>{swedishDate(c.givenAt)}</td>
                <td>{c.active ? "Ja" : `Nej, återkallat ${swedishDate(c.withdrawnAt!)}`}</td>
                {isOwnCoach && (
                  <td>
                    {c.active && (
                      <Form method="post">
                        <input type="hidden" name="consentId" value={c.id} />
                        <button type="submit" name="intent" value="withdrawConsent" className="link-button">
                          Återkalla<span className="visually-hidden"> samtycket: {consentScopeLabel[c.scope] ?? c.scope}</span>
                        </button>
                      </Form>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {isOwnCoach && (
        <Form method="post" className="stack card" noValidate aria-labelledby="consent-heading">
          <h3 id="consent-heading">Registrera samtycke</h3>
          <Field name="scope" id="consent-scope" label="Vad deltagaren samtycker till" error={consentErrors.scope}>
            {(props) => (
              <select {...props}>
                {Object.entries(consentScopeLabel).map(([scope, label]) => (
                  <option key={scope} value={scope}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="givenAt" id="consent-given" label="Datum" error={consentErrors.givenAt}>
            {(props) => <input {...props} type="date" defaultValue={today} max={today} />}
          </Field>
          <Field name="note" id="consent-note" label="Anteckning (frivillig)" error={consentErrors.note}>
            {(props) => <input {...props} />}
          </Field>
          <button type="submit" name="intent" value="recordConsent" className="button">
            Registrera samtycke
          </button>
        </Form>
      )}

      <h2>Närvaro månad för månad</h2>
      <ParticipantAttendance reports={monthlyReports} />

      <h2>Yrkeskort</h2>
      <ParticipantCardHistory sessions={p.cardSortSessions} cards={occupationCards} />

      <h2>Jobbcoacher</h2>
      {p.handovers.length === 0 ? (
        <p>{p.coach.name} har varit jobbcoach hela tiden.</p>
      ) : (
        <ul>
          {p.handovers.map((h) => (
            <li key={h.id}>
              {swedishDate(h.createdAt)}: {h.fromCoach.name} lämnade över till {h.toCoach.name}.{h.note && ` ”${h.note}”`}
            </li>
          ))}
        </ul>
      )}
      {isOwnCoach && colleagues.length > 0 && (
        <Form method="post" className="stack card" noValidate aria-labelledby="handover-heading">
          <h3 id="handover-heading">Lämna över till en annan jobbcoach</h3>
          <p>Efter överlämningen kan du inte längre se {p.displayName}. Historiken följer med.</p>
          <Field name="toCoachId" id="handover-coach" label="Ny jobbcoach" error={handoverErrors.toCoachId}>
            {(props) => (
              <select {...props}>
                <option value="">Välj jobbcoach</option>
                {colleagues.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="note" id="handover-note" label="Meddelande till den nya jobbcoachen (frivilligt)" error={handoverErrors.note}>
            {(props) => <textarea {...props} rows={2} />}
          </Field>
          <button type="submit" name="intent" value="handOver" className="button">
            Lämna över
          </button>
        </Form>
      )}
    </section>
  );
}

export { ParticipantErrorBoundary as ErrorBoundary } from "../components/participant-error.tsx";
