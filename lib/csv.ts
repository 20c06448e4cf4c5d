/**
 * CSV in and out, in one place: csv-parse reads what people upload and the reference files in prisma/data; csv-stringify
 * writes the exports, in the shape Swedish Excel opens with a double click. Server-side (csv-parse uses Buffer).
 */
import { CsvError, parse, type Options } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

/** A file that cannot be read as CSV at all, e.g. a quote that never closes. `line` counts from 1. */
export class CsvFormatError extends Error {
  constructor(
    readonly line: number,
    readonly reason: "UNCLOSED_QUOTE" | "FIELD_COUNT" | "OTHER",
    message: string,
  ) {
    super(message);
    this.name = "CsvFormatError";
  }
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise Windows-1252 (Excel's "CSV" in Sweden). */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Semicolon when the header line has more semicolons than commas (Swedish Excel), otherwise comma. */
export function detectDelimiter(text: string): ";" | "," {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  return header.split(";").length > header.split(",").length ? ";" : ",";
}

/**
 * RFC 4180 records: quoted fields may hold the delimiter, line breaks and "" for a quote. A leading BOM is dropped,
 * records whose fields are all blank are skipped, and records may differ in length (spreadsheets trim empty cells).
 * A stray quote inside an unquoted field is kept as a character. Throws CsvFormatError when the text is not CSV.
 */
export function readCsv(text: string, delimiter: ";" | "," = detectDelimiter(text)): string[][] {
  return parseOrThrow(text, {
    delimiter,
    // Files edited by hand mix line endings; the default would take the first one seen as the only one.
    record_delimiter: ["\r\n", "\n", "\r"],
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
  });
}

/**
 * A comma-separated data file whose first record names the columns: one object per record, values trimmed. Every record must have
 * as many fields as the header (CsvFormatError otherwise): our own files are kept exact.
 */
export function readCsvObjects(text: string): Record<string, string>[] {
  const [header, ...records] = parseOrThrow(text, {
    delimiter: ",",
    record_delimiter: ["\r\n", "\n", "\r"],
    bom: true,
    skip_empty_lines: true,
    trim: true,
  });
  return (records ?? []).map((fields) => Object.fromEntries((header ?? []).map((name, i) => [name, fields[i]!])));
}

function parseOrThrow(text: string, options: Options): string[][] {
  try {
    return parse(text, options);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = Number((error as CsvError & { lines?: number }).lines) || 1;
    const reason =
      error.code === "CSV_QUOTE_NOT_CLOSED"
        ? "UNCLOSED_QUOTE"
        : error.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH"
          ? "FIELD_COUNT"
          : "OTHER";
    throw new CsvFormatError(line, reason, error.message);
  }
}

export type CsvValue = string | number | null | undefined;

/**
 * Rows as a file Swedish Excel opens as columns with ä, å and ö intact: UTF-8 with a BOM, semicolons, CRLF, decimal
 * commas ("3,5"), empty cells for null. A text that Excel would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe, so an export never executes what somebody typed; numbers are written as numbers.
 */
export function writeExcelCsv(rows: readonly (readonly CsvValue[])[]): string {
  return stringify(
    rows.map((row) => [...row]),
    {
      bom: true,
      delimiter: ";",
      record_delimiter: "\r\n",
      quote_record_delimiter: true,
      cast: {
        number: (value) => String(value).replace(".", ","),
        string: (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value),
      },
    },
  );
}
