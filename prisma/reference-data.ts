// Reference data: kommuner, yrkeskort, the adaptation vocabulary and the step anchors, read from prisma/data/*.csv.
// `loadReferenceData(db)` is idempotent and cheap on a loaded database (three reads, no writes when nothing changed),
// so it runs on every start and once per test file.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient, ProgressArea } from "../generated/prisma/client.ts";
import { readCsvObjects } from "../lib/csv.ts";

// From the project root: this module also runs bundled in build/index.js, one folder away from prisma/.
const dataDir = path.resolve(import.meta.dirname, "..", "prisma/data");

export interface KommunRow {
  code: string;
  name: string;
  latitude: number;
  longitude: number;
}

export interface OccupationCardRow {
  id: string;
  title: string;
  ssyk: string | null;
  area: string;
  description: string;
  sortOrder: number;
}

export interface AdaptationRow {
  code: string;
  category: string;
  label: string;
  labelEn: string;
  sortOrder: number;
}

/** One step area (stegförflyttning) with its words and what a 2, a 5 and an 8 look like, lättläst. */
export interface ProgressAreaAnchorRow {
  area: ProgressArea;
  label: string;
  question: string;
  step2: string;
  step5: string;
  step8: string;
  sortOrder: number;
}

/** Rows of a CSV file in prisma/data as objects keyed by the header line. */
function readDataFile(file: string): Record<string, string>[] {
  try {
    return readCsvObjects(readFileSync(path.join(dataDir, file), "utf8"));
  } catch (error) {
    throw new Error(`prisma/data/${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** "Låna ut utrustning (som Fritidsbanken)" → "lana-ut-utrustning-som-fritidsbanken". Stable ids for yrkeskort. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** One lättläst sentence per yrkeskort, shown under the picture. Keyed by card id (slug of the title). */
export const OCCUPATION_CARD_DESCRIPTIONS: Readonly<Record<string, string>> = {
  "stada-lokaler": "Du gör rent golv, bord och toaletter.",
  "hemservice-stada-hos-aldre": "Du hjälper äldre att städa, dammsuga och handla hemma.",
  "tvatta-bilar-putsa-fonster": "Du tvättar bilar och putsar fönster så att de blir rena.",
  "vaktmasteri-bara-och-internpost": "Du bär saker, fixar enkla fel och delar ut post i huset.",
  "fastighetsskotsel-och-snorojning": "Du sköter om hus och gårdar, klipper gräs och skottar snö.",
  "diska-koksbitrade": "Du diskar och hjälper till att laga mat i ett kök.",
  kafebitrade: "Du gör kaffe, dukar och hjälper gästerna på ett kafé.",
  "servera-i-matsal": "Du lägger fram mat, dukar av och torkar bord i en matsal.",
  "gora-smorgasar-och-kall-mat": "Du gör smörgåsar, sallader och annan kall mat.",
  baka: "Du bakar bröd, bullar och kakor.",
  "snabbmat-och-pizza": "Du gör hamburgare, pizza och annan snabbmat.",
  "fylla-pa-varor-i-butik": "Du packar upp varor och ställer dem på rätt plats i butiken.",
  "sitta-i-kassa": "Du tar betalt av kunderna i kassan.",
  "butik-med-dagligvaror": "Du hjälper till i en matbutik med varor, frukt och kunder.",
  "second-hand-butik": "Du sorterar, sätter pris på och säljer saker som får ett nytt liv.",
  "lana-ut-utrustning-som-fritidsbanken": "Du lånar ut skidor, skridskor och annat till besökarna.",
  torgforsaljning: "Du säljer varor från ett stånd på torget.",
  "plocka-och-packa-pa-lager": "Du plockar varor från hyllor och packar dem i lådor.",
  "handpackning-och-enkel-montering": "Du packar saker för hand och sätter ihop enkla delar.",
  "packa-och-marka-med-maskin": "Du sköter en maskin som packar varor och sätter på etiketter.",
  "sortera-post": "Du sorterar brev och paket och lägger dem i rätt fack.",
  "dela-ut-reklam": "Du går eller cyklar runt och lägger reklam i brevlådor.",
  "kora-truck": "Du kör truck och flyttar pallar med varor på ett lager.",
  cykelbud: "Du cyklar ut paket och mat till kunder.",
  "atervinning-och-sortering": "Du sorterar saker och skräp så att det kan återvinnas.",
  "tradgard-och-park": "Du klipper gräs, rensar ogräs och planterar blommor.",
  "vaxthus-och-odling": "Du sår, vattnar och tar hand om växter i ett växthus.",
  "stall-och-lantbruksdjur": "Du ger djuren mat och mockar i stallet.",
  "hunddagis-och-djurpensionat": "Du går ut med hundar, ger dem mat och gör rent hos dem.",
  skogsrojning: "Du röjer sly och buskar i skogen.",
  "barplockning-och-plantering": "Du plockar bär och planterar små träd ute i naturen.",
  "snickeri-och-mobelrenovering": "Du sågar, slipar och lagar möbler av trä.",
  "somnad-och-textil": "Du syr, lagar och gör om kläder och tyger.",
  mala: "Du målar väggar, möbler och staket.",
  konsthantverk: "Du gör saker för hand, till exempel keramik eller smycken.",
  "montera-elektronik": "Du sätter ihop små delar till elektronik.",
  "hjalpa-till-pa-bilverkstad": "Du hjälper till att byta däck och laga bilar.",
  "grovarbete-pa-bygge": "Du bär material och städar på ett bygge.",
  "kontorsassistent-skanna-och-arkivera": "Du skannar papper och sätter in dem i rätt pärm.",
  reception: "Du tar emot besökare och svarar på deras frågor.",
  "kundtjanst-och-telefon": "Du svarar i telefon och hjälper kunder med deras frågor.",
  "enkel-it-support": "Du hjälper andra med datorer, skrivare och lösenord.",
  "bibliotek-stalla-upp-bocker": "Du ställer tillbaka böcker på rätt plats i hyllan.",
  "fritidsledare-och-idrottshall": "Du hjälper till med aktiviteter och ordning i en idrottshall.",
  "vardbitrade-och-sallskap": "Du hjälper äldre med enkla saker och är ett sällskap.",
  elevassistent: "Du hjälper elever och lärare i skolan.",
};

let kommuner: KommunRow[] | undefined;
let cards: OccupationCardRow[] | undefined;
let adaptations: AdaptationRow[] | undefined;

/** Sweden's 290 kommuner (SCB code, name, approximate centre). */
export function readKommuner(): KommunRow[] {
  kommuner ??= readDataFile("kommuner.csv").map((r) => ({
    code: r.kommunkod,
    name: r.namn,
    latitude: Number(r.lat),
    longitude: Number(r.lon),
  }));
  return kommuner.map((k) => ({ ...k }));
}

/** The 46 yrkeskort in CSV order; id is the slug of the title. */
export function readOccupationCards(): OccupationCardRow[] {
  cards ??= readDataFile("yrkeskort.csv").map((r, i) => {
    const id = slugify(r.titel);
    return {
      id,
      title: r.titel,
      ssyk: r.ssyk2012 || null,
      area: r.omrade,
      description: OCCUPATION_CARD_DESCRIPTIONS[id] ?? `${r.titel}.`,
      sortOrder: i + 1,
    };
  });
  return cards.map((c) => ({ ...c }));
}

/** The adaptation vocabulary in CSV order. */
export function readAdaptations(): AdaptationRow[] {
  adaptations ??= readDataFile("anpassningar.csv").map((r, i) => ({
    code: r.kod,
    category: r.kategori,
    label: r.svenska,
    labelEn: r.english,
    sortOrder: i + 1,
  }));
  return adaptations.map((a) => ({ ...a }));
}

let anchors: ProgressAreaAnchorRow[] | undefined;

/** The step areas in CSV order (prisma/data/stegomraden.csv; a kommun may reword them). */
export function readProgressAreaAnchors(): ProgressAreaAnchorRow[] {
  anchors ??= readDataFile("stegomraden.csv").map((r, i) => ({
    area: r.omrade as ProgressArea,
    label: r.namn,
    question: r.fraga,
    step2: r.steg2,
    step5: r.steg5,
    step8: r.steg8,
    sortOrder: i + 1,
  }));
  return anchors.map((a) => ({ ...a }));
}

let kommunByCode: Map<string, KommunRow> | undefined;
/** The centre of a kommun, or throws for an unknown code. */
export function kommunCentre(code: string): { latitude: number; longitude: number } {
  kommunByCode ??= new Map(readKommuner().map((k) => [k.code, k]));
  const k = kommunByCode.get(code);
  if (!k) throw new Error(`okänd kommunkod: ${code}`);
  return { latitude: k.latitude, longitude: k.longitude };
}

function differs<T extends object>(a: T, b: T, keys: (keyof T)[]): boolean {
  return keys.some((k) => a[k] !== b[k]);
}

type Counts = { kommuner: number; occupationCards: number; adaptations: number; progressAreas: number };

export interface ReferenceLoadResult {
  inserted: Counts;
  updated: Counts;
}

/**
 * Idempotent upsert of the reference data. Reads what is there (3 queries), inserts what is missing with
 * createMany({ skipDuplicates }) and updates only rows whose CSV values changed. Rows no longer in the CSV are kept
 * (placements and participants may refer to them).
 */
export async function loadReferenceData(db: PrismaClient): Promise<ReferenceLoadResult> {
  const wantKommuner = readKommuner();
  const wantCards = readOccupationCards();
  const wantAdaptations = readAdaptations();
  const wantAnchors = readProgressAreaAnchors();

  const [haveKommuner, haveCards, haveAdaptations, haveAnchors] = await Promise.all([
    db.kommun.findMany(),
    db.occupationCard.findMany(),
    db.adaptation.findMany(),
    db.progressAreaAnchor.findMany(),
  ]);
  const kMap = new Map(haveKommuner.map((k) => [k.code, k]));
  const cMap = new Map(haveCards.map((c) => [c.id, c]));
  const aMap = new Map(haveAdaptations.map((a) => [a.code, a]));
  const sMap = new Map(haveAnchors.map((a) => [a.area, a]));

  const newKommuner = wantKommuner.filter((k) => !kMap.has(k.code));
  const newCards = wantCards.filter((c) => !cMap.has(c.id));
  const newAdaptations = wantAdaptations.filter((a) => !aMap.has(a.code));
  const newAnchors = wantAnchors.filter((a) => !sMap.has(a.area));
  const changedKommuner = wantKommuner.filter((k) => kMap.has(k.code) && differs(k, kMap.get(k.code)!, ["name", "latitude", "longitude"]));
  const changedCards = wantCards.filter(
    (c) => cMap.has(c.id) && differs(c, cMap.get(c.id)!, ["title", "ssyk", "area", "description", "sortOrder"]),
  );
  const changedAdaptations = wantAdaptations.filter(
    (a) => aMap.has(a.code) && differs(a, aMap.get(a.code)!, ["category", "label", "labelEn", "sortOrder"]),
  );
  const changedAnchors = wantAnchors.filter(
    (a) => sMap.has(a.area) && differs(a, sMap.get(a.area)!, ["label", "question", "step2", "step5", "step8", "sortOrder"]),
  );

  const writes = [
    ...(newKommuner.length ? [db.kommun.createMany({ data: newKommuner, skipDuplicates: true })] : []),
    ...(newCards.length ? [db.occupationCard.createMany({ data: newCards, skipDuplicates: true })] : []),
    ...(newAdaptations.length ? [db.adaptation.createMany({ data: newAdaptations, skipDuplicates: true })] : []),
    ...(newAnchors.length ? [db.progressAreaAnchor.createMany({ data: newAnchors, skipDuplicates: true })] : []),
    ...changedKommuner.map(({ code, ...data }) => db.kommun.update({ where: { code }, data })),
    ...changedCards.map(({ id, ...data }) => db.occupationCard.update({ where: { id }, data })),
    ...changedAdaptations.map(({ code, ...data }) => db.adaptation.update({ where: { code }, data })),
    ...changedAnchors.map(({ area, ...data }) => db.progressAreaAnchor.update({ where: { area }, data })),
  ];
  if (writes.length) await db.$transaction(writes);

  return {
    inserted: { kommuner: newKommuner.length, occupationCards: newCards.length, adaptations: newAdaptations.length, progressAreas: newAnchors.length },
    updated: {
      kommuner: changedKommuner.length,
      occupationCards: changedCards.length,
      adaptations: changedAdaptations.length,
      progressAreas: changedAnchors.length,
    },
  };
}
