import { describe, expect, it } from "vitest";
import { CsvFormatError, decodeCsvBytes, detectDelimiter, readCsv, readCsvObjects, writeExcelCsv } from "../../lib/csv.ts";

/** Windows-1252 bytes for a text whose only non-ASCII letters are Swedish ones. */
const windows1252 = (text: string) =>
  Uint8Array.from([...text].map((c) => ({ Å: 0xc5, Ä: 0xc4, Ö: 0xd6, å: 0xe5, ä: 0xe4, ö: 0xf6 })[c] ?? c.charCodeAt(0)));

describe("reading CSV", () => {
  it("keeps delimiters, quotes and line breaks inside quoted fields", () => {
    expect(readCsv('a;b\r\n"x;y";"rad 1\nrad 2"\r\n"sa ""hej""";\n\n', ";")).toEqual([
      ["a", "b"],
      ["x;y", "rad 1\nrad 2"],
      ['sa "hej"', ""],
    ]);
  });

  it("drops a BOM, skips blank and all-empty records, and allows ragged rows", () => {
    expect(readCsv("\uFEFFreferens;rubrik\n\n;;\n  ;\nA-1\nA-2;Lager;extra\n", ";")).toEqual([
      ["referens", "rubrik"],
      ["A-1"],
      ["A-2", "Lager", "extra"],
    ]);
  });

  it("reads CRLF, LF and CR line ends in one file", () => {
    expect(readCsv("a,b\r\n1,2\n3,4\r5,6", ",")).toEqual([["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]]);
  });

  it("keeps a stray quote inside an unquoted field as a character", () => {
    expect(readCsv('typ;mått\nskärm;24" bred\n', ";")).toEqual([["typ", "mått"], ["skärm", '24" bred']]);
  });

  it("refuses a quote that never closes, naming a line", () => {
    const read = () => readCsv('a;b\n"x;y\nz;w\n', ";");
    expect(read).toThrow(CsvFormatError);
    expect(read).toThrow(expect.objectContaining({ reason: "UNCLOSED_QUOTE", line: 3 }));
  });

  it("guesses semicolons from a Swedish Excel header and commas otherwise, past a BOM", () => {
    expect(detectDelimiter("\uFEFFreferens;rubrik;adress\nA;B, C;D")).toBe(";");
    expect(detectDelimiter("kommunkod,namn\n0114,Upplands Väsby")).toBe(",");
  });

  it("decodes Windows-1252 (Swedish Excel) as well as UTF-8 with and without a BOM", () => {
    const text = "referens;rubrik\nÅ-1;Gräsklippning på Ölandssjön";
    expect(decodeCsvBytes(windows1252(text))).toBe(text);
    expect(decodeCsvBytes(new TextEncoder().encode(text))).toBe(text);
    expect(readCsv(decodeCsvBytes(new TextEncoder().encode(`\uFEFF${text}`)))).toEqual([["referens", "rubrik"], ["Å-1", "Gräsklippning på Ölandssjön"]]);
    expect(readCsv(decodeCsvBytes(windows1252(text)))).toEqual([["referens", "rubrik"], ["Å-1", "Gräsklippning på Ölandssjön"]]);
  });

  it("reads a data file as objects keyed by its trimmed header, and refuses a record of the wrong length", () => {
    expect(readCsvObjects('\uFEFFtitel, ssyk2012 ,omrade\r\n"Hemservice, städa hos äldre",9119, Lokalvård\n')).toEqual([
      { titel: "Hemservice, städa hos äldre", ssyk2012: "9119", omrade: "Lokalvård" },
    ]);
    expect(() => readCsvObjects("kod,namn\nA,1\nB\n")).toThrow(expect.objectContaining({ reason: "FIELD_COUNT", line: 3 }));
  });
});

describe("writing CSV for Swedish Excel", () => {
  it("writes UTF-8 with a BOM, semicolons, CRLF and decimal commas", () => {
    expect(writeExcelCsv([["Namn", "Timmar"], ["Åsa Öberg", 3.5], ["Ali", 4]])).toBe("\uFEFFNamn;Timmar\r\nÅsa Öberg;3,5\r\nAli;4\r\n");
  });

  it("quotes fields holding semicolons, quotes and line breaks, and writes null as an empty cell", () => {
    expect(writeExcelCsv([['sa "hej"; då', "rad 1\nrad 2", "rad 1\r\nrad 2", null, undefined, ""]])).toBe(
      '\uFEFF"sa ""hej""; då";"rad 1\nrad 2";"rad 1\r\nrad 2";;;\r\n',
    );
  });

  it("keeps text that Excel would run as a formula as text, and negative numbers as numbers", () => {
    expect(writeExcelCsv([["=HYPERLINK(\"x\")", "+46", "-x", "@SUM(A1)", -2.5]])).toBe(
      "\uFEFF\"'=HYPERLINK(\"\"x\"\")\";'+46;'-x;'@SUM(A1);-2,5\r\n",
    );
  });

  it("reads back what it writes", () => {
    const rows = [["Deltagare", "Dag", "Not"], ["Åsa; Öberg", "2026-09-01", 'Sjuk "hela" dagen\nring imorgon']];
    expect(readCsv(writeExcelCsv(rows))).toEqual(rows);
    expect(readCsv(decodeCsvBytes(new TextEncoder().encode(writeExcelCsv(rows))))).toEqual(rows);
  });
});
