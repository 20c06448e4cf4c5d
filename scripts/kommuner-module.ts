/**
 * Writes app/data/kommuner.ts from prisma/data/kommuner.csv: the kommun list the forms and filters offer, as a static
 * module in the browser bundle (cached with it), so no loader sends 290 kommuner with its page. Run it after changing
 * the reference file: `node --import tsx scripts/kommuner-module.ts`; tests/forms/kommuner-module.test.ts fails
 * until the module matches the file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { kommunModuleText } from "../lib/kommun-module.ts";

const csv = readFileSync(new URL("../prisma/data/kommuner.csv", import.meta.url), "utf8");
writeFileSync(new URL("../app/data/kommuner.ts", import.meta.url), kommunModuleText(csv));
