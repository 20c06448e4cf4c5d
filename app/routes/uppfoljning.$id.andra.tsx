import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import followUpStyles from "../components/follow-up/follow-up.css";
import { FollowUpForm } from "../components/follow-up/follow-up-form.tsx";
import { FOLLOW_UP_RECORD } from "../components/follow-up/follow-up-record.tsx";
import { today } from "../../lib/dates.ts";
import { requireUser } from "../utils/auth.server.ts";
import { followUpFormData, submitFollowUpForm } from "../utils/follow-up-form.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL, type Document } from "../utils/graphql.server.ts";
import { clockOf } from "../utils/request.server.ts";

export const meta: MetaFunction = () => [{ title: "Ändra uppföljning – Stegvis" }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: followUpStyles }];

const FOLLOW_UP = graphql(`query EditFollowUp($id: ID!) { followUp(id: $id) { ...FollowUpRecordFields } }`, [FOLLOW_UP_RECORD]);
const UPDATE = graphql(`mutation UpdateFollowUp($input: UpdateFollowUpInput!) { updateFollowUp(input: $input) { id } }`);

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request);
  const { followUp: f } = await queryGraphQL(request, FOLLOW_UP, { id: params.id! }, context);
  if (!f) throw new Response("Uppföljningen finns inte.", { status: 404 });
  if (!f.viewerCanEdit) throw redirect(`/uppfoljning/${f.id}`);
  const form = await followUpFormData(request, f.participantId, context);
  const rating = new Map(f.ratings.map((r) => [r.area, String(r.rating)]));
  const change = new Map(f.adaptations.map((a) => [a.adaptation.code, a.change]));
  const defaultValue = {
    date: f.date,
    mode: f.mode,
    durationMinutes: f.durationMinutes === null ? "" : String(f.durationMinutes),
    attendees: f.attendees,
    workPlanGoal: f.workPlanGoal,
    notes: f.notes,
    supportGiven: f.supportGiven,
    supportBefore: f.supportBefore ?? "",
    supportAfter: f.supportAfter ?? "",
    employerFeedback: f.employerFeedback,
    participantView: f.participantView === null ? "" : String(f.participantView),
    risks: f.risks,
    nextDate: f.nextDate ?? "",
    ratings: form.areas.map((a) => ({ area: a.area, rating: rating.get(a.area) ?? "" })),
    adaptations: form.adaptations.map((a) => ({ code: a.code, change: change.get(a.code) ?? "" })),
    actions: [...f.actions.map((a) => ({ description: a.description, owner: a.owner, dueDate: a.dueDate })), { description: "", owner: "PARTICIPANT", dueDate: "" }],
  };
  return { ...form, followUpId: f.id, defaultValue, today: today(clockOf(context)) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  await requireUser(request);
  const result = await submitFollowUpForm(request, context, UPDATE as Document, { followUpId: params.id! }, (data) => data.updateFollowUp.id);
  if ("id" in result) throw redirect(`/uppfoljning/${result.id}?sparad=2`);
  return result.reply;
}

export default function EditFollowUp() {
  const { followUpId, defaultValue, ...data } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <section>
      <p className="breadcrumb">
        <a href={`/uppfoljning/${followUpId}`}>Tillbaka till uppföljningen</a>
      </p>
      <h1>Ändra uppföljningen med {data.displayName}</h1>
      <p>Den tidigare versionen sparas. Efter 24 timmar kan du bara skriva tillägg.</p>
      <FollowUpForm {...data} defaultValue={defaultValue} lastResult={lastResult} submitLabel="Spara ändringen" />
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
