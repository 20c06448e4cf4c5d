/**
 * CSV import of placements for one organisation: preview (nothing written) and import (the valid rows, in one
 * transaction). Idempotent on the `referens` column: a row whose reference the organisation already has updates that
 * placement instead of adding one. New placements arrive as drafts; existing ones keep their status.
 */
import { builder, FIELD_COST } from "../builder.ts";
import type { Context } from "../context.ts";
import { notCsvText, parsePlacementCsv, type CsvRow } from "../placement-csv.ts";
import { ValidationError } from "../errors.ts";
import { allow } from "../policy.ts";
import { parseInput } from "../validation/parse.ts";
import { CSV_MAX_CHARS, importCsvText } from "../validation/placement.ts";
import { bounded } from "../input-limits.ts";
import { loadVocabulary, requireMemberOf, rowOf, writeVocabularyLinks, type Vocabulary } from "./placement-mutations.ts";

/** The file's own limit (with its Swedish message in importCsvText) is the argument's bound too. */
const csvBounds = bounded({ maxLength: CSV_MAX_CHARS });

interface ImportRowView extends CsvRow {
  action: "CREATE" | "UPDATE" | "INVALID";
}

interface Preview {
  fileErrors: string[];
  rows: ImportRowView[];
}

const PlacementImportError = builder.objectRef<{ column: string; message: string }>("PlacementImportError").implement({
  fields: (t) => ({
    column: t.exposeString("column", { description: "The CSV column, as in the template" }),
    message: t.exposeString("message"),
  }),
});

const PlacementImportRow = builder.objectRef<ImportRowView>("PlacementImportRow").implement({
  fields: (t) => ({
    rowNumber: t.exposeInt("rowNumber", { description: "As a spreadsheet shows it: the header is row 1" }),
    externalRef: t.exposeString("externalRef"),
    title: t.exposeString("title"),
    action: t.exposeString("action", { description: "CREATE | UPDATE | INVALID" }),
    errors: t.field({ type: [PlacementImportError], resolve: (row) => row.errors }),
  }),
});

const PlacementImportPreview = builder.objectRef<Preview>("PlacementImportPreview").implement({
  fields: (t) => ({
    fileErrors: t.stringList({ description: "Problems with the whole file (columns, size); then no row is imported", resolve: (p) => p.fileErrors }),
    rows: t.field({ type: [PlacementImportRow], resolve: (p) => p.rows }),
    validCount: t.int({ resolve: (p) => p.rows.filter((row) => row.action !== "INVALID").length }),
    invalidCount: t.int({ resolve: (p) => p.rows.filter((row) => row.action === "INVALID").length }),
  }),
});

const PlacementImportResult = builder.objectRef<{ created: number; updated: number; preview: Preview }>("PlacementImportResult").implement({
  fields: (t) => ({
    created: t.exposeInt("created"),
    updated: t.exposeInt("updated"),
    fileErrors: t.stringList({ resolve: (r) => r.preview.fileErrors }),
    invalidRows: t.field({ type: [PlacementImportRow], description: "Rows left out, with their errors", resolve: (r) => r.preview.rows.filter((row) => row.action === "INVALID") }),
  }),
});

async function preview(context: Context, organizationId: string, csv: string): Promise<{ preview: Preview; vocabulary: Vocabulary }> {
  await requireMemberOf(context, organizationId);
  const text = parseInput(importCsvText, csv);
  const notCsv = notCsvText(text);
  if (notCsv) throw new ValidationError([{ field: "csv", message: notCsv }], notCsv);
  const [vocabulary, existing] = await Promise.all([
    loadVocabulary(context.db),
    context.db.placement.findMany({ where: { organizationId, externalRef: { not: null } }, select: { externalRef: true, status: true } }),
  ]);
  const refs = new Set(existing.map((p) => p.externalRef!));
  const published = new Set(existing.filter((p) => p.status === "PUBLISHED").map((p) => p.externalRef!));
  const parsed = parsePlacementCsv(
    text,
    {
      kommuner: [...vocabulary.kommuner].map(([code, k]) => ({ code, name: k.name })),
      adaptations: [...vocabulary.adaptations].map(([code, label]) => ({ code, label })),
      occupationCards: [...vocabulary.occupationCards].map(([id, title]) => ({ id, title })),
    },
    published,
  );
  const rows = parsed.rows.map((row): ImportRowView => ({ ...row, action: !row.input ? "INVALID" : refs.has(row.externalRef) ? "UPDATE" : "CREATE" }));
  return { vocabulary, preview: { fileErrors: parsed.fileErrors, rows } };
}

builder.mutationFields((t) => ({
  previewPlacementImport: t.field({
    type: PlacementImportPreview,
    description:
      "Reads a CSV file of placements (docs/csv-template.md) and says, row by row, what an import would do. Writes nothing. A file that is not CSV text (a spreadsheet, a PDF, a picture) is refused with a ValidationError at `csv`.",
    authScopes: allow("Mutation.previewPlacementImport"),
    complexity: FIELD_COST.csvFile,
    args: { organizationId: t.arg.id({ required: true }), csv: t.arg.string({ required: true, description: "The file's text", ...csvBounds }) },
    resolve: async (_root, args, context) => (await preview(context, String(args.organizationId), args.csv)).preview,
  }),
  importPlacements: t.field({
    type: PlacementImportResult,
    description: "Imports the valid rows of a CSV file in one transaction; rows with errors are left out and returned.",
    authScopes: allow("Mutation.importPlacements"),
    complexity: FIELD_COST.csvFile,
    args: { organizationId: t.arg.id({ required: true }), csv: t.arg.string({ required: true, description: "The file's text", ...csvBounds }) },
    resolve: async (_root, args, context) => {
      const organizationId = String(args.organizationId);
      const { preview: result, vocabulary } = await preview(context, organizationId, args.csv);
      const valid = result.rows.filter((row) => row.input);
      await context.db.$transaction(
        async (tx) => {
          for (const row of valid) {
            const data = rowOf(row.input!, vocabulary);
            const placement = await tx.placement.upsert({
              where: { organizationId_externalRef: { organizationId, externalRef: row.externalRef } },
              create: { ...data, organizationId, status: "DRAFT" },
              update: data,
              select: { id: true },
            });
            await writeVocabularyLinks(tx, placement.id, row.input!, true);
          }
        },
        { timeout: 60_000, maxWait: 10_000 },
      );
      const created = valid.filter((row) => row.action === "CREATE").length;
      return { created, updated: valid.length - created, preview: result };
    },
  }),
}));
