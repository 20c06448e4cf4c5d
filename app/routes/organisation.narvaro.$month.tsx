// /organisation/narvaro/:yyyy-mm: the organisation's month of attendance, one row per placed participant, one
// column per day, saved with saveAttendance. A row goes to the API only when its cells changed since the page was
// loaded, with the revision it was loaded at: someone else's save in between is refused for that row and the row
// shows what they saved (nothing of theirs is lost, nothing of ours is saved half).
import { parseWithZod } from "@conform-to/zod/v4";
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { ATTENDANCE_ROW, AttendanceGrid, AttendanceLegend, type SubmittedRow } from "../components/attendance-grid.tsx";
import { formatMinutes } from "../../attendance/entry.ts";
import { isYearMonth, shiftMonth } from "../../attendance/month.ts";
import { attendanceGridForm, rowSignature } from "../forms/attendance.ts";
import { formatMonth } from "../../lib/dates.ts";
import { apiErrorReply } from "../forms/reply.server.ts";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL, runGraphQL } from "../utils/graphql.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Närvaro ${data ? formatMonth(`${data.month}-01`) : ""} – Stegvis` }];

const ORGANIZATIONS = graphql(`query AttendanceOrganizations { me { organizations { id name } } }`);
export const ATTENDANCE_MONTH = graphql(
  `query AttendanceMonth($organizationId: ID!, $month: String!) { attendanceMonth(organizationId: $organizationId, month: $month) { ...AttendanceGridRow } }`,
  [ATTENDANCE_ROW],
);
export const SAVE_ATTENDANCE = graphql(`mutation SaveAttendance($input: SaveAttendanceInput!) { saveAttendance(input: $input) { revision } }`);

async function organizationOf(request: Request) {
  const { me } = await queryGraphQL(request, ORGANIZATIONS);
  const organizations = me?.organizations ?? [];
  const wanted = new URL(request.url).searchParams.get("org");
  const organization = organizations.find((o) => o.id === wanted) ?? organizations[0];
  if (!organization) throw new Response("Du hör inte till någon organisation.", { status: 403 });
  return { organization, organizations };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, "ORG_MEMBER");
  const month = params.month ?? "";
  if (!isYearMonth(month)) throw new Response("Skriv månaden som år-månad, till exempel 2026-11.", { status: 404 });
  const { organization, organizations } = await organizationOf(request);
  const { attendanceMonth } = await queryGraphQL(request, ATTENDANCE_MONTH, { organizationId: organization.id, month });
  return { month, organization, organizations, rows: attendanceMonth };
}

type Values = { intent?: string; rows?: (Omit<SubmittedRow, "days"> & { revision?: string; original?: string; days?: { date?: string; scheduled?: string; value?: string }[] })[] };

/** The plain form's "Allt enligt schema": the submitted cells, with every empty scheduled day set to its time. */
function filled(values: Values, intent: string): Values {
  const only = intent.startsWith("fill:") ? intent.slice(5) : null;
  return {
    ...values,
    rows: values.rows?.map((row) =>
      only && row.assignmentId !== only
        ? row
        : { ...row, days: row.days?.map((day) => (!day.value?.trim() && Number(day.scheduled) > 0 ? { ...day, value: formatMinutes(Number(day.scheduled)) } : day)) },
    ),
  };
}

interface ActionResult {
  result: SubmissionResult<string[]>;
  conflicts: string[];
  /** The refused rows as they are stored now (the other person's save), shown in place of what was typed. */
  current?: LoadedRows;
  stamp: string;
}

export async function action({ request, params }: ActionFunctionArgs): Promise<ActionResult | Response> {
  await requireUser(request, "ORG_MEMBER");
  const month = params.month ?? "";
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: attendanceGridForm });
  const stamp = String(Date.now());
  const intent = String(formData.get("intent") ?? "save");
  if (intent.startsWith("fill")) {
    const result = submission.reply();
    return { result: { ...result, initialValue: filled((result.initialValue ?? {}) as Values, intent) as NonNullable<typeof result.initialValue> }, conflicts: [], stamp };
  }
  if (submission.status !== "success") return { result: submission.reply(), conflicts: [], stamp };

  const { organization } = await organizationOf(request);
  // Only rows whose cells changed since they were loaded: an untouched row never conflicts with someone else's save.
  const changed = submission.value.rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => rowSignature(row.days.map((day) => day.entry)) !== row.original);
  if (changed.length === 0) return redirect(`/organisation/narvaro/${month}?${new URLSearchParams({ org: organization.id, sparad: "0" })}`);
  const input = {
    organizationId: organization.id,
    month,
    rows: changed.map(({ row }) => ({
      assignmentId: row.assignmentId,
      revision: row.revision,
      days: row.days.map((day) => ({ date: day.date, attendedMinutes: day.entry?.attendedMinutes ?? null, absenceReason: day.entry?.absenceReason ?? null })),
    })),
  };
  const { errors } = await runGraphQL(request, SAVE_ATTENDANCE, { input });
  if (!errors.length) return redirect(`/organisation/narvaro/${month}?${new URLSearchParams({ org: organization.id, sparad: String(changed.length) })}`);

  const error = errors[0]!;
  const code = error.extensions?.code;
  // The API names fields as rows.<sent row>.days.<day>.<field>; the form as rows[<form row>].days[<day>].value.
  const fieldOf = (path: string) => {
    const match = /^rows\.(\d+)\.days\.(\d+)\./.exec(path);
    const sent = match && changed[Number(match[1])];
    return sent ? `rows[${sent.index}].days[${match[2]}].value` : path;
  };
  const conflicts = code === "ATTENDANCE_CONFLICT" ? ((error.extensions?.conflicts as { assignmentId: string }[]) ?? []).map((c) => c.assignmentId) : [];
  if (code !== "VALIDATION_FAILED" && code !== "ATTENDANCE_CONFLICT" && code !== "REPORT_LOCKED" && code !== "FORBIDDEN") throw error;
  const current = conflicts.length
    ? (await queryGraphQL(request, ATTENDANCE_MONTH, { organizationId: organization.id, month })).attendanceMonth.filter((row) => conflicts.includes(row.assignment.id))
    : undefined;
  return { result: apiErrorReply(submission, [error], { fieldOf }), conflicts, current, stamp };
}

export default function AttendanceMonthPage() {
  const loaded = useLoaderData<typeof loader>();
  const { month, organization, organizations } = loaded;
  const actionData = useActionData<typeof action>();
  const rows = loaded.rows.map((row) => actionData?.current?.find((now: LoadedRows[number]) => now.assignment.id === row.assignment.id && now.revision > row.revision) ?? row);
  const [params] = useSearchParams();
  const saving = useNavigation().state === "submitting";
  const [form] = useForm({
    id: "attendance",
    lastResult: actionData?.result,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: attendanceGridForm }),
  });
  const submitted = new Map(((actionData?.result.initialValue as Values | undefined)?.rows ?? []).map((row) => [row.assignmentId ?? "", row]));
  const errors = form.allErrors;
  const cellErrors = Object.entries(errors).filter(([name]) => name.endsWith(".value"));
  const saved = params.get("sparad");
  const orgQuery = organizations.length > 1 ? `?org=${organization.id}` : "";
  const title = formatMonth(`${month}-01`);

  return (
    <section className="attendance-page">
      <p className="breadcrumb">
        <a href="/organisation">Vår organisation</a>
      </p>
      <h1 id="attendance-caption">
        Närvaro {title}
        {organizations.length > 1 ? `, ${organization.name}` : ""}
      </h1>
      <nav aria-label="Månad" className="month-nav">
        <a href={`/organisation/narvaro/${shiftMonth(month, -1)}${orgQuery}`}>← {formatMonth(`${shiftMonth(month, -1)}-01`)}</a>
        <a href={`/organisation/narvaro/${shiftMonth(month, 1)}${orgQuery}`}>{formatMonth(`${shiftMonth(month, 1)}-01`)} →</a>
      </nav>
      {saved && (
        <p className="notice" role="status">
          {saved === "0" ? "Inget var ändrat, så inget behövde sparas." : "Närvaron är sparad."}
        </p>
      )}
      {form.errors?.map((message) => (
        <p key={message} className="form-error" role="alert">
          {message}
        </p>
      ))}
      {cellErrors.length > 0 && (
        <div className="form-error" role="alert">
          <p>Rätta {cellErrors.length === 1 ? "rutan" : `de ${cellErrors.length} rutorna`} nedan och spara igen:</p>
          <ul>
            {cellErrors.map(([name, messages]) => (
              <li key={name} id={`${cellIdOf(name, rows)}-error`}>
                <a href={`#${cellIdOf(name, rows)}`}>{labelOf(name, rows)}</a>: {messages?.[0]}
              </li>
            ))}
          </ul>
        </div>
      )}
      {rows.length === 0 ? (
        <p>Ingen deltagare är placerad hos er den här månaden.</p>
      ) : (
        <Form method="post" {...getFormProps(form)} noValidate className="attendance-form">
          <p className="button-row">
            <button type="submit" name="intent" value="save" className="button" disabled={saving}>
              {saving ? "Sparar …" : "Spara närvaron"}
            </button>
          </p>
          <AttendanceGrid rows={rows} submitted={submitted} conflicts={actionData?.conflicts ?? []} stamp={actionData?.stamp ?? "loaded"} errors={errors} />
          <p className="button-row">
            <button type="submit" name="intent" value="save" className="button" disabled={saving}>
              {saving ? "Sparar …" : "Spara närvaron"}
            </button>
          </p>
        </Form>
      )}
      <AttendanceLegend />
    </section>
  );
}

type LoadedRows = ReturnType<typeof useLoaderData<typeof loader>>["rows"];

/** The day a form field name ("rows[0].days[3].value") points at: the n-th day of the row inside the assignment. */
function dayOf(name: string, rows: LoadedRows) {
  const match = /^rows\[(\d+)\]\.days\[(\d+)\]/.exec(name);
  const row = match ? rows[Number(match[1])] : undefined;
  const day = row?.days.filter((d) => d.kind !== "OUTSIDE")[Number(match![2])];
  return row && day ? { row, day } : null;
}

function cellIdOf(name: string, rows: LoadedRows): string {
  const found = dayOf(name, rows);
  return found ? `cell-${found.row.assignment.id}-${found.day.date}` : "attendance-caption";
}

function labelOf(name: string, rows: LoadedRows): string {
  const found = dayOf(name, rows);
  return found ? `${found.row.assignment.participant?.displayName ?? "Deltagaren"}, ${Number(found.day.date.slice(8))}/${Number(found.day.date.slice(5, 7))}` : "En ruta";
}

export { ErrorBoundary } from "../components/error-page.tsx";
