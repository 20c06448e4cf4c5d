/**
 * Bulk onboarding: a CSV file of placements (the template and its columns: docs/csv-template.md) becomes schema
 * input row by row, with Swedish errors per row and column. Pure: the vocabularies come in as arguments.
 * Rows are numbered as a spreadsheet shows them: the header is row 1, the first placement row 2.
 */
import { CsvFormatError, readCsv } from "../lib/csv.ts";
import { WEEKDAY_NAMES, WEEKDAYS, type Weekday } from "../lib/weekdays.ts";
import { fieldErrorsOf } from "./validation/common.ts";
import { minutesFromTime, numberFromText, placementInput, publishablePlacement, type PlacementInput } from "./validation/placement.ts";

export const MAX_IMPORT_ROWS = 1000;

/** Column → the schema field it fills. The order is the template's. */
export const CSV_COLUMNS = {
  referens: "externalRef",
  typ: "kind",
  rubrik: "title",
  beskrivning: "description",
  arbetsuppgifter: "tasks",
  yrkeskort: "occupationCardIds",
  anpassningar: "adaptationCodes",
  veckodagar: "weekdays",
  starttid: "earliestStartMinute",
  sluttid: "latestEndMinute",
  timmar_min: "hoursPerDayMin",
  timmar_max: "hoursPerDayMax",
  startdatum: "startDate",
  slutdatum: "endDate",
  antal_platser: "capacity",
  adress: "address",
  kommun: "kommunCode",
  handledare: "mentorName",
  handledare_telefon: "mentorPhone",
  handledare_epost: "mentorEmail",
  krav: "requirements",
} as const;
type Column = keyof typeof CSV_COLUMNS;
const REQUIRED_COLUMNS: Column[] = ["referens", "typ", "rubrik", "timmar_min", "timmar_max", "antal_platser", "kommun"];
const columnOf = Object.fromEntries(Object.entries(CSV_COLUMNS).map(([column, field]) => [field, column])) as Record<string, Column>;
/** The column that holds the field at a schema path ("tasks.2" → "arbetsuppgifter"). */
const columnOfPath = (path: string) => {
  const field = path.split(".")[0]!;
  return columnOf[field] ?? field;
};

/** Names the file may use for kommuner, adaptations and yrkeskort besides their codes. */
export interface CsvVocabulary {
  kommuner: { code: string; name: string }[];
  adaptations: { code: string; label: string }[];
  occupationCards: { id: string; title: string }[];
}

export interface CsvRowError {
  column: string;
  message: string;
}

export interface CsvRow {
  rowNumber: number;
  externalRef: string;
  title: string;
  input: PlacementInput | null;
  errors: CsvRowError[];
}

export interface ParsedCsv {
  fileErrors: string[];
  rows: CsvRow[];
}

const fold = (text: string) => text.trim().toLowerCase().normalize("NFC");
const split = (cell: string) => cell.split("|").map((part) => part.trim()).filter(Boolean);

const KINDS: Record<string, PlacementInput["kind"]> = {
  arbetsträning: "WORK_TRAINING",
  work_training: "WORK_TRAINING",
  praktik: "INTERNSHIP",
  internship: "INTERNSHIP",
};
/** Control characters no text file holds (tab, line breaks and form feed aside), and what a decoder makes of bad bytes. */
const NOT_TEXT = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/g;

/**
 * Why the text cannot be a CSV file, or null: a spreadsheet, a PDF or a picture read as text holds NUL bytes and
 * control characters, which no CSV file saved from Excel or typed by hand does, and its "columns" would be garbage.
 * A few stray control characters in a long file are let through (they show as row errors, if anywhere).
 */
export function notCsvText(text: string): string | null {
  const again = "Spara filen från Excel som CSV (semikolonavgränsad eller UTF-8) och försök igen.";
  if (text.startsWith("PK\u0003\u0004")) return `Filen är en Excel-fil (.xlsx) eller en zip-fil, inte en CSV-fil. ${again}`;
  if (text.startsWith("%PDF")) return `Filen är en PDF, inte en CSV-fil. ${again}`;
  const sample = text.slice(0, 64 * 1024);
  const odd = sample.match(NOT_TEXT)?.length ?? 0;
  if (sample.includes("\u0000") || odd > Math.max(2, sample.length / 200)) {
    return `Filen går inte att läsa som text. Den är inte en CSV-fil, kanske en bild eller ett kalkylark i ett annat format. ${again}`;
  }
  return null;
}

/** "mån" → "MON": a day is known by the first three letters of its name. */
const DAY_BY_PREFIX = new Map(WEEKDAYS.map((code) => [WEEKDAY_NAMES[code].slice(0, 3), code]));

/** "mån-fre", "mån|ons|fre", "måndag|tisdag" or codes ("MON|TUE") → weekdays; null when a word is not a day. */
export function parseWeekdays(cell: string): Weekday[] | null {
  const day = (word: string): Weekday | undefined =>
    DAY_BY_PREFIX.get(fold(word).slice(0, 3)) ?? WEEKDAYS.find((code) => code === word.trim().toUpperCase());
  const days = new Set<Weekday>();
  for (const part of split(cell)) {
    const range = part.split(/\s*[-–]\s*/);
    const [from, to] = [day(range[0]), day(range[range.length - 1])];
    if (!from || !to || range.length > 2) return null;
    for (let i = WEEKDAYS.indexOf(from); i <= WEEKDAYS.indexOf(to); i++) days.add(WEEKDAYS[i]);
  }
  return WEEKDAYS.filter((code) => days.has(code));
}

/** Looks each name up by code or by its Swedish name; unknown names are collected. */
function lookUp(names: string[], entries: { key: string; name: string }[]): { keys: string[]; unknown: string[] } {
  const byName = new Map<string, string>();
  for (const { key, name } of entries) {
    byName.set(fold(key), key);
    byName.set(fold(name), key);
  }
  const keys: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const key = byName.get(fold(name));
    if (key) keys.push(key);
    else unknown.push(name);
  }
  return { keys, unknown };
}

/**
 * Every row of the file as schema input or as errors. `publishedRefs`: references of the organisation's published
 * placements; their rows must meet the publishing rules, since an import never unpublishes.
 */
export function parsePlacementCsv(text: string, vocabulary: CsvVocabulary, publishedRefs: ReadonlySet<string> = new Set()): ParsedCsv {
  let records: string[][];
  try {
    records = readCsv(text);
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    const what = error.reason === "UNCLOSED_QUOTE" ? "Ett citattecken (\") stängs aldrig" : "Filen följer inte CSV-formatet";
    return { fileErrors: [`Filen går inte att läsa: ${what}, se rad ${error.line}. Spara den från Excel som CSV och försök igen.`], rows: [] };
  }
  if (records.length < 2) return { fileErrors: ["Filen har inga rader med platser. Den första raden ska vara rubrikerna i mallen."], rows: [] };
  const header = records[0].map((name) => fold(name).replace(/\s+/g, "_"));
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  const unknown = header.filter((name) => name && !(name in CSV_COLUMNS));
  const fileErrors = [
    ...(missing.length ? [`Kolumner saknas: ${missing.join(", ")}. Använd rubrikerna i mallen.`] : []),
    ...(unknown.length ? [`Okända kolumner: ${unknown.join(", ")}. Använd rubrikerna i mallen.`] : []),
    ...(records.length - 1 > MAX_IMPORT_ROWS ? [`Filen har ${records.length - 1} rader. Dela upp den i filer med högst ${MAX_IMPORT_ROWS} rader.`] : []),
  ];
  if (fileErrors.length) return { fileErrors, rows: [] };

  const kommuner = vocabulary.kommuner.map((k) => ({ key: k.code, name: k.name }));
  const adaptations = vocabulary.adaptations.map((a) => ({ key: a.code, name: a.label }));
  const cards = vocabulary.occupationCards.map((c) => ({ key: c.id, name: c.title }));
  const seen = new Map<string, number>();

  const rows = records.slice(1).map((cells, index): CsvRow => {
    const rowNumber = index + 2;
    const cell = (column: Column) => (cells[header.indexOf(column)] ?? "").trim();
    const errors: CsvRowError[] = [];
    const fail = (column: Column, message: string) => errors.push({ column, message });

    const externalRef = cell("referens");
    if (!externalRef) fail("referens", "Skriv er egen referens för platsen, till exempel LAGER-1.");
    else if (seen.has(externalRef)) fail("referens", `Samma referens finns redan på rad ${seen.get(externalRef)}.`);
    else seen.set(externalRef, rowNumber);

    const kind = KINDS[fold(cell("typ"))];
    const cardNames = lookUp(split(cell("yrkeskort")), cards);
    if (cardNames.unknown.length) fail("yrkeskort", `Okänt yrkeskort: ${cardNames.unknown.join(", ")}.`);
    const adaptationNames = lookUp(split(cell("anpassningar")), adaptations);
    if (adaptationNames.unknown.length) fail("anpassningar", `Okänd anpassning: ${adaptationNames.unknown.join(", ")}.`);
    const kommun = lookUp(cell("kommun") ? [cell("kommun")] : [], kommuner);
    if (kommun.unknown.length) fail("kommun", `Kommunen ${kommun.unknown[0]} finns inte. Skriv kommunens namn eller kod.`);
    const days = cell("veckodagar") ? parseWeekdays(cell("veckodagar")) : [];
    if (!days) fail("veckodagar", "Skriv veckodagar som mån-fre eller mån|ons|fre.");

    const raw = {
      externalRef: externalRef || null,
      kind,
      title: cell("rubrik"),
      description: cell("beskrivning"),
      tasks: split(cell("arbetsuppgifter")),
      occupationCardIds: cardNames.keys,
      adaptationCodes: adaptationNames.keys,
      weekdays: days ?? [],
      ...(cell("starttid") ? { earliestStartMinute: minutesFromTime(cell("starttid")) } : {}),
      ...(cell("sluttid") ? { latestEndMinute: minutesFromTime(cell("sluttid")) } : {}),
      hoursPerDayMin: numberFromText(cell("timmar_min")),
      hoursPerDayMax: numberFromText(cell("timmar_max")),
      startDate: cell("startdatum") || null,
      endDate: cell("slutdatum") || null,
      capacity: numberFromText(cell("antal_platser")),
      address: cell("adress"),
      kommunCode: kommun.keys[0] ?? "",
      mentorName: cell("handledare"),
      mentorPhone: cell("handledare_telefon"),
      mentorEmail: cell("handledare_epost"),
      requirements: cell("krav"),
    };
    const schema = publishedRefs.has(externalRef) ? publishablePlacement : placementInput;
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const { field: column, message } of fieldErrorsOf(result.error.issues, columnOfPath)) {
        // A lookup error above already says what is wrong with these columns.
        if (!errors.some((error) => error.column === column)) errors.push({ column, message });
      }
    }
    return { rowNumber, externalRef, title: cell("rubrik"), input: errors.length || !result.success ? null : result.data, errors };
  });
  return { fileErrors: [], rows };
}
