import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import followUpStyles from "../components/follow-up/follow-up.css";
import { FOLLOW_UP_OVERVIEW, FollowUpList, NotStartedList } from "../components/follow-up/follow-up-list.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction = () => [{ title: "Uppföljning – Stegvis" }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: followUpStyles }];

const START = graphql(`query SupportWorkerStart { followUpOverview { ...FollowUpOverviewFields } }`, [FOLLOW_UP_OVERVIEW]);

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, "SUPPORT_WORKER");
  const { followUpOverview } = await queryGraphQL(request, START, {}, context);
  return { name: user.name, overview: followUpOverview };
}

export default function SupportWorkerStart() {
  const { name, overview } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>Deltagare jag följer upp</h1>
      <p>Hej {name}! Här är alla du följer upp, de som behöver en uppföljning nu först.</p>
      <FollowUpList overview={overview} />
      <NotStartedList participants={overview.notStarted} />
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
