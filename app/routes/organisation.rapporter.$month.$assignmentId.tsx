// /organisation/rapporter/:yyyy-mm/:assignmentId: the organisation's monthly report for one participant: totals, the
// month day by day, the comment on progress beside the arbetsplan, submit; after approval an amendment with a reason;
// every version and what changed between two. Plain forms: everything works without JavaScript.
import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ABSENCE_KEYS, ABSENCE_LABELS, ABSENCE_REASONS, cellText, CELL_HELP } from "../../attendance/entry.ts";
import { hoursText } from "../../attendance/report.ts";
import { Field, FormError } from "../components/field.tsx";
import { DaysTable, ExportLinks, ReportErrorBoundary, ReportState, reportTitle, TotalsTable, VersionDiffView, VersionHistory, VersionView, WorkPlan } from "../components/monthly-report.tsx";
import { useFormOf } from "../forms/form.ts";
import { amendForm, commentForm } from "../forms/monthly-report.ts";
import { apiErrorReply } from "../forms/reply.server.ts";
import reportStyles from "../reports.css";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { runGraphQL } from "../utils/graphql.server.ts";
import { loadReportPage } from "../utils/monthly-report.server.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data ? reportTitle(data.report) : "Månadsrapport"} – Stegvis` }];

const SAVE = graphql(`mutation SaveReportComment($input: SaveMonthlyReportCommentInput!) { saveMonthlyReportComment(input: $input) { id } }`);
const SUBMIT = graphql(`mutation SubmitReport($input: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $input) { id } }`);
const AMEND = graphql(`mutation AmendReport($input: AmendMonthlyReportInput!) { amendMonthlyReport(input: $input) { id } }`);

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request, "ORG_MEMBER");
  return { report: await loadReportPage(request, params.assignmentId!, params.month!, context) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireUser(request, "ORG_MEMBER");
  const formData = await request.formData();
  const reportId = `${params.assignmentId}:${params.month}`;
  if (formData.get("intent") === "amend") {
    const submission = parseWithZod(formData, { schema: amendForm.schema });
    if (submission.status !== "success") return { form: "amend" as const, result: submission.reply() };
    const { reason, comment, days } = submission.value;
    const { errors } = await runGraphQL(request, AMEND, {
      input: { reportId, reason, comment, days: days.map((d) => ({ date: d.date, attendedMinutes: d.cell.attendedMinutes, absenceReason: d.cell.absenceReason })) },
    });
    if (errors.length) return { form: "amend" as const, result: apiErrorReply(submission, errors, amendForm) };
    throw redirect(`${new URL(request.url).pathname}?klart=rattad`);
  }
  const submission = parseWithZod(formData, { schema: commentForm.schema });
  if (submission.status !== "success") return { form: "comment" as const, result: submission.reply() };
  const value = submission.value;
  const { errors } =
    value.intent === "save"
      ? await runGraphQL(request, SAVE, { input: { reportId, comment: value.comment } })
      : await runGraphQL(request, SUBMIT, { input: { reportId, comment: value.comment, revision: value.revision } });
  if (errors.length) return { form: "comment" as const, result: apiErrorReply(submission, errors, commentForm) };
  throw redirect(`${new URL(request.url).pathname}?klart=${value.intent === "save" ? "sparad" : "inskickad"}`);
}

const DONE: Record<string, string> = {
  sparad: "Kommentaren är sparad.",
  inskickad: "Tack! Rapporten är inskickad. Jobbcoachen granskar den nu.",
  rattad: "Rättelsen är inskickad. Jobbcoachen granskar den nu.",
};

export default function OrganizationReportPage() {
  const { report } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const done = DONE[params.get("klart") ?? ""];
  const basePath = `/organisation/rapporter/${report.month}/${report.assignment.id}`;
  const lastReturn = [...report.versions].reverse().find((v) => v.status === "RETURNED");
  return (
    <section className="report-page">
      <p className="breadcrumb">
        <a href={`/organisation/rapporter/${report.month}`}>Alla rapporter för månaden</a>
      </p>
      <h1>{reportTitle(report)}</h1>
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <ReportState report={report} />
      {report.status === "RETURNED" && lastReturn?.reviewComment && (
        <div className="form-error">
          <p>
            <strong>Jobbcoachen skickade tillbaka rapporten:</strong> {lastReturn.reviewComment}
          </p>
          <p>
            Rätta dagarna i <a href={`/organisation/narvaro/${report.month}`}>närvaron för månaden</a> och skicka in igen.
          </p>
        </div>
      )}
      {"version" in report && report.version && <VersionView version={report.version} basePath={basePath} />}
      {"versionDiff" in report && report.versionDiff && <VersionDiffView diff={report.versionDiff} basePath={basePath} />}

      <div className="report-columns">
        <TotalsTable totals={report.totals} caption="Summor för månaden" />
        {report.viewerCanSubmit ? (
          <CommentForm report={report} />
        ) : (
          <section aria-labelledby="comment-heading" className="comment-beside">
            <div>
              <h2 id="comment-heading">Kommentar om arbetsplanen</h2>
              <p className="preserve-lines">{report.comment || "Ingen kommentar."}</p>
            </div>
            <WorkPlan goals={report.assignment.workPlanGoals} questions={report.assignment.workPlanQuestions} />
          </section>
        )}
      </div>
      {report.viewerCanAmend && <AmendForm report={report} />}

      <h2>Dagarna</h2>
      {report.viewerCanSubmit && (
        <p>
          Dagarna fyller ni i på sidan <a href={`/organisation/narvaro/${report.month}`}>Närvaro för månaden</a>.
        </p>
      )}
      <DaysTable days={report.days} caption={`Varje dag i ${reportTitle(report).replace(/^Närvaro för [^,]+, /, "")}`} />

      <h2>Versioner</h2>
      <VersionHistory report={report} basePath={basePath} />

      <h2>Ladda ner</h2>
      <ExportLinks query={`rapport=${encodeURIComponent(`${report.assignment.id}:${report.month}`)}`} what="rapporten" />
    </section>
  );
}

type Report = ReturnType<typeof useLoaderData<typeof loader>>["report"];

function CommentForm({ report }: { report: Report }) {
  const last = useActionData<typeof action>();
  const [form, fields] = useFormOf(commentForm, {
    id: "report-comment",
    lastResult: last?.form === "comment" ? last.result : undefined,
    defaultValue: { comment: report.comment },
  });
  const ready = report.missingDays.length === 0;
  return (
    <Form method="post" {...getFormProps(form)} className="stack comment-beside">
      <div className="stack">
        <h2 id="comment-heading">Kommentar om arbetsplanen</h2>
        <FormError form={form} />
        <Field field={fields.comment} id="report-comment-comment" label="Hur går det med målen och frågorna i arbetsplanen?" hint="Skriv kort och konkret. Jobbcoachen läser kommentaren.">
          {(control) => <textarea {...control} rows={7} />}
        </Field>
        <input type="hidden" name="revision" value={report.revision} />
        {!ready && (
          <p className="notice">
            {report.missingDays.length === 1 ? "En dag" : `${report.missingDays.length} dagar`} saknar närvaro. Fyll i dem innan ni skickar in.
          </p>
        )}
        <div className="button-row">
          <button type="submit" name="intent" value="submit" className="button">
            Skicka in rapporten
          </button>
          <button type="submit" name="intent" value="save" className="button secondary">
            Spara kommentaren
          </button>
        </div>
      </div>
      <WorkPlan goals={report.assignment.workPlanGoals} questions={report.assignment.workPlanQuestions} />
    </Form>
  );
}

/** An approved month changed: the days as they stand, editable, with the reason for the amendment. */
function AmendForm({ report }: { report: Report }) {
  const last = useActionData<typeof action>();
  const editable = report.days.filter((d) => d.kind === "SCHEDULED" || d.attendedMinutes !== null);
  const [form, fields] = useFormOf(amendForm, {
    id: "report-amend",
    lastResult: last?.form === "amend" ? last.result : undefined,
    defaultValue: {
      comment: report.comment,
      days: editable.map((d) => ({ date: d.date, cell: d.attendedMinutes === null ? "" : cellText({ attendedMinutes: d.attendedMinutes, absenceReason: d.absenceReason }) })),
    },
  });
  const dayFields = fields.days.getFieldList();
  return (
    <details className="card amend" open={last?.form === "amend" ? true : undefined}>
      <summary>Rätta den godkända rapporten</summary>
      <Form method="post" {...getFormProps(form)} className="stack">
        <p>En rättelse blir en ny version. Den gamla finns kvar. Jobbcoachen granskar rättelsen.</p>
        <FormError form={form} />
        <Field field={fields.reason} id="report-amend-reason" label="Varför rättar ni rapporten?">
          {(control) => <textarea {...control} rows={2} />}
        </Field>
        <Field field={fields.comment} id="report-amend-comment" label="Kommentar om arbetsplanen">
          {(control) => <textarea {...control} rows={4} />}
        </Field>
        <div className="table-scroll" role="region" aria-label="Dagarna" tabIndex={0}>
          <table className="table">
            <caption>Dagarna. {CELL_HELP}</caption>
            <thead>
              <tr>
                <th scope="col">Datum</th>
                <th scope="col">Schema (timmar)</th>
                <th scope="col">Närvaro och frånvarokod</th>
              </tr>
            </thead>
            <tbody>
              {dayFields.map((dayField, i) => {
                const day = editable[i]!;
                const parts = dayField.getFieldset();
                return (
                  <tr key={day.date}>
                    <th scope="row">
                      {day.date}
                      <input {...getInputProps(parts.date, { type: "hidden" })} key={parts.date.key} />
                    </th>
                    <td>{hoursText(day.scheduledMinutes)}</td>
                    <td>
                      <input
                        {...getInputProps(parts.cell, { type: "text" })}
                        key={parts.cell.key}
                        size={7}
                        aria-label={`Närvaro ${day.date}`}
                      />
                      {parts.cell.errors && (
                        <span className="field-error" id={parts.cell.errorId}>
                          {parts.cell.errors[0]}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="hint">
          Frånvarokoder: {ABSENCE_REASONS.map((reason) => `${ABSENCE_KEYS[reason]} ${ABSENCE_LABELS[reason].toLowerCase()}`).join(", ")}.
        </p>
        <button type="submit" name="intent" value="amend" className="button">
          Skicka in rättelsen
        </button>
      </Form>
    </details>
  );
}

export function ErrorBoundary() {
  return <ReportErrorBoundary back={{ href: "/organisation", label: "Till er startsida" }} forbidden="Deltagaren är inte placerad hos er, eller så finns inget samtycke till att dela uppgifterna." />;
}
