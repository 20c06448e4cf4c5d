// /rapporter/:yyyy-mm/:assignmentId: the coach's review of a monthly report (approve, or return with a comment); the
// handledare sees the same page read-only. Totals, days, the organisation's comment beside the arbetsplan, versions.
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Field, FormError } from "../components/field.tsx";
import { DaysTable, ExportLinks, ReportErrorBoundary, ReportState, reportTitle, TotalsTable, VersionDiffView, VersionHistory, VersionView, WorkPlan } from "../components/monthly-report.tsx";
import { useFormOf } from "../forms/form.ts";
import { reviewForm } from "../forms/monthly-report.ts";
import { apiErrorReply } from "../forms/reply.server.ts";
import reportStyles from "../reports.css";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { runGraphQL } from "../utils/graphql.server.ts";
import { loadReportPage } from "../utils/monthly-report.server.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Granska: ${data ? reportTitle(data.report) : "månadsrapport"} – Stegvis` }];

const APPROVE = graphql(`mutation ApproveReport($input: ReviewMonthlyReportInput!) { approveMonthlyReport(input: $input) { id } }`);
const RETURN = graphql(`mutation ReturnReport($input: ReviewMonthlyReportInput!) { returnMonthlyReport(input: $input) { id } }`);

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request);
  return { report: await loadReportPage(request, params.assignmentId!, params.month!, context) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireUser(request, "COACH");
  const submission = parseWithZod(await request.formData(), { schema: reviewForm.schema });
  if (submission.status !== "success") return submission.reply();
  const { intent, comment } = submission.value;
  const input = { reportId: `${params.assignmentId}:${params.month}`, comment };
  const { errors } = intent === "approve" ? await runGraphQL(request, APPROVE, { input }) : await runGraphQL(request, RETURN, { input });
  if (errors.length) return apiErrorReply(submission, errors, reviewForm);
  throw redirect(`${new URL(request.url).pathname}?klart=${intent === "approve" ? "godkand" : "tillbaka"}`);
}

const DONE: Record<string, string> = {
  godkand: "Rapporten är godkänd.",
  tillbaka: "Rapporten är tillbakaskickad. Organisationen ser din kommentar.",
};

export default function ReviewReportPage() {
  const { report } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const done = DONE[params.get("klart") ?? ""];
  const basePath = `/rapporter/${report.month}/${report.assignment.id}`;
  const latest = report.versions[report.versions.length - 1];
  return (
    <section className="report-page">
      <p className="breadcrumb">
        <a href={`/deltagare/${report.participantId}`}>Till {report.participantName}s profil</a>
      </p>
      <h1>{reportTitle(report)}</h1>
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <ReportState report={report} />
      {latest?.amendmentReason && report.status === "SUBMITTED" && (
        <p className="notice">
          <strong>Rättelse av en godkänd rapport:</strong> {latest.amendmentReason}
        </p>
      )}
      {"version" in report && report.version && <VersionView version={report.version} basePath={basePath} />}
      {"versionDiff" in report && report.versionDiff && <VersionDiffView diff={report.versionDiff} basePath={basePath} />}
      <div className="report-columns">
        <TotalsTable totals={report.totals} caption="Summor för månaden" />
        <section aria-labelledby="comment-heading" className="comment-beside">
          <div>
            <h2 id="comment-heading">Organisationens kommentar</h2>
            <p className="preserve-lines">{report.comment || "Ingen kommentar."}</p>
          </div>
          <WorkPlan goals={report.assignment.workPlanGoals} questions={report.assignment.workPlanQuestions} />
        </section>
      </div>
      {report.viewerCanReview && <ReviewForm />}
      {report.versions.length > 1 && (
        <p>
          <a href={`${basePath}?fran=${report.versions.length - 1}&till=${report.versions.length}`}>Se vad som ändrats sedan förra versionen</a>
        </p>
      )}
      <h2>Dagarna</h2>
      <DaysTable days={report.days} caption="Varje dag i månaden" />
      <h2>Versioner</h2>
      <VersionHistory report={report} basePath={basePath} />
      <h2>Ladda ner</h2>
      <ExportLinks query={`rapport=${encodeURIComponent(`${report.assignment.id}:${report.month}`)}`} what="rapporten" />
    </section>
  );
}

function ReviewForm() {
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useFormOf(reviewForm, { id: "report-review", lastResult });
  return (
    <Form method="post" {...getFormProps(form)} className="stack card" aria-labelledby="review-heading">
      <h2 id="review-heading">Granska rapporten</h2>
      <FormError form={form} />
      <Field
        field={fields.comment}
        id="report-review-comment"
        label="Kommentar till organisationen"
        hint="Måste fyllas i om du skickar tillbaka rapporten: skriv vad som behöver ändras."
      >
        {(control) => <textarea {...control} rows={3} />}
      </Field>
      <div className="button-row">
        <button type="submit" name="intent" value="approve" className="button">
          Godkänn
        </button>
        <button type="submit" name="intent" value="return" className="button secondary">
          Skicka tillbaka
        </button>
      </div>
    </Form>
  );
}

export function ErrorBoundary() {
  return <ReportErrorBoundary back={{ href: "/start", label: "Till startsidan" }} forbidden="Rapporten gäller inte någon av dina deltagare." />;
}
