// /organisation/import: upload a CSV file of placements, see every row's errors, then import the valid rows at once.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { decodeCsvBytes, notCsvText } from "../utils/csv.server.ts";
import { FileInput } from "../components/field.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { graphql } from "../utils/graphql.ts";
import { queryGraphQL, runGraphQL } from "../utils/graphql.server.ts";
import { plural, pluralWord } from "../../lib/plural.ts";

export const meta: MetaFunction = () => [{ title: "Importera platser – Stegvis" }];

const OWN_ORGANIZATIONS = graphql(`query ImportOrganizations { me { organizations { id name } } }`);
export const PREVIEW = graphql(`
  mutation PreviewImport($organizationId: ID!, $csv: String!) {
    previewPlacementImport(organizationId: $organizationId, csv: $csv) {
      fileErrors validCount invalidCount
      rows { rowNumber externalRef title action errors { column message } }
    }
  }
`);
export const IMPORT = graphql(`
  mutation ImportFromPage($organizationId: ID!, $csv: String!) {
    importPlacements(organizationId: $organizationId, csv: $csv) { created updated fileErrors invalidRows { rowNumber } }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "ORG_MEMBER");
  const { me } = await queryGraphQL(request, OWN_ORGANIZATIONS);
  return { organizations: me?.organizations ?? [] };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request, "ORG_MEMBER");
  const form = await request.formData();
  const organizationId = String(form.get("organizationId") ?? "");
  const file = form.get("file");
  // A new upload is read from its bytes (UTF-8 or Windows-1252); the import step sends back the text it previewed.
  const csv = file instanceof File && file.size > 0 ? decodeCsvBytes(new Uint8Array(await file.arrayBuffer())) : String(form.get("csv") ?? "");
  if (!csv.trim()) return { step: "error" as const, message: "Välj en CSV-fil att läsa in.", organizationId };
  // A spreadsheet or a picture is answered here, before the API would refuse its NUL bytes with a general message.
  const notCsv = notCsvText(csv);
  if (notCsv) return { step: "error" as const, message: notCsv, organizationId };
  if (form.get("intent") === "import") {
    const { data, errors } = await runGraphQL(
      request,
      IMPORT,
      { organizationId, csv },
    );
    if (errors.length || !data) return { step: "error" as const, message: errors[0]?.message ?? "Importen misslyckades.", organizationId };
    return { step: "done" as const, ...data.importPlacements, organizationId };
  }
  const { data, errors } = await runGraphQL(request, PREVIEW, { organizationId, csv });
  if (errors.length || !data) return { step: "error" as const, message: errors[0]?.message ?? "Filen gick inte att läsa.", organizationId };
  return { step: "preview" as const, preview: data.previewPlacementImport, csv, organizationId };
}

const ACTION_LABEL: Record<string, string> = { CREATE: "Ny", UPDATE: "Uppdateras", INVALID: "Fel" };

export default function ImportPlacements() {
  const { organizations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const organizationId = result?.organizationId || organizations[0]?.id || "";
  const fileError = result?.step === "error" ? result.message : null;
  return (
    <section>
      <p className="breadcrumb">
        <a href="/organisation">Vår organisation</a>
      </p>
      <h1>Importera platser från fil</h1>
      <p>
        Lägg in många platser på en gång med en CSV-fil. Använd <a href="/mall-platser.csv" download>mallen</a>: en rad för varje plats. Nya
        platser blir utkast som ni publicerar sedan. En rad med en referens ni redan har uppdaterar den platsen.
      </p>

      <Form method="post" encType="multipart/form-data" className="stack narrow">
        <div className="field">
          <label htmlFor="organizationId">Organisation</label>
          <select id="organizationId" name="organizationId" defaultValue={organizationId}>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="file">CSV-fil</label>
          <p id="file-hint" className="hint">
            UTF-8 eller Windows-1252, med semikolon eller komma mellan kolumnerna.
          </p>
          <FileInput id="file" name="file" accept=".csv,text/csv" required describedBy={fileError ? "file-hint file-error" : "file-hint"} invalid={Boolean(fileError)} />
          {fileError && (
            <p id="file-error" className="field-error" role="alert">
              {fileError}
            </p>
          )}
        </div>
        <button type="submit" name="intent" value="preview" className="button" disabled={busy}>
          Läs in och granska
        </button>
      </Form>


      {result?.step === "preview" && (
        <section aria-labelledby="preview-heading" className="import-preview">
          <h2 id="preview-heading">Granska innan import</h2>
          {result.preview.fileErrors.length > 0 ? (
            <ul className="form-error" role="alert">
              {result.preview.fileErrors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          ) : (
            <>
              <p role="status">
                {plural(result.preview.validCount, "rad", "rader")} kan importeras. {plural(result.preview.invalidCount, "rad", "rader")} har fel och tas inte med.
              </p>
              {result.preview.invalidCount > 0 && (
                <>
                  <h3>Rader med fel</h3>
                  <ul className="import-errors">
                    {result.preview.rows
                      .filter((row) => row.action === "INVALID")
                      .map((row) => (
                        <li key={row.rowNumber}>
                          <strong>Rad {row.rowNumber}</strong>
                          {row.title && ` (${row.title})`}:{" "}
                          {row.errors.map((error) => `${error.column}: ${error.message}`).join(" ")}
                        </li>
                      ))}
                  </ul>
                </>
              )}
              <table className="table stacked">
                <caption>Alla rader i filen</caption>
                <thead>
                  <tr>
                    <th scope="col">Rad</th>
                    <th scope="col">Referens</th>
                    <th scope="col">Rubrik</th>
                    <th scope="col">Vad händer</th>
                  </tr>
                </thead>
                <tbody>
                  {result.preview.rows.map((row) => (
                    <tr key={row.rowNumber}>
                      <td data-label="Rad">{row.rowNumber}</td>
                      <td data-label="Referens">{row.externalRef}</td>
                      <td data-label="Rubrik">{row.title}</td>
                      <td data-label="Vad händer">{ACTION_LABEL[row.action]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {result.preview.validCount > 0 && (
                <Form method="post" className="stack">
                  <input type="hidden" name="organizationId" value={result.organizationId} />
                  <input type="hidden" name="csv" value={result.csv} />
                  <button type="submit" name="intent" value="import" className="button" disabled={busy}>
                    Importera {plural(result.preview.validCount, "plats", "platser")}
                  </button>
                </Form>
              )}
            </>
          )}
        </section>
      )}

      {result?.step === "done" && (
        <section aria-labelledby="done-heading">
          <h2 id="done-heading">Klart</h2>
          <p role="status">
            {result.created} {pluralWord(result.created, "ny plats", "nya platser")} och {result.updated} {pluralWord(result.updated, "uppdaterad", "uppdaterade")}. {result.invalidRows.length > 0 && `${plural(result.invalidRows.length, "rad", "rader")} med fel togs inte med.`}
          </p>
          <p>
            <a href="/organisation">Till Vår organisation</a>
          </p>
        </section>
      )}
    </section>
  );
}

export { ErrorBoundary } from "../components/error-page.tsx";
