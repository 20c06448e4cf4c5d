import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { Field, FormError, Options } from "../components/field.tsx";
import { ATTENDANCE_MONTH, ParticipantAttendance } from "../components/participant-attendance.tsx";
import { CARD_SORT_SESSION, ParticipantCardHistory } from "../components/participant-card-history.tsx";
import { ParticipantConsents } from "../components/participant-consents.tsx";
import { groupBy, swedishDate, swedishNumber } from "../components/participant-labels.tsx";
import { weekdayName } from "../../lib/weekdays.ts";
import { AdaptationPictogram } from "../components/pictograms/pictogram.tsx";
import { stageLabel } from "../components/status.tsx";
import { today } from "../../lib/dates.ts";
import { useFormOf } from "../forms/form.ts";
import { consentForm, handoverForm } from "../forms/participant.ts";
import { apiErrorReply } from "../forms/reply.server.ts";
import { requireUser, startPageFor } from "../utils/auth.server.ts";
import { clockOf } from "../utils/request.server.ts";
import { graphql, type ResultOf } from "../utils/graphql.ts";
import { queryGraphQL, runGraphQL, type Document } from "../utils/graphql.server.ts";
import { pluralWord } from "../../lib/plural.ts";

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

const RECORD_CONSENT = graphql(`mutation RecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`);
const WITHDRAW_CONSENT = graphql(`mutation WithdrawConsent($consentId: ID!) { withdrawConsent(consentId: $consentId) { id } }`);
const HAND_OVER = graphql(`
  mutation HandOver($participantId: ID!, $toCoachId: ID!, $note: String) {
    handOverParticipant(participantId: $participantId, toCoachId: $toCoachId, note: $note) { toCoach { name } }
  }
`);

export async function action({ request, params, context }: ActionFunctionArgs) {
  await requireUser(request, "COACH");
  const formData = await request.formData();
  const intent = String(formData.get("intent"));
  const participantId = params.id!;
  if (intent === "recordConsent") {
    const form = consentForm(today(clockOf(context)));
    const submission = parseWithZod(formData, { schema: form.schema });
    if (submission.status !== "success") return { intent, ok: false, message: "", result: submission.reply() };
    const { scope, givenAt, note } = submission.value;
    // The scope straight from the form: the API's enum checks it; the type makes no claim.
    const input = { participantId, scope, givenAt: givenAt.toISOString(), note };
    const { errors } = await runGraphQL(request, RECORD_CONSENT as Document, { input }, context);
    if (errors.length) return { intent, ok: false, message: "", result: apiErrorReply(submission, errors, form) };
    return { intent, ok: true, message: "Samtycket är registrerat.", result: submission.reply({ resetForm: true }) };
  }
  if (intent === "handOver") {
    const submission = parseWithZod(formData, { schema: handoverForm.schema });
    if (submission.status !== "success") return { intent, ok: false, message: "", result: submission.reply() };
    const { data, errors } = await runGraphQL(request, HAND_OVER, { participantId, ...submission.value }, context);
    if (errors.length || !data) return { intent, ok: false, message: "", result: apiErrorReply(submission, errors, handoverForm) };
    throw redirect(`/coach?${new URLSearchParams({ overlamnad: data.handOverParticipant.toCoach.name })}`);
  }
  if (intent !== "withdrawConsent") throw new Response("Okänd åtgärd", { status: 400 });
  const { errors } = await runGraphQL(request, WITHDRAW_CONSENT, { consentId: String(formData.get("consentId") ?? "") }, context);
  if (errors.length) return { intent, ok: false, message: errors[0]!.message, result: null };
  return { intent, ok: true, message: "Samtycket är återkallat.", result: null };
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
  const resultOf = (intent: string) => (result?.intent === intent ? result.result : null);
  const [handover, handoverFields] = useFormOf(handoverForm, { id: "handover-form", lastResult: resultOf("handOver") });
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
          Högst {swedishNumber(p.hoursPerDayMax)} {pluralWord(p.hoursPerDayMax, "timme", "timmar")} om dagen: {p.weekdays.map(weekdayName).join(", ")}
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

      <ParticipantConsents
        consents={p.consents}
        isOwnCoach={isOwnCoach}
        today={today}
        lastResult={resultOf("recordConsent")}
        notice={result && (result.intent === "recordConsent" || result.intent === "withdrawConsent") ? result : null}
      />

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
        <Form method="post" className="stack card" aria-labelledby="handover-heading" {...getFormProps(handover)}>
          <h3 id="handover-heading">Lämna över till en annan jobbcoach</h3>
          <FormError form={handover} />
          <p>Efter överlämningen kan du inte längre se {p.displayName}. Historiken följer med.</p>
          <Field field={handoverFields.toCoachId} id="handover-coach" label="Ny jobbcoach">
            {(props) => (
              <select {...props}>
                <option value="">Välj jobbcoach</option>
                <Options options={colleagues.map((c) => [c.id, c.name])} />
              </select>
            )}
          </Field>
          <Field field={handoverFields.note} id="handover-note" label="Meddelande till den nya jobbcoachen (frivilligt)">
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
