/** The text of app/data/kommuner.ts for the reference file's text (scripts/kommuner-module.ts writes it). */
import { readCsvObjects } from "./csv.ts";

export function kommunModuleText(csv: string): string {
  const kommuner = readCsvObjects(csv)
    .map((row) => ({ code: row.kommunkod!, name: row.namn! }))
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
  const rows = kommuner.map((k) => `  { code: ${JSON.stringify(k.code)}, name: ${JSON.stringify(k.name)} },`).join("\n");
  return `// Generated from prisma/data/kommuner.csv by scripts/kommuner-module.ts: do not edit by hand.
// Sweden's kommuner (SCB code, name) in Swedish alphabetical order, for the forms' and filters' kommun controls.

export interface KommunOption {
  code: string;
  name: string;
}

export const KOMMUNER: readonly KommunOption[] = [
${rows}
];

export const KOMMUN_NAME: ReadonlyMap<string, string> = new Map(KOMMUNER.map((k) => [k.code, k.name]));
`;
}
