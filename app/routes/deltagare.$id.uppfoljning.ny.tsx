import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import followUpStyles from "../components/follow-up/follow-up.css";
import { FollowUpForm } from "../components/follow-up/follow-up-form.tsx";
import { today } from "../../lib/dates.ts";
import { requireUser } from "../utils/auth.server.ts";
import { followUpFormData, submitFollowUpForm } from "../utils/follow-up-form.server.ts";
import { graphql } from "../utils/graphql.ts";
import type { Document } from "../utils/graphql.server.ts";
import { clockOf } from "../utils/request.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Ny uppföljning med ${data?.displayName ?? "deltagare"} – Stegvis` }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: followUpStyles }];

const RECORD = graphql(`mutation RecordFollowUp($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }`);

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request);
  return { ...(await followUpFormData(request, params.id!, context)), today: today(clockOf(context)) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  await requireUser(request);
  // Form values are strings where the schema has enums; the API checks them.
  const result = await submitFollowUpForm(request, context, RECORD as Document, {}, (data) => data.recordFollowUp.id);
  if ("id" in result) throw redirect(`/uppfoljning/${result.id}?sparad=1`);
  return result.reply;
}

export default function NewFollowUp() {
  const data = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <section>
      <p className="breadcrumb">
        <a href={`/deltagare/${data.participantId}/uppfoljning`}>Tillbaka till {data.displayName}</a>
      </p>
      <h1>Ny uppföljning med {data.displayName}</h1>
      <FollowUpForm {...data} lastResult={lastResult} submitLabel="Spara uppföljningen" />
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
