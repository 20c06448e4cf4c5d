// The demo world: a pure, deterministic description (plain rows, ready for createMany). No Date.now and no
// Math.random: dates are relative to `now` (default DEMO_NOW) and variation comes from a seeded PRNG, so the same
// `now` always gives the same rows. Only fictional organisations and people; no personnummer, no diagnoses.
//
// Ids are readable and stable: users `demo-user-<local part>`, organisations `demo-org-<key>`, placements
// `demo-plc-001` … `demo-plc-082` (numbered as in PLACEMENTS below), participants `demo-ptc-<code in lower case>`
// (e.g. `demo-ptc-bol-0001`), proposals `demo-prop-01` …, assignments `demo-asg-1` …, follow-ups `demo-fu-1` ….
import type {
  AbsenceReason,
  CardAnswer,
  ConsentScope,
  DeclineReason,
  OrganizationKind,
  ParticipantStage,
  PlacementKind,
  PlacementStatus,
  Prisma,
  ProgressArea,
  ProposalStatus,
  Role,
  Weekday,
} from "../generated/prisma/client.ts";
import { readAdaptations, readKommuner, readOccupationCards } from "./reference-data.ts";
import { addDays, addMonths, dateOfMoment, fromDbDate, startOfMonth, toDbDate } from "../lib/dates.ts";
import { distanceKm } from "../lib/geo.ts";
import { WEEKDAYS, weekdayOfUtcDate } from "../lib/weekdays.ts";

export const DEMO_NOW = new Date("2026-09-01T08:00:00.000Z");
export const DEMO_PASSWORD = "stegvis-demo";
export const DEMO_ADMIN_EMAIL = "admin@demo.stegvis.se";

type WithId<T> = T & { id: string };
export interface DemoUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  /** Plain text; the seed hashes it (argon2id). */
  password: string;
}

export interface DemoWorld {
  now: Date;
  users: DemoUser[];
  organizations: WithId<Prisma.OrganizationCreateManyInput>[];
  memberships: WithId<Prisma.MembershipCreateManyInput>[];
  placements: WithId<Prisma.PlacementCreateManyInput>[];
  placementAdaptations: Prisma.PlacementAdaptationCreateManyInput[];
  placementOccupationCards: Prisma.PlacementOccupationCardCreateManyInput[];
  participants: WithId<Prisma.ParticipantCreateManyInput>[];
  participantTravelKommuner: Prisma.ParticipantTravelKommunCreateManyInput[];
  participantAdaptationNeeds: Prisma.ParticipantAdaptationNeedCreateManyInput[];
  participantAvoidCards: Prisma.ParticipantAvoidCardCreateManyInput[];
  cardSortSessions: WithId<Prisma.CardSortSessionCreateManyInput>[];
  cardChoices: WithId<Prisma.CardChoiceCreateManyInput>[];
  consents: WithId<Prisma.ConsentCreateManyInput>[];
  proposals: WithId<Prisma.ProposalCreateManyInput>[];
  proposalEvents: WithId<Prisma.ProposalEventCreateManyInput>[];
  assignments: WithId<Prisma.AssignmentCreateManyInput>[];
  followUps: WithId<Prisma.FollowUpCreateManyInput>[];
  progressRatings: WithId<Prisma.ProgressRatingCreateManyInput>[];
  attendanceDays: WithId<Prisma.AttendanceDayCreateManyInput>[];
}

// ---------------------------------------------------------------- helpers

const DAY = 86_400_000;

/** mulberry32: a tiny seeded PRNG, [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** "MON-FRI" or "MON,WED,FRI" → Weekday[] */
function days(spec: string): Weekday[] {
  if (spec.includes("-")) {
    const [from, to] = spec.split("-") as Weekday[];
    return WEEKDAYS.slice(WEEKDAYS.indexOf(from), WEEKDAYS.indexOf(to) + 1);
  }
  return spec.split(",") as Weekday[];
}
const pad = (n: number, width: number) => String(n).padStart(width, "0");

// ---------------------------------------------------------------- users

const STAFF: { key: string; email: string; name: string; roles: Role[] }[] = [
  { key: "admin", email: DEMO_ADMIN_EMAIL, name: "Maria Holm", roles: ["ADMIN"] },
  { key: "coach", email: "coach@demo.stegvis.se", name: "Jonas Berg", roles: ["COACH"] },
  { key: "coach2", email: "coach2@demo.stegvis.se", name: "Leila Nordin", roles: ["COACH"] },
  { key: "handledare", email: "handledare@demo.stegvis.se", name: "Sara Ek", roles: ["SUPPORT_WORKER"] },
];
const userId = (emailLocal: string) => `demo-user-${emailLocal.replace(/[^a-z0-9]+/g, "-")}`;
const COACH = userId("coach");
const COACH2 = userId("coach2");
const HANDLEDARE = userId("handledare");

// ---------------------------------------------------------------- organisations

interface OrgSpec {
  key: string;
  name: string;
  kind: OrganizationKind;
  kommun: string;
  address: string;
  description: string;
  website?: string;
  mentor: string;
  /** The organisation's demo login (ORG_MEMBER). */
  member: { email: string; name: string };
}

const ORGS: OrgSpec[] = [
  // Bollnäs 2183
  {
    key: "halsinge-logistik", name: "Hälsinge Logistik AB", kind: "COMPANY", kommun: "2183",
    address: "Verkstadsvägen 12, 821 41 Bollnäs", website: "https://halsingelogistik.example",
    description: "Vi lagrar och skickar varor åt nätbutiker i hela Sverige. Vi är 25 personer på lagret.",
    mentor: "Peter Ström", member: { email: "arbetsgivare@demo.stegvis.se", name: "Peter Ström" },
  },
  {
    key: "steget", name: "Kooperativet Steget ek. för.", kind: "SOCIAL_ENTERPRISE", kommun: "2183",
    address: "Långgatan 5, 821 30 Bollnäs", website: "https://kooperativetsteget.example",
    description: "Ett arbetsintegrerande socialt företag med kafé, second hand, cykelverkstad och tvätteri. Här får du växa i din egen takt.",
    mentor: "Annika Sjöberg", member: { email: "socialtforetag@demo.stegvis.se", name: "Annika Sjöberg" },
  },
  {
    key: "sportlanet", name: "Föreningen Sportlånet Bollnäs", kind: "ASSOCIATION", kommun: "2183",
    address: "Sporthallsvägen 3, 821 43 Bollnäs",
    description: "En ideell förening som fungerar som en Fritidsbanken. Alla får låna sport- och fritidsutrustning gratis.",
    mentor: "Lars Olsson", member: { email: "sportlanet@demo.stegvis.se", name: "Lars Olsson" },
  },
  {
    key: "bollnas-park", name: "Bollnäs kommun, Park och återbruk", kind: "PUBLIC", kommun: "2183",
    address: "Norrbyvägen 40, 821 50 Bollnäs",
    description: "Kommunens arbetslag sköter parker, växthus och återbruket vid återvinningscentralen.",
    mentor: "Göran Lund", member: { email: "bollnas-park@demo.stegvis.se", name: "Göran Lund" },
  },
  {
    key: "konditori-linnea", name: "Konditori Linnea AB", kind: "COMPANY", kommun: "2183",
    address: "Torggatan 8, 821 30 Bollnäs",
    description: "Ett litet konditori vid torget. Vi bakar allt själva varje morgon.",
    mentor: "Eva Linnér", member: { email: "konditori-linnea@demo.stegvis.se", name: "Eva Linnér" },
  },
  {
    key: "ljusnans-djur", name: "Ljusnans Stall och Hundpensionat", kind: "COMPANY", kommun: "2183",
    address: "Gården Ljusnebo 4, 821 91 Bollnäs",
    description: "En gård utanför stan med hästar, får och ett hundpensionat.",
    mentor: "Karin Björk", member: { email: "ljusnans-djur@demo.stegvis.se", name: "Karin Björk" },
  },
  {
    key: "handlarn", name: "Handlarn på Torget i Bollnäs AB", kind: "COMPANY", kommun: "2183",
    address: "Stora Torget 2, 821 30 Bollnäs",
    description: "En matbutik mitt i stan med färskvaror, frukt och ett stort bröd-sortiment.",
    mentor: "Mats Persson", member: { email: "handlarn@demo.stegvis.se", name: "Mats Persson" },
  },
  // Söderhamn 2182
  {
    key: "kustens-fastighet", name: "Kustens Fastighetsservice AB", kind: "COMPANY", kommun: "2182",
    address: "Hamngatan 17, 826 30 Söderhamn",
    description: "Vi sköter bostadshus åt hyresvärdar i Söderhamn: städning, vaktmästeri och enklare renovering.",
    mentor: "Jenny Wall", member: { email: "kustens-fastighet@demo.stegvis.se", name: "Jenny Wall" },
  },
  {
    key: "soderhamn-maltid", name: "Söderhamns kommun, Måltidsservice", kind: "PUBLIC", kommun: "2182",
    address: "Skolgatan 10, 826 40 Söderhamn",
    description: "Kommunens kök lagar mat till skolor och äldreboenden.",
    mentor: "Helena Falk", member: { email: "soderhamn-maltid@demo.stegvis.se", name: "Helena Falk" },
  },
  // Malmö 1280
  {
    key: "cykelkoket", name: "Cykelköket Sofielund", kind: "ASSOCIATION", kommun: "1280",
    address: "Verkstadsgatan 21, 214 24 Malmö",
    description: "En förening där alla kan laga sin cykel med hjälp av andra. Vi gör också i ordning skänkta cyklar.",
    mentor: "Omar Haddad", member: { email: "cykelkoket@demo.stegvis.se", name: "Omar Haddad" },
  },
  {
    key: "sydtvatt", name: "Sydtvätt Malmö AB", kind: "COMPANY", kommun: "1280",
    address: "Industrigatan 44, 212 14 Malmö",
    description: "Ett tvätteri som tvättar arbetskläder, dukar och handdukar åt företag och restauranger.",
    mentor: "Birgitta Sand", member: { email: "sydtvatt@demo.stegvis.se", name: "Birgitta Sand" },
  },
  {
    key: "aterbruk-syd", name: "Återbruk Syd ek. för.", kind: "SOCIAL_ENTERPRISE", kommun: "1280",
    address: "Lodgatan 9, 211 24 Malmö", website: "https://aterbruksyd.example",
    description: "Ett socialt företag med second hand-butik, snickeri, syateljé och kafé. Vinsten går tillbaka till verksamheten.",
    mentor: "Daniel Nilsson", member: { email: "aterbruk-syd@demo.stegvis.se", name: "Daniel Nilsson" },
  },
  {
    key: "malmo-odling", name: "Malmö stad, Stadsodling och park", kind: "PUBLIC", kommun: "1280",
    address: "Odlarvägen 2, 215 86 Malmö",
    description: "Stadens arbetslag odlar grönsaker och blommor och sköter parker och grönytor.",
    mentor: "Zeynep Arslan", member: { email: "malmo-odling@demo.stegvis.se", name: "Zeynep Arslan" },
  },
  {
    key: "limhamns-bageri", name: "Limhamns Surdegsbageri AB", kind: "COMPANY", kommun: "1280",
    address: "Hamnvägen 6, 216 12 Malmö",
    description: "Ett hantverksbageri med egen butik. Vi bakar surdegsbröd och bullar.",
    mentor: "Jakob Hallberg", member: { email: "limhamns-bageri@demo.stegvis.se", name: "Jakob Hallberg" },
  },
  {
    key: "hamnlagret", name: "Hamnlagret Syd AB", kind: "COMPANY", kommun: "1280",
    address: "Kajgatan 30, 211 20 Malmö",
    description: "Lager och montering åt möbel- och inredningsföretag.",
    mentor: "Nikola Petrović", member: { email: "hamnlagret@demo.stegvis.se", name: "Nikola Petrović" },
  },
  // Lund 1281
  {
    key: "lund-service", name: "Lunds kommun, Kontorsservice och bibliotek", kind: "PUBLIC", kommun: "1281",
    address: "Stortorget 1, 222 23 Lund",
    description: "Kommunens service: internpost, arkiv, reception, IT-stöd och stadsbiblioteket.",
    mentor: "Anna Wikström", member: { email: "lund-service@demo.stegvis.se", name: "Anna Wikström" },
  },
  // Kristinehamn 1781
  {
    key: "vanerkooperativet", name: "Vänerkooperativet ek. för.", kind: "SOCIAL_ENTERPRISE", kommun: "1781",
    address: "Fabriksgatan 14, 681 30 Kristinehamn", website: "https://vanerkooperativet.example",
    description: "Ett arbetsintegrerande socialt företag med biltvätt, snickeri, hemservice och utdelning.",
    mentor: "Tomas Eriksson", member: { email: "vanerkooperativet@demo.stegvis.se", name: "Tomas Eriksson" },
  },
  {
    key: "kristinehamn-service", name: "Kristinehamns kommun, Service och vaktmästeri", kind: "PUBLIC", kommun: "1781",
    address: "Kungsgatan 30, 681 31 Kristinehamn",
    description: "Kommunens vaktmästare, lokalvårdare och verksamheter i skola och äldreomsorg.",
    mentor: "Monica Dahl", member: { email: "kristinehamn-service@demo.stegvis.se", name: "Monica Dahl" },
  },
  {
    key: "vanerns-if", name: "Vänerns Idrottsförening", kind: "ASSOCIATION", kommun: "1781",
    address: "Idrottsvägen 5, 681 42 Kristinehamn",
    description: "En idrottsförening med fotboll, innebandy och en egen idrottshall.",
    mentor: "Stefan Holm", member: { email: "vanerns-if@demo.stegvis.se", name: "Stefan Holm" },
  },
  {
    key: "bergslagens-montage", name: "Bergslagens Montage AB", kind: "COMPANY", kommun: "1781",
    address: "Industrivägen 22, 681 52 Kristinehamn",
    description: "Vi monterar elektronik och reservdelar åt industrin.",
    mentor: "Ulrika Berg", member: { email: "bergslagens-montage@demo.stegvis.se", name: "Ulrika Berg" },
  },
  // Karlstad 1780
  {
    key: "klaralvens-second-hand", name: "Klarälvens Second Hand", kind: "ASSOCIATION", kommun: "1780",
    address: "Drottninggatan 40, 652 25 Karlstad",
    description: "En ideell second hand-butik. Överskottet går till föreningens fritidsverksamhet.",
    mentor: "Lena Sundin", member: { email: "klaralvens-second-hand@demo.stegvis.se", name: "Lena Sundin" },
  },
];
const orgByKey = new Map(ORGS.map((o) => [o.key, o]));
const orgId = (key: string) => `demo-org-${key}`;

// ---------------------------------------------------------------- placements

interface PlacementSpec {
  org: string;
  kind?: PlacementKind; // default WORK_TRAINING
  status?: PlacementStatus; // default PUBLISHED
  title: string;
  description: string;
  tasks: string[];
  cards: string[];
  adaptations: string[];
  hours: [number, number];
  days?: string; // default MON-FRI
  time?: [number, number]; // earliest start, latest end (hours); default 8–16
  capacity: number;
  requirements?: string;
  mentor?: string;
  /** start / end date as days from now */
  start?: number;
  end?: number;
}

const IN: PlacementKind = "INTERNSHIP";

const PLACEMENTS: PlacementSpec[] = [
  // 001–004 Hälsinge Logistik AB (Bollnäs)
  {
    org: "halsinge-logistik", title: "Plocka och packa i e-handelslager",
    description: "Du plockar varor från hyllor och packar dem i lådor till kunder. Vi visar allt steg för steg. Du har en fast handledare.",
    tasks: ["Plocka varor med plocklista", "Packa lådor", "Sätta på etiketter", "Hålla ordning vid packbordet"],
    cards: ["plocka-och-packa-pa-lager", "packa-och-marka-med-maskin"],
    adaptations: ["FIXED_TIMES", "CHECKLISTS", "PICTURE_SUPPORT", "NAMED_MENTOR", "ADAPTED_INTRODUCTION", "GRADUAL_INCREASE"],
    hours: [3, 6], time: [7, 16], capacity: 3,
  },
  {
    org: "halsinge-logistik", kind: IN, title: "Praktik som lagerarbetare med truck",
    description: "En praktik för dig som vill jobba på lager. Du lär dig köra truck tillsammans med en erfaren kollega.",
    tasks: ["Ta emot leveranser", "Flytta pallar med truck", "Räkna varor", "Städa lagret"],
    cards: ["kora-truck", "plocka-och-packa-pa-lager"],
    adaptations: ["NAMED_MENTOR", "ADAPTED_INTRODUCTION", "TASK_VARIETY"],
    hours: [6, 8], time: [7, 16], capacity: 1, end: 120,
    requirements: "Truckkort ordnar vi under praktiken. Du behöver skyddsskor, dem får du låna.",
  },
  {
    org: "halsinge-logistik", title: "Ta hand om returer",
    description: "Du tar hand om varor som kunderna har skickat tillbaka. Du tittar om varan är hel och lägger den på rätt plats. Det är lugnt i returhörnan.",
    tasks: ["Öppna returpaket", "Titta om varan är hel", "Sortera i backar", "Ställa tillbaka varor på hyllan"],
    cards: ["plocka-och-packa-pa-lager", "atervinning-och-sortering"],
    adaptations: ["QUIET_ENVIRONMENT", "OWN_PACE", "LIMITED_SOCIAL_DEMANDS", "CHECKLISTS", "SHORTER_DAYS", "NO_COMPUTER_WORK"],
    hours: [2, 4], days: "MON-THU", time: [8, 14], capacity: 2,
  },
  {
    org: "halsinge-logistik", status: "DRAFT", title: "Packa presentaskar inför jul",
    description: "Inför julen packar vi presentaskar med choklad och te. Du lägger varorna i askarna och knyter band.",
    tasks: ["Lägga varor i askar", "Knyta band", "Räkna och packa i kartonger"],
    cards: ["handpackning-och-enkel-montering"],
    adaptations: ["OWN_PACE", "PICTURE_SUPPORT", "SHORTER_DAYS", "NO_HEAVY_LIFTING"],
    hours: [2, 5], capacity: 4, start: 60, end: 115,
  },
  // 005–010, 080 Kooperativet Steget (Bollnäs)
  {
    org: "steget", title: "Kafébiträde på Café Steget",
    description: "Du hjälper till i vårt kafé. Du gör kaffe, dukar av och fyller på i disken. Förmiddagarna är lugna, då kan du öva.",
    tasks: ["Brygga kaffe", "Duka av och torka bord", "Fylla på bullar i disken", "Diska"],
    cards: ["kafebitrade", "diska-koksbitrade"],
    adaptations: ["SHORTER_DAYS", "GRADUAL_INCREASE", "NAMED_MENTOR", "JOB_COACH_ON_SITE", "PICTURE_SUPPORT", "CHECKLISTS", "ADAPTED_TASKS"],
    hours: [2, 4], time: [9, 15], capacity: 3,
  },
  {
    org: "steget", title: "Second hand: sortera och prismärka",
    description: "I vår second hand-butik får saker ett nytt liv. Du sorterar kläder, husgeråd och böcker och sätter pris på dem.",
    tasks: ["Sortera saker som lämnats in", "Sätta prislappar", "Hänga upp kläder", "Hålla ordning i butiken"],
    cards: ["second-hand-butik", "atervinning-och-sortering"],
    adaptations: ["OWN_PACE", "GRADUAL_INCREASE", "SHORTER_DAYS", "NAMED_MENTOR", "JOB_COACH_ON_SITE", "CLOSE_FOLLOW_UP", "ADAPTED_TASKS", "TASK_VARIETY"],
    hours: [2, 6], time: [9, 16], capacity: 4,
  },
  {
    org: "steget", title: "Cykelverkstad: laga och göra i ordning cyklar",
    description: "Du lagar punkteringar, byter kedjor och gör i ordning begagnade cyklar. Sedan säljer vi cyklarna i butiken.",
    tasks: ["Laga punktering", "Byta slang och kedja", "Tvätta och smörja cyklar", "Hålla ordning på verktygen"],
    cards: ["hjalpa-till-pa-bilverkstad"],
    adaptations: ["OWN_PACE", "PICTURE_SUPPORT", "CHECKLISTS", "NAMED_MENTOR", "JOB_COACH_ON_SITE", "LIMITED_SOCIAL_DEMANDS"],
    hours: [3, 6], days: "MON-THU", time: [8, 15], capacity: 2,
  },
  {
    org: "steget", title: "Tvätteri: tvätta, vika och laga",
    description: "Vi tvättar arbetskläder och dukar åt företag i Bollnäs. Du sorterar tvätt, viker, manglar och syr i knappar.",
    tasks: ["Sortera tvätt", "Starta tvättmaskinen", "Vika handdukar och mangla dukar", "Laga sömmar och sy i knappar"],
    cards: ["somnad-och-textil"],
    adaptations: ["FIXED_TIMES", "CLEAR_STRUCTURE", "CHECKLISTS", "PICTURE_SUPPORT", "LIMITED_SOCIAL_DEMANDS", "JOB_COACH_ON_SITE", "OWN_PACE"],
    hours: [2, 5], time: [8, 15], capacity: 3,
  },
  {
    org: "steget", status: "DRAFT", title: "Catering: göra smörgåsar och sallader",
    description: "Vi gör smörgåsar och sallader till möten och kalas. Du breder smörgåsar, skivar grönsaker och packar maten.",
    tasks: ["Skiva grönsaker", "Bre smörgåsar", "Packa mat i lådor", "Diska"],
    cards: ["gora-smorgasar-och-kall-mat", "diska-koksbitrade"],
    adaptations: ["CHECKLISTS", "PICTURE_SUPPORT", "SHORTER_DAYS", "JOB_COACH_ON_SITE"],
    hours: [2, 4], time: [7, 13], capacity: 2,
  },
  {
    org: "steget", kind: IN, title: "Praktik som butiksbiträde i second hand",
    description: "En praktik för dig som har provat arbetsträning och vill ta nästa steg. Du står i kassan, hjälper kunder och tar emot saker.",
    tasks: ["Sköta kassan", "Hjälpa kunder", "Ta emot saker som lämnas in", "Ställa fram nya varor"],
    cards: ["sitta-i-kassa", "second-hand-butik"],
    adaptations: ["NAMED_MENTOR", "CLOSE_FOLLOW_UP", "GRADUAL_INCREASE", "TASK_VARIETY"],
    hours: [4, 8], days: "TUE-SAT", time: [10, 18], capacity: 1, end: 90,
  },
  // 011–013 Föreningen Sportlånet (Bollnäs)
  {
    org: "sportlanet", title: "Låna ut fritidsutrustning",
    description: "Hos oss lånar barn och vuxna skidor, skridskor och flytvästar gratis. Du hjälper besökarna och skriver upp lånen.",
    tasks: ["Ta emot besökare", "Hämta utrustning i förrådet", "Skriva upp lån och återlämning", "Torka av och titta över utrustningen"],
    cards: ["lana-ut-utrustning-som-fritidsbanken", "reception"],
    adaptations: ["SHORTER_DAYS", "FLEXIBLE_HOURS", "NAMED_MENTOR", "ADAPTED_INTRODUCTION", "EASY_READ_INSTRUCTIONS", "TASK_VARIETY"],
    hours: [2, 4], days: "TUE-FRI", time: [12, 18], capacity: 3,
  },
  {
    org: "sportlanet", title: "Laga och vårda sportutrustning",
    description: "I vår verkstad slipar du skridskor, vallar skidor och lagar trasiga pulkor. Det är lugnt och du jobbar i egen takt.",
    tasks: ["Slipa skridskor", "Valla skidor", "Laga pulkor och klubbor", "Sortera delar"],
    cards: ["lana-ut-utrustning-som-fritidsbanken", "snickeri-och-mobelrenovering"],
    adaptations: ["QUIET_ENVIRONMENT", "OWN_PACE", "LIMITED_SOCIAL_DEMANDS", "CHECKLISTS", "NO_LITERACY_DEMANDS"],
    hours: [2, 4], days: "MON-WED", time: [10, 15], capacity: 2,
  },
  {
    org: "sportlanet", status: "PAUSED", title: "Sortera skänkt utrustning",
    description: "Folk skänker gamla skidor, hjälmar och bollar. Du sorterar dem och ser vad som går att låna ut.",
    tasks: ["Sortera skänkta saker", "Kasta det som är trasigt", "Märka utrustning med nummer"],
    cards: ["atervinning-och-sortering", "lana-ut-utrustning-som-fritidsbanken"],
    adaptations: ["OWN_PACE", "SHORTER_DAYS", "LIMITED_SOCIAL_DEMANDS"],
    hours: [2, 3], days: "MON,WED", time: [10, 14], capacity: 2,
  },
  // 014–018, 079 Bollnäs kommun, Park och återbruk
  {
    org: "bollnas-park", title: "Parkarbete: gräsklippning och rabatter",
    description: "Du jobbar ute i stadens parker i ett arbetslag. Du klipper gräs, rensar rabatter och plockar skräp.",
    tasks: ["Klippa gräs", "Rensa ogräs i rabatter", "Plocka skräp", "Tömma papperskorgar"],
    cards: ["tradgard-och-park", "fastighetsskotsel-och-snorojning"],
    adaptations: ["TASK_VARIETY", "NAMED_MENTOR", "FIXED_TIMES", "EXTRA_BREAKS", "NO_COMPUTER_WORK", "NO_LITERACY_DEMANDS", "ADAPTED_INTRODUCTION"],
    hours: [3, 7], time: [7, 16], capacity: 4, start: -140, end: 60,
    requirements: "Du behöver tåla att vara ute i alla väder. Arbetskläder får du av oss.",
  },
  {
    org: "bollnas-park", title: "Återbruket på återvinningscentralen",
    description: "Du tar emot saker som folk lämnar och sorterar ut det som kan säljas igen. Vi har bilder som visar var allt ska.",
    tasks: ["Ta emot saker från besökare", "Sortera i rätt container", "Ställa fram saker till återbruket", "Sopa och städa"],
    cards: ["atervinning-och-sortering", "second-hand-butik"],
    adaptations: ["FIXED_TIMES", "PICTURE_SUPPORT", "NAMED_MENTOR", "CHECKLISTS", "WORK_AIDS", "TRAVEL_SUPPORT"],
    hours: [3, 6], time: [8, 16], capacity: 3,
  },
  {
    org: "bollnas-park", title: "Snöröjning och fastighetsskötsel",
    description: "På vintern skottar du snö och sandar vid kommunens hus. Du hjälper också vaktmästarna inne.",
    tasks: ["Skotta snö", "Sanda trappor och gångar", "Byta lampor", "Bära möbler"],
    cards: ["fastighetsskotsel-och-snorojning", "vaktmasteri-bara-och-internpost"],
    adaptations: ["TASK_VARIETY", "NAMED_MENTOR", "WORK_AIDS"],
    hours: [4, 8], time: [6, 15], capacity: 2, start: 61, end: 211,
  },
  {
    org: "bollnas-park", title: "Växthuset: så och plantera",
    description: "I kommunens växthus drar vi upp sommarblommor till parkerna. Du sår, planterar om och vattnar. Det är lugnt och varmt.",
    tasks: ["Så frön", "Plantera om plantor", "Vattna", "Städa bänkarna"],
    cards: ["vaxthus-och-odling", "tradgard-och-park"],
    adaptations: ["QUIET_ENVIRONMENT", "OWN_PACE", "SHORTER_DAYS", "ACCESSIBLE_PREMISES", "ERGONOMICS", "PICTURE_SUPPORT"],
    hours: [2, 4], days: "MON-THU", time: [8, 14], capacity: 3,
  },
  {
    org: "bollnas-park", kind: IN, status: "CLOSED", title: "Praktik som parkarbetare",
    description: "En sommarpraktik i parkernas arbetslag. Praktiken är slut för i år.",
    tasks: ["Klippa gräs med åkgräsklippare", "Röja sly", "Plantera"],
    cards: ["tradgard-och-park", "skogsrojning"],
    adaptations: ["NAMED_MENTOR", "TASK_VARIETY"],
    hours: [6, 8], time: [7, 16], capacity: 1, start: -120, end: -20,
  },
  // 019–020 Konditori Linnea (Bollnäs)
  {
    org: "konditori-linnea", title: "Bageribiträde: baka bullar och bröd",
    description: "Du är med från tidig morgon och bakar kanelbullar, limpor och kakor. Du väger, formar och diskar plåtar.",
    tasks: ["Väga upp mjöl och socker", "Forma bullar", "Ta ut plåtar ur ugnen", "Diska plåtar och bunkar"],
    cards: ["baka", "diska-koksbitrade"],
    adaptations: ["FIXED_TIMES", "NAMED_MENTOR", "CHECKLISTS", "PICTURE_SUPPORT", "ADAPTED_INTRODUCTION"],
    hours: [3, 5], time: [6, 12], capacity: 1,
  },
  {
    org: "konditori-linnea", title: "Servering och disk i konditoriet",
    description: "Du hjälper gästerna, dukar av och diskar. Du får lära dig kaffemaskinen.",
    tasks: ["Duka av bord", "Diska", "Fylla på i disken", "Göra kaffe"],
    cards: ["kafebitrade", "servera-i-matsal", "diska-koksbitrade"],
    adaptations: ["SHORTER_DAYS", "NAMED_MENTOR", "TASK_VARIETY"],
    hours: [2, 4], days: "TUE-SAT", time: [9, 15], capacity: 2,
  },
  // 021–022 Ljusnans Stall och Hundpensionat (Bollnäs)
  {
    org: "ljusnans-djur", title: "Stallhjälp: mocka, fodra och sköta hästar",
    description: "Du tar hand om hästar och får. Du mockar, ger mat och vatten och borstar hästarna. Du är mest ute.",
    tasks: ["Mocka boxar", "Ge hö och vatten", "Borsta hästar", "Släppa ut och ta in djuren"],
    cards: ["stall-och-lantbruksdjur"],
    adaptations: ["QUIET_ENVIRONMENT", "LIMITED_SOCIAL_DEMANDS", "OWN_PACE", "NAMED_MENTOR", "NO_COMPUTER_WORK", "NO_LITERACY_DEMANDS", "TRAVEL_SUPPORT"],
    hours: [3, 6], time: [7, 15], capacity: 2,
    requirements: "Du tycker om djur och kan vara ute. Stövlar och overall får du låna.",
  },
  {
    org: "ljusnans-djur", title: "Hundpensionat: rasta och ge mat",
    description: "Du går promenader med hundarna, ger dem mat och gör rent i hundgårdarna.",
    tasks: ["Gå ut med hundar", "Ge mat och vatten", "Göra rent i hundgårdar", "Tvätta skålar"],
    cards: ["hunddagis-och-djurpensionat"],
    adaptations: ["LIMITED_SOCIAL_DEMANDS", "OWN_PACE", "NAMED_MENTOR", "CHECKLISTS", "FLEXIBLE_HOURS", "TASK_VARIETY"],
    hours: [2, 5], days: "MON-SAT", time: [7, 17], capacity: 2,
  },
  // 023–025, 081 Kustens Fastighetsservice (Söderhamn)
  {
    org: "kustens-fastighet", title: "Vaktmästare i bostadsområde",
    description: "Du följer med vår vaktmästare runt i husen. Ni byter lampor, lagar enkla saker och håller gårdarna fina.",
    tasks: ["Byta lampor", "Sopa trappor och gårdar", "Tömma sopkärl", "Bära och flytta saker"],
    cards: ["vaktmasteri-bara-och-internpost", "fastighetsskotsel-och-snorojning"],
    adaptations: ["NAMED_MENTOR", "TASK_VARIETY", "ADAPTED_INTRODUCTION", "FIXED_TIMES"],
    hours: [4, 8], time: [7, 16], capacity: 2,
  },
  {
    org: "kustens-fastighet", title: "Trappstädning och lokalvård",
    description: "Du städar trapphus och tvättstugor. Du följer en checklista och jobbar mest själv.",
    tasks: ["Dammsuga och våttorka trappor", "Städa tvättstugor", "Torka av ledstänger", "Fylla i checklistan"],
    cards: ["stada-lokaler"],
    adaptations: ["LIMITED_SOCIAL_DEMANDS", "OWN_PACE", "CHECKLISTS", "PICTURE_SUPPORT", "FIXED_TIMES", "SHORTER_DAYS", "NO_COMPUTER_WORK"],
    hours: [2, 5], time: [7, 14], capacity: 3,
  },
  {
    org: "kustens-fastighet", status: "PAUSED", title: "Måla om i trapphus",
    description: "Du spacklar och målar väggar i trapphus tillsammans med vår målare. Just nu tar vi inte emot någon.",
    tasks: ["Tejpa och täcka golv", "Spackla hål", "Måla väggar", "Rengöra penslar"],
    cards: ["mala"],
    adaptations: ["OWN_PACE", "NAMED_MENTOR", "CHECKLISTS", "NO_LITERACY_DEMANDS"],
    hours: [4, 7], time: [7, 16], capacity: 1,
  },
  // 026–028 Söderhamns kommun, Måltidsservice
  {
    org: "soderhamn-maltid", title: "Köksbiträde i skolkök",
    description: "Du hjälper till att laga lunch till eleverna. Du skalar, skivar, lägger upp mat och diskar.",
    tasks: ["Skala och skiva grönsaker", "Lägga upp mat i buffén", "Fylla på i salladsbaren", "Diska"],
    cards: ["diska-koksbitrade", "servera-i-matsal", "gora-smorgasar-och-kall-mat"],
    adaptations: ["FIXED_TIMES", "CHECKLISTS", "PICTURE_SUPPORT", "NAMED_MENTOR", "ADAPTED_INTRODUCTION", "GRADUAL_INCREASE", "ERGONOMICS"],
    hours: [3, 6], time: [7, 14], capacity: 3,
  },
  {
    org: "soderhamn-maltid", title: "Diskare i storkök",
    description: "Du sköter diskmaskinen i ett stort kök. Samma uppgifter varje dag, i samma ordning.",
    tasks: ["Skölja disk", "Köra diskmaskinen", "Ställa in rent i hyllor", "Torka golv"],
    cards: ["diska-koksbitrade"],
    adaptations: ["LIMITED_SOCIAL_DEMANDS", "CLEAR_STRUCTURE", "FIXED_TIMES", "NO_LITERACY_DEMANDS", "NO_COMPUTER_WORK", "WORK_AIDS"],
    hours: [3, 6], time: [9, 15], capacity: 2,
  },
  {
    org: "soderhamn-maltid", title: "Servera och duka på äldreboende",
    description: "Du dukar, serverar lunch och pratar med de boende. Ett lugnt arbete med mycket värme.",
    tasks: ["Duka borden", "Servera mat och kaffe", "Duka av", "Prata och umgås med de boende"],
    cards: ["servera-i-matsal", "vardbitrade-och-sallskap"],
    adaptations: ["SHORTER_DAYS", "NAMED_MENTOR", "ACCESSIBLE_PREMISES"],
    hours: [2, 4], time: [10, 14], capacity: 2,
  },
  // 029–031 Cykelköket Sofielund (Malmö)
  {
    org: "cykelkoket", title: "Cykelverkstad för alla",
    description: "Vi är en förening där folk lagar sina cyklar tillsammans. Du hjälper besökarna och lagar skänkta cyklar.",
    tasks: ["Laga punkteringar", "Justera bromsar", "Hjälpa besökare hitta verktyg", "Göra i ordning skänkta cyklar"],
    cards: ["hjalpa-till-pa-bilverkstad"],
    adaptations: ["FLEXIBLE_HOURS", "OWN_PACE", "TASK_VARIETY", "NAMED_MENTOR", "SHORTER_DAYS"],
    hours: [2, 5], days: "TUE,WED,THU,SAT", time: [11, 19], capacity: 3,
  },
  {
    org: "cykelkoket", title: "Cykelbud åt föreningen",
    description: "Du cyklar ut reservdelar och cyklar till kunder i stan med lådcykel. Du är ute och i rörelse.",
    tasks: ["Packa lådcykeln", "Cykla ut leveranser", "Hämta skänkta cyklar", "Ta hand om lådcykeln"],
    cards: ["cykelbud"],
    adaptations: ["FLEXIBLE_HOURS", "LIMITED_SOCIAL_DEMANDS", "NO_COMPUTER_WORK"],
    hours: [2, 4], time: [9, 16], capacity: 2,
  },
  {
    org: "cykelkoket", title: "Plocka isär och sortera cykeldelar",
    description: "Du plockar isär gamla cyklar och sorterar delarna i lådor. Ett lugnt arbete i ett eget rum.",
    tasks: ["Skruva loss delar", "Sortera skruvar och delar i lådor", "Tvätta delar", "Lämna metall till återvinning"],
    cards: ["atervinning-och-sortering", "handpackning-och-enkel-montering"],
    adaptations: ["QUIET_ENVIRONMENT", "OWN_PACE", "LIMITED_SOCIAL_DEMANDS", "PICTURE_SUPPORT", "LOW_SENSORY_LOAD", "CLEAR_STRUCTURE"],
    hours: [2, 4], days: "MON,WED,FRI", time: [9, 15], capacity: 2,
  },
  // 032–034 Sydtvätt Malmö AB
  {
    org: "sydtvatt", title: "Tvätteri: sortera, mangla och packa",
    description: "Du sorterar smutstvätt, sköter mangeln och packar ren tvätt i påsar med etikett.",
    tasks: ["Sortera tvätt", "Mangla dukar", "Vika handdukar", "Packa och märka påsar"],
    cards: ["packa-och-marka-med-maskin", "handpackning-och-enkel-montering"],
    adaptations: ["FIXED_TIMES", "CLEAR_STRUCTURE", "CHECKLISTS", "LIMITED_SOCIAL_DEMANDS", "NAMED_MENTOR", "ERGONOMICS"],
    hours: [4, 8], time: [6, 15], capacity: 3,
  },
  {
    org: "sydtvatt", kind: IN, title: "Praktik som maskinoperatör i tvätteri",
    description: "Du lär dig sköta de stora tvätt- och vikmaskinerna. En praktik som kan leda till jobb.",
    tasks: ["Ladda tvättmaskiner", "Sköta vikmaskinen", "Kontrollera att tvätten är ren", "Skriva upp fel"],
    cards: ["packa-och-marka-med-maskin"],
    adaptations: ["NAMED_MENTOR", "ADAPTED_INTRODUCTION", "CHECKLISTS"],
    hours: [6, 8], time: [6, 15], capacity: 1, start: 14, end: 104,
  },
  {
    org: "sydtvatt", title: "Laga och sy arbetskläder",
    description: "Du lagar trasiga arbetskläder med symaskin. Du sitter i ett tyst rum bredvid tvätteriet.",
    tasks: ["Sy i knappar", "Laga sömmar", "Byta dragkedjor", "Vika och hänga kläder"],
    cards: ["somnad-och-textil"],
    adaptations: ["QUIET_ENVIRONMENT", "OWN_PACE", "ERGONOMICS", "NO_HEAVY_LIFTING", "ACCESSIBLE_PREMISES", "LOW_SENSORY_LOAD"],
    hours: [2, 5], days: "MON-THU", time: [8, 15], capacity: 2,
  },
  // 035–039 Återbruk Syd (Malmö)
  {
    org: "aterbruk-syd", title: "Second hand-butik: sortera, prismärka och sälja",
    description: "Du jobbar i vår stora second hand-butik. Du sorterar, sätter pris, ställer fram varor och hjälper kunder.",
    tasks: ["Sortera inlämnade saker", "Sätta prislappar", "Ställa fram varor", "Hjälpa kunder"],
    cards: ["second-hand-butik", "sitta-i-kassa"],
    adaptations: ["GRADUAL_INCREASE", "SHORTER_DAYS", "JOB_COACH_ON_SITE", "CLOSE_FOLLOW_UP", "ADAPTED_TASKS", "TASK_VARIETY", "NAMED_MENTOR", "EASY_READ_INSTRUCTIONS"],
    hours: [2, 6], days: "MON-SAT", time: [9, 17], capacity: 4,
  },
  {
    org: "aterbruk-syd", title: "Möbelrenovering i snickeriet",
    description: "Du slipar, limmar och målar gamla möbler så att de kan säljas igen. Vi visar hur maskinerna fungerar.",
    tasks: ["Slipa möbler", "Limma lösa delar", "Måla och olja", "Städa snickeriet"],
    cards: ["snickeri-och-mobelrenovering", "mala"],
    adaptations: ["OWN_PACE", "NAMED_MENTOR", "JOB_COACH_ON_SITE", "WORK_AIDS", "PICTURE_SUPPORT", "CHECKLISTS"],
    hours: [3, 6], time: [8, 16], capacity: 3,
  },
  {
    org: "aterbruk-syd", title: "Syateljé: sy nytt av gammalt",
    description: "Du syr väskor och kuddar av gamla gardiner och kläder. Vi lär dig symaskinen.",
    tasks: ["Klippa tyg efter mall", "Sy på symaskin", "Stryka", "Sätta etiketter"],
    cards: ["somnad-och-textil", "konsthantverk"],
    adaptations: ["QUIET_ENVIRONMENT", "OWN_PACE", "NO_HEAVY_LIFTING", "ACCESSIBLE_PREMISES", "SHORTER_DAYS", "GRADUAL_INCREASE", "ADAPTED_TASKS", "LOW_SENSORY_LOAD"],
    hours: [2, 4], days: "MON-THU", time: [9, 15], capacity: 3,
  },
  {
    org: "aterbruk-syd", title: "Hämta och bära möbler",
    description: "Du följer med vår bil och hämtar möbler som folk skänker. Du bär, lastar och ställer in på lagret.",
    tasks: ["Bära möbler", "Lasta bilen", "Ställa in på lagret", "Skriva upp vad som kommit in"],
    cards: ["vaktmasteri-bara-och-internpost", "plocka-och-packa-pa-lager"],
    adaptations: ["NAMED_MENTOR", "TASK_VARIETY", "FIXED_TIMES"],
    hours: [4, 7], time: [8, 16], capacity: 2,
  },
  {
    org: "aterbruk-syd", title: "Kafé i återbruksbutiken",
    description: "I vårt lilla kafé gör du kaffe, smörgåsar och hjälper gästerna. Vi har bilder på allt som ska göras.",
    tasks: ["Göra kaffe", "Göra smörgåsar", "Ta betalt", "Diska och torka bord"],
    cards: ["kafebitrade", "gora-smorgasar-och-kall-mat"],
    adaptations: ["SHORTER_DAYS", "JOB_COACH_ON_SITE", "PICTURE_SUPPORT", "CHECKLISTS", "GRADUAL_INCREASE"],
    hours: [2, 4], days: "TUE-SAT", time: [10, 16], capacity: 2,
  },
  // 040–043, 078 Malmö stad, Stadsodling och park
  {
    org: "malmo-odling", title: "Stadsodling: så, vattna och skörda",
    description: "Du odlar grönsaker och blommor i stadens odlingar. Du sår, vattnar, rensar och skördar.",
    tasks: ["Så och plantera", "Vattna", "Rensa ogräs", "Skörda grönsaker"],
    cards: ["vaxthus-och-odling", "tradgard-och-park"],
    adaptations: ["OWN_PACE", "QUIET_ENVIRONMENT", "TASK_VARIETY", "FLEXIBLE_HOURS", "EXTRA_BREAKS", "PICTURE_SUPPORT", "NO_COMPUTER_WORK", "TRAVEL_SUPPORT"],
    hours: [2, 5], days: "MON-THU", time: [8, 15], capacity: 4,
  },
  {
    org: "malmo-odling", title: "Parkskötsel i arbetslag",
    description: "Du jobbar i ett arbetslag som sköter stadens parker. Ni klipper häckar, krattar och planterar.",
    tasks: ["Klippa häckar", "Kratta löv", "Plantera blommor", "Plocka skräp"],
    cards: ["tradgard-och-park"],
    adaptations: ["NAMED_MENTOR", "FIXED_TIMES", "NO_LITERACY_DEMANDS", "TASK_VARIETY"],
    hours: [4, 7], time: [7, 16], capacity: 3,
  },
  {
    org: "malmo-odling", title: "Skräpplockning och ordning i parker",
    description: "Du går runt i parkerna med en skräpplockare och håller ordning. Du bestämmer själv tempot.",
    tasks: ["Plocka skräp", "Tömma papperskorgar", "Sortera skräpet", "Säga till om något är trasigt"],
    cards: ["atervinning-och-sortering", "tradgard-och-park"],
    adaptations: ["SHORTER_DAYS", "LIMITED_SOCIAL_DEMANDS", "OWN_PACE", "NO_COMPUTER_WORK", "NO_LITERACY_DEMANDS"],
    hours: [2, 4], time: [8, 14], capacity: 3,
  },
  {
    org: "malmo-odling", kind: IN, title: "Praktik som trädgårdsarbetare",
    description: "En praktik för dig som har provat odling eller park och vill lära dig mer inför ett jobb.",
    tasks: ["Beskära buskar", "Plantera träd", "Sköta maskiner", "Planera dagens arbete med laget"],
    cards: ["tradgard-och-park", "vaxthus-och-odling"],
    adaptations: ["NAMED_MENTOR", "ADAPTED_INTRODUCTION"],
    hours: [6, 8], time: [7, 16], capacity: 1, end: 90,
  },
  // 044–046 Limhamns Surdegsbageri
  {
    org: "limhamns-bageri", title: "Bageri: forma bröd och baka",
    description: "Du bakar surdegsbröd och bullar tillsammans med bagarna. Vi börjar tidigt på morgonen.",
    tasks: ["Väga ingredienser", "Forma bröd", "Baka i ugnen", "Diska bunkar"],
    cards: ["baka"],
    adaptations: ["FIXED_TIMES", "NAMED_MENTOR", "CHECKLISTS", "LIMITED_SOCIAL_DEMANDS"],
    hours: [3, 6], time: [5, 12], capacity: 1,
  },
  {
    org: "limhamns-bageri", kind: IN, title: "Praktik i bageributiken",
    description: "Du säljer bröd och kaffe i vår butik. Du lär dig kassan och att prata med kunder.",
    tasks: ["Sälja bröd", "Sköta kassan", "Göra kaffe", "Ställa fram bröd"],
    cards: ["sitta-i-kassa", "kafebitrade"],
    adaptations: ["NAMED_MENTOR", "ADAPTED_INTRODUCTION"],
    hours: [4, 7], days: "TUE-SAT", time: [7, 16], capacity: 1,
  },
  {
    org: "limhamns-bageri", title: "Disk och städ i bageriet",
    description: "Du diskar bunkar och plåtar och håller bageriet rent. Du jobbar mest själv.",
    tasks: ["Diska bunkar och plåtar", "Torka bänkar", "Sopa och moppa golv", "Bära ut kartonger"],
    cards: ["diska-koksbitrade", "stada-lokaler"],
    adaptations: ["SHORTER_DAYS", "LIMITED_SOCIAL_DEMANDS", "CHECKLISTS", "PICTURE_SUPPORT", "OWN_PACE"],
    hours: [2, 4], time: [8, 14], capacity: 1,
  },
  // 047–050 Hamnlagret Syd AB (Malmö)
  {
    org: "hamnlagret", title: "Lagerarbete: ta emot och plocka varor",
    description: "Du tar emot varor som kommer med lastbil och plockar ordrar till butiker.",
    tasks: ["Ta emot leveranser", "Plocka ordrar", "Sätta upp varor på hyllor", "Hålla ordning"],
    cards: ["plocka-och-packa-pa-lager"],
    adaptations: ["FIXED_TIMES", "CHECKLISTS", "NAMED_MENTOR", "ADAPTED_INTRODUCTION"],
    hours: [4, 8], time: [6, 16], capacity: 3,
  },
  {
    org: "hamnlagret", title: "Montering av möbelbeslag",
    description: "Du packar skruvar och beslag i påsar och sätter ihop enkla delar. Du sitter vid ett eget bord.",
    tasks: ["Räkna skruvar", "Packa beslag i påsar", "Skruva ihop enkla delar", "Kontrollera att allt är med"],
    cards: ["handpackning-och-enkel-montering"],
    adaptations: ["QUIET_ENVIRONMENT", "OWN_PACE", "PICTURE_SUPPORT", "CLEAR_STRUCTURE", "ERGONOMICS", "NO_HEAVY_LIFTING", "LOW_SENSORY_LOAD", "LIMITED_SOCIAL_DEMANDS"],
    hours: [2, 6], time: [7, 15], capacity: 4,
  },
  {
    org: "hamnlagret", kind: IN, title: "Praktik som truckförare",
    description: "Du kör truck och lastar lastbilar. Du har en erfaren förare med dig i början.",
    tasks: ["Köra motviktstruck", "Lasta och lossa lastbilar", "Sätta pallar i ställage"],
    cards: ["kora-truck"],
    adaptations: ["NAMED_MENTOR", "ADAPTED_INTRODUCTION"],
    hours: [6, 8], time: [6, 16], capacity: 1,
    requirements: "Truckkort A och B. Har du inte det kan vi hjälpa dig att ta det.",
  },
  {
    org: "hamnlagret", status: "CLOSED", title: "Packa och märka paket med maskin",
    description: "Du skötte maskinen som plastar och märker paket. Platsen är stängd.",
    tasks: ["Mata in paket i maskinen", "Byta etikettrulle", "Stapla paket på pall"],
    cards: ["packa-och-marka-med-maskin", "plocka-och-packa-pa-lager"],
    adaptations: ["FIXED_TIMES", "CLEAR_STRUCTURE", "CHECKLISTS", "NAMED_MENTOR", "HEARING_SUPPORT"],
    hours: [3, 6], time: [6, 15], capacity: 2, start: -200, end: -30,
  },
  // 051–055 Lunds kommun, Kontorsservice och bibliotek
  {
    org: "lund-service", title: "Sortera och dela ut internpost",
    description: "Du sorterar post i kommunhuset och går runt och delar ut den. Samma runda varje dag.",
    tasks: ["Sortera brev i fack", "Dela ut post på våningarna", "Hämta utgående post", "Väga och frankera paket"],
    cards: ["sortera-post", "vaktmasteri-bara-och-internpost"],
    adaptations: ["FIXED_TIMES", "CLEAR_STRUCTURE", "PICTURE_SUPPORT", "CHECKLISTS", "ACCESSIBLE_PREMISES", "NAMED_MENTOR", "REMINDERS"],
    hours: [2, 4], time: [8, 13], capacity: 2,
  },
  {
    org: "lund-service", title: "Skanna och arkivera dokument",
    description: "Du skannar gamla papper och lägger in dem i rätt mapp i datorn. Du sitter i ett tyst kontor.",
    tasks: ["Ta bort gem och häftklamrar", "Skanna papper", "Spara filer i rätt mapp", "Sätta in papper i arkivet"],
    cards: ["kontorsassistent-skanna-och-arkivera"],
    adaptations: ["QUIET_ENVIRONMENT", "OWN_PACE", "ACCESSIBLE_PREMISES", "ERGONOMICS", "NO_HEAVY_LIFTING", "LIMITED_SOCIAL_DEMANDS", "LOW_SENSORY_LOAD", "FLEXIBLE_HOURS"],
    hours: [2, 6], time: [8, 16], capacity: 3,
  },
  {
    org: "lund-service", kind: IN, title: "Praktik i kommunens reception",
    description: "Du tar emot besökare, svarar i telefon och hjälper folk att hitta rätt.",
    tasks: ["Ta emot besökare", "Svara i telefon", "Lämna ut besökskort", "Hålla ordning i receptionen"],
    cards: ["reception", "kundtjanst-och-telefon"],
    adaptations: ["NAMED_MENTOR", "ADAPTED_INTRODUCTION", "HEARING_SUPPORT", "ACCESSIBLE_PREMISES"],
    hours: [4, 8], time: [8, 17], capacity: 1,
  },
  {
    org: "lund-service", kind: IN, title: "Praktik i IT-supporten",
    description: "Du hjälper kollegor med datorer, skrivare och lösenord. Du får en egen handledare i IT-gruppen.",
    tasks: ["Installera datorer", "Byta toner i skrivare", "Hjälpa till med lösenord", "Skriva ärenden"],
    cards: ["enkel-it-support"],
    adaptations: ["QUIET_ENVIRONMENT", "NAMED_MENTOR", "FLEXIBLE_HOURS", "ACCESSIBLE_PREMISES"],
    hours: [4, 8], time: [8, 17], capacity: 1,
  },
  {
    org: "lund-service", title: "Bibliotek: ställa upp böcker",
    description: "Du ställer tillbaka böcker på rätt plats i hyllorna och håller ordning. Biblioteket är lugnt och tyst.",
    tasks: ["Sortera böcker på vagn", "Ställa upp böcker i hyllan", "Rätta till i hyllorna", "Plasta in böcker"],
    cards: ["bibliotek-stalla-upp-bocker"],
    adaptations: ["QUIET_ENVIRONMENT", "OWN_PACE", "LIMITED_SOCIAL_DEMANDS", "PICTURE_SUPPORT", "SHORTER_DAYS", "ACCESSIBLE_PREMISES", "LOW_SENSORY_LOAD"],
    hours: [2, 4], time: [9, 15], capacity: 2,
  },
  // 056–061, 082 Vänerkooperativet (Kristinehamn)
  {
    org: "vanerkooperativet", title: "Biltvätt: tvätta och städa bilar",
    description: "Du tvättar bilar för hand och dammsuger dem inuti. Vi har bildstöd för varje steg.",
    tasks: ["Spola och tvätta bilen", "Dammsuga inuti", "Putsa rutor", "Torka och polera"],
    cards: ["tvatta-bilar-putsa-fonster"],
    adaptations: ["JOB_COACH_ON_SITE", "CHECKLISTS", "PICTURE_SUPPORT", "GRADUAL_INCREASE", "ADAPTED_TASKS", "SHORTER_DAYS"],
    hours: [2, 6], time: [8, 16], capacity: 3,
  },
  {
    org: "vanerkooperativet", title: "Fönsterputs hos företag",
    description: "Du åker med vårt arbetslag och putsar fönster hos företag i stan.",
    tasks: ["Putsa fönster", "Torka fönsterbänkar", "Bära utrustning", "Städa efter jobbet"],
    cards: ["tvatta-bilar-putsa-fonster", "stada-lokaler"],
    adaptations: ["NAMED_MENTOR", "TASK_VARIETY", "TRAVEL_SUPPORT"],
    hours: [3, 6], days: "MON-THU", time: [7, 15], capacity: 2,
  },
  {
    org: "vanerkooperativet", title: "Snickeriet: bygga fågelholkar och pallkragar",
    description: "Du sågar, spikar och målar fågelholkar och pallkragar som vi säljer. Du lär dig verktygen i din egen takt.",
    tasks: ["Såga brädor efter mall", "Spika och skruva ihop", "Slipa", "Måla"],
    cards: ["snickeri-och-mobelrenovering", "mala"],
    adaptations: ["OWN_PACE", "PICTURE_SUPPORT", "JOB_COACH_ON_SITE", "WORK_AIDS", "ADAPTED_TASKS", "GRADUAL_INCREASE", "NO_LITERACY_DEMANDS"],
    hours: [2, 5], time: [8, 15], capacity: 4,
  },
  {
    org: "vanerkooperativet", title: "Däckbyte och enkel bilvård",
    description: "Du hjälper till att byta däck och göra enkel service på bilar. Mest på våren och hösten.",
    tasks: ["Byta däck", "Tvätta fälgar", "Fylla spolarvätska", "Hålla ordning i verkstaden"],
    cards: ["hjalpa-till-pa-bilverkstad", "tvatta-bilar-putsa-fonster"],
    adaptations: ["NAMED_MENTOR", "TASK_VARIETY", "WORK_AIDS"],
    hours: [4, 8], time: [7, 16], capacity: 2,
  },
  {
    org: "vanerkooperativet", title: "Hemservice: städa och handla åt äldre",
    description: "Du städar och handlar åt äldre som bor hemma. Du jobbar tillsammans med en kollega.",
    tasks: ["Dammsuga och torka damm", "Handla mat", "Byta sängkläder", "Prata en stund med kunden"],
    cards: ["hemservice-stada-hos-aldre"],
    adaptations: ["NAMED_MENTOR", "FIXED_TIMES", "CHECKLISTS", "TRAVEL_SUPPORT"],
    hours: [3, 6], time: [8, 16], capacity: 2,
  },
  {
    org: "vanerkooperativet", status: "DRAFT", title: "Lunchrestaurang: köksbiträde",
    description: "Vi öppnar en lunchrestaurang i höst. Du hjälper till i köket och i disken.",
    tasks: ["Skära grönsaker", "Göra sallad", "Diska", "Torka bord"],
    cards: ["diska-koksbitrade", "gora-smorgasar-och-kall-mat"],
    adaptations: ["JOB_COACH_ON_SITE", "CHECKLISTS", "SHORTER_DAYS"],
    hours: [3, 6], time: [8, 15], capacity: 3, start: 45,
  },
  // 062–065 Kristinehamns kommun, Service och vaktmästeri
  {
    org: "kristinehamn-service", title: "Vaktmästeri i skolor",
    description: "Du hjälper skolans vaktmästare. Ni bär, lagar, byter lampor och ser till att allt fungerar.",
    tasks: ["Bära möbler och material", "Byta lampor", "Dela ut post och paket", "Sköta skolgården"],
    cards: ["vaktmasteri-bara-och-internpost", "fastighetsskotsel-och-snorojning"],
    adaptations: ["NAMED_MENTOR", "TASK_VARIETY", "FIXED_TIMES", "ADAPTED_INTRODUCTION", "REMINDERS"],
    hours: [3, 7], time: [7, 16], capacity: 2,
  },
  {
    org: "kristinehamn-service", kind: IN, title: "Praktik som elevassistent",
    description: "Du hjälper elever och lärare i en klass på mellanstadiet, på lektioner och på rasten.",
    tasks: ["Hjälpa elever med uppgifter", "Vara med på rasten", "Hjälpa till i matsalen", "Förbereda material"],
    cards: ["elevassistent"],
    adaptations: ["NAMED_MENTOR", "CLOSE_FOLLOW_UP", "ADAPTED_INTRODUCTION"],
    hours: [4, 7], time: [8, 15], capacity: 1, end: 110,
  },
  {
    org: "kristinehamn-service", title: "Sällskap och aktiviteter på äldreboende",
    description: "Du fikar, spelar spel och går promenader med de boende. Du hjälper också till vid maten.",
    tasks: ["Fika och prata med de boende", "Spela spel", "Följa med på promenad", "Duka och servera"],
    cards: ["vardbitrade-och-sallskap", "servera-i-matsal"],
    adaptations: ["SHORTER_DAYS", "FLEXIBLE_HOURS", "NAMED_MENTOR", "ACCESSIBLE_PREMISES", "QUIET_ENVIRONMENT"],
    hours: [2, 4], time: [9, 16], capacity: 2,
  },
  {
    org: "kristinehamn-service", title: "Lokalvård i kommunhuset",
    description: "Du städar kontor, kök och toaletter i kommunhuset tidigt på morgonen innan det blir fullt med folk.",
    tasks: ["Tömma papperskorgar", "Torka bord", "Städa toaletter", "Moppa golv"],
    cards: ["stada-lokaler"],
    adaptations: ["FIXED_TIMES", "CHECKLISTS", "PICTURE_SUPPORT", "LIMITED_SOCIAL_DEMANDS", "EASY_READ_INSTRUCTIONS", "SHORTER_DAYS"],
    hours: [2, 5], time: [6, 14], capacity: 3,
  },
  // 066–068 Vänerns Idrottsförening
  {
    org: "vanerns-if", title: "Hjälpa till i idrottshallen",
    description: "Du ställer fram och plockar undan material, hjälper ledarna och håller ordning i hallen.",
    tasks: ["Ställa fram mål och bollar", "Hjälpa ledarna vid träning", "Plocka undan", "Städa omklädningsrum"],
    cards: ["fritidsledare-och-idrottshall", "stada-lokaler"],
    adaptations: ["FLEXIBLE_HOURS", "TASK_VARIETY", "NAMED_MENTOR", "SHORTER_DAYS"],
    hours: [2, 4], days: "MON-THU", time: [14, 20], capacity: 2,
  },
  {
    org: "vanerns-if", title: "Kiosken på hemmamatcherna",
    description: "Du säljer kaffe, korv och godis i kiosken när laget spelar hemma.",
    tasks: ["Koka kaffe", "Värma korv", "Ta betalt", "Städa kiosken efter matchen"],
    cards: ["kafebitrade", "sitta-i-kassa"],
    adaptations: ["SHORTER_DAYS", "NAMED_MENTOR", "CHECKLISTS", "PICTURE_SUPPORT"],
    hours: [2, 4], days: "SAT,SUN", time: [10, 18], capacity: 3,
  },
  {
    org: "vanerns-if", status: "PAUSED", title: "Skötsel av fotbollsplan och klubbstuga",
    description: "Du kritar linjer, klipper gräs och håller klubbstugan fin. Pausad under vintern.",
    tasks: ["Krita linjer", "Klippa gräs", "Städa klubbstugan", "Laga nät"],
    cards: ["fastighetsskotsel-och-snorojning", "tradgard-och-park"],
    adaptations: ["OWN_PACE", "LIMITED_SOCIAL_DEMANDS", "FLEXIBLE_HOURS", "NO_COMPUTER_WORK"],
    hours: [2, 5], time: [8, 16], capacity: 2,
  },
  // 069–071 Bergslagens Montage AB
  {
    org: "bergslagens-montage", title: "Montera elektronikdetaljer",
    description: "Du sätter ihop små delar till elektronik vid ett eget bord. Bilder visar varje steg.",
    tasks: ["Sätta ihop kablar och kontakter", "Skruva ihop lådor", "Kontrollera att delarna fungerar", "Packa färdiga delar"],
    cards: ["montera-elektronik"],
    adaptations: ["QUIET_ENVIRONMENT", "CLEAR_STRUCTURE", "PICTURE_SUPPORT", "CHECKLISTS", "ERGONOMICS", "NO_HEAVY_LIFTING", "OWN_PACE", "LOW_SENSORY_LOAD"],
    hours: [3, 7], time: [7, 16], capacity: 3,
  },
  {
    org: "bergslagens-montage", kind: IN, title: "Praktik som montör",
    description: "En praktik på vår monteringslina. Målet är att du ska kunna jobba som montör.",
    tasks: ["Montera enligt ritning", "Skruva och löda", "Testa färdiga produkter", "Packa"],
    cards: ["montera-elektronik", "handpackning-och-enkel-montering"],
    adaptations: ["NAMED_MENTOR", "ADAPTED_INTRODUCTION", "CHECKLISTS"],
    hours: [6, 8], time: [7, 16], capacity: 2, end: 120,
  },
  {
    org: "bergslagens-montage", title: "Packa reservdelar",
    description: "Du packar reservdelar i påsar och lådor och sätter på etiketter.",
    tasks: ["Räkna delar", "Packa i påsar", "Sätta på etiketter", "Lägga i kartonger"],
    cards: ["handpackning-och-enkel-montering", "packa-och-marka-med-maskin"],
    adaptations: ["FIXED_TIMES", "OWN_PACE", "LIMITED_SOCIAL_DEMANDS", "CHECKLISTS", "SHORTER_DAYS"],
    hours: [2, 5], time: [7, 15], capacity: 2,
  },
  // 072–074 Klarälvens Second Hand (Karlstad)
  {
    org: "klaralvens-second-hand", title: "Butik och sortering i second hand",
    description: "Du sorterar det som skänks, fyller på i butiken och hjälper kunder att hitta.",
    tasks: ["Sortera kläder och husgeråd", "Fylla på i butiken", "Hänga upp kläder", "Hjälpa kunder"],
    cards: ["second-hand-butik", "fylla-pa-varor-i-butik"],
    adaptations: ["SHORTER_DAYS", "GRADUAL_INCREASE", "NAMED_MENTOR", "TASK_VARIETY", "OWN_PACE"],
    hours: [2, 5], days: "TUE-SAT", time: [10, 17], capacity: 3,
  },
  {
    org: "klaralvens-second-hand", kind: IN, title: "Praktik i kassan och kundmöten",
    description: "Du står i kassan, tar betalt och hjälper kunderna. En praktik nära ett riktigt butiksjobb.",
    tasks: ["Ta betalt", "Svara på frågor", "Slå in varor", "Räkna kassan"],
    cards: ["sitta-i-kassa", "second-hand-butik"],
    adaptations: ["NAMED_MENTOR", "ADAPTED_INTRODUCTION"],
    hours: [4, 6], days: "TUE-SAT", time: [10, 18], capacity: 1,
  },
  {
    org: "klaralvens-second-hand", title: "Sortera böcker och skivor",
    description: "Du sorterar böcker, skivor och spel och ställer dem på rätt hylla i butiken.",
    tasks: ["Sortera böcker efter ämne", "Sätta pris", "Ställa upp i hyllor", "Torka damm"],
    cards: ["second-hand-butik", "bibliotek-stalla-upp-bocker"],
    adaptations: ["QUIET_ENVIRONMENT", "OWN_PACE", "LIMITED_SOCIAL_DEMANDS", "LOW_SENSORY_LOAD"],
    hours: [2, 4], days: "TUE-FRI", time: [10, 16], capacity: 2,
  },
  // 075–077 Handlarn på Torget (Bollnäs)
  {
    org: "handlarn", title: "Fylla på varor i matbutik",
    description: "Du packar upp varor och ställer dem på rätt plats i hyllorna. Vi börjar tidigt innan butiken öppnar.",
    tasks: ["Packa upp leveranser", "Fylla på hyllor", "Vända varor så att etiketten syns", "Kasta kartonger"],
    cards: ["fylla-pa-varor-i-butik", "butik-med-dagligvaror"],
    adaptations: ["FIXED_TIMES", "NAMED_MENTOR", "CHECKLISTS", "ADAPTED_INTRODUCTION"],
    hours: [3, 6], time: [6, 14], capacity: 2,
  },
  {
    org: "handlarn", title: "Frukt och grönt: sortera och ställa fram",
    description: "Du ansvarar för att frukt och grönsaker ser fina ut. Du sorterar bort det som är dåligt och fyller på.",
    tasks: ["Sortera frukt", "Fylla på grönsaker", "Väga och packa", "Torka av hyllor"],
    cards: ["butik-med-dagligvaror", "fylla-pa-varor-i-butik"],
    adaptations: ["SHORTER_DAYS", "OWN_PACE", "PICTURE_SUPPORT", "NAMED_MENTOR"],
    hours: [2, 4], time: [7, 14], capacity: 1,
  },
  {
    org: "handlarn", kind: IN, status: "DRAFT", title: "Praktik i kassan",
    description: "Du lär dig kassan och att hjälpa kunder. Vi skriver klart annonsen snart.",
    tasks: ["Sköta kassan", "Hjälpa kunder", "Fylla på vid kassan"],
    cards: ["sitta-i-kassa", "butik-med-dagligvaror"],
    adaptations: ["NAMED_MENTOR"],
    hours: [5, 8], time: [8, 20], capacity: 1,
  },
  // 078 Malmö stad: torget
  {
    org: "malmo-odling", title: "Sälja grönsaker på torget",
    description: "Du säljer grönsakerna från stadsodlingen på torget på onsdagar och lördagar.",
    tasks: ["Ställa upp ståndet", "Väga grönsaker", "Ta betalt", "Packa ihop"],
    cards: ["torgforsaljning", "vaxthus-och-odling"],
    adaptations: ["SHORTER_DAYS", "NAMED_MENTOR", "TASK_VARIETY", "PICTURE_SUPPORT"],
    hours: [2, 4], days: "WED,SAT", time: [8, 14], capacity: 2, start: -100, end: 45,
  },
  // 079 Bollnäs kommun: skog
  {
    org: "bollnas-park", title: "Skogsröjning och friluftsleder",
    description: "Du röjer sly längs kommunens friluftsleder och plockar bär på hösten. Du är ute hela dagen.",
    tasks: ["Röja sly med röjsåg", "Rensa stigar", "Laga bänkar och skyltar", "Plocka bär"],
    cards: ["skogsrojning", "barplockning-och-plantering"],
    adaptations: ["LIMITED_SOCIAL_DEMANDS", "QUIET_ENVIRONMENT", "TASK_VARIETY", "NAMED_MENTOR", "WORK_AIDS", "TRAVEL_SUPPORT"],
    hours: [4, 7], time: [7, 16], capacity: 2,
  },
  // 080 Steget: keramik
  {
    org: "steget", title: "Keramikverkstad: dreja och glasera",
    description: "Du gör muggar och skålar i lera som vi säljer i kaféet. Ett lugnt och kreativt arbete.",
    tasks: ["Knåda lera", "Forma muggar och skålar", "Glasera", "Packa varor till butiken"],
    cards: ["konsthantverk"],
    adaptations: ["QUIET_ENVIRONMENT", "OWN_PACE", "SHORTER_DAYS", "ADAPTED_TASKS", "JOB_COACH_ON_SITE", "LOW_SENSORY_LOAD"],
    hours: [2, 4], days: "MON,WED,THU", time: [9, 15], capacity: 3,
  },
  // 081 Kustens Fastighetsservice: bygg
  {
    org: "kustens-fastighet", kind: IN, title: "Praktik vid renovering av lägenheter",
    description: "Du hjälper hantverkarna när vi renoverar lägenheter. Du bär, river, städar och målar.",
    tasks: ["Bära material", "Riva gamla skåp", "Städa bygget", "Måla"],
    cards: ["grovarbete-pa-bygge", "mala"],
    adaptations: ["NAMED_MENTOR", "TASK_VARIETY"],
    hours: [6, 8], time: [7, 16], capacity: 1, end: 100,
  },
  // 082 Vänerkooperativet: utdelning
  {
    org: "vanerkooperativet", title: "Dela ut reklam och lokaltidningar",
    description: "Du går en egen runda och lägger reklam och tidningar i brevlådor. Du får en karta med rundan.",
    tasks: ["Packa vagnen", "Gå rundan med karta", "Lägga i brevlådor", "Säga till om något blir fel"],
    cards: ["dela-ut-reklam"],
    adaptations: ["FLEXIBLE_HOURS", "LIMITED_SOCIAL_DEMANDS", "OWN_PACE", "NO_COMPUTER_WORK", "NO_LITERACY_DEMANDS"],
    hours: [2, 4], time: [8, 17], capacity: 4,
  },
];
const placementId = (n: number) => `demo-plc-${pad(n, 3)}`;

// ---------------------------------------------------------------- participants

interface Archetype {
  tags: string[];
  text: string;
  yes: string[];
  maybe: string[];
  /** areas this kind of person sometimes wants to avoid, with the reason */
  avoid?: { area: string; text: string }[];
}

const ARCHETYPES: Record<string, Archetype> = {
  djur: {
    tags: ["djur", "hästar", "hundar", "vara ute"],
    text: "Tycker mycket om djur, särskilt hundar och hästar. Vill gärna vara ute.",
    yes: ["stall-och-lantbruksdjur", "hunddagis-och-djurpensionat"],
    maybe: ["tradgard-och-park", "vaxthus-och-odling", "skogsrojning"],
    avoid: [{ area: "Kontor och IT", text: "Vill inte sitta stilla vid en dator hela dagen." }],
  },
  kok: {
    tags: ["matlagning", "baka", "kafé", "laga mat"],
    text: "Gillar att laga mat och baka. Bakar ofta hemma och bjuder familjen.",
    yes: ["baka", "kafebitrade", "gora-smorgasar-och-kall-mat"],
    maybe: ["diska-koksbitrade", "servera-i-matsal", "snabbmat-och-pizza"],
    avoid: [{ area: "Lager och logistik", text: "Tycker inte om stora, bullriga lokaler." }],
  },
  lager: {
    tags: ["lager", "ordning", "packa", "truck"],
    text: "Tycker om ordning och att se vad man har gjort. Vill prova lager, kanske köra truck.",
    yes: ["plocka-och-packa-pa-lager", "handpackning-och-enkel-montering"],
    maybe: ["kora-truck", "packa-och-marka-med-maskin", "sortera-post"],
    avoid: [{ area: "Vård och omsorg", text: "Vill inte jobba med att ta hand om andra människor." }],
  },
  hantverk: {
    tags: ["snickeri", "trä", "måla", "bygga"],
    text: "Har byggt mycket själv, tycker om att jobba med händerna och med trä.",
    yes: ["snickeri-och-mobelrenovering", "mala"],
    maybe: ["konsthantverk", "grovarbete-pa-bygge", "fastighetsskotsel-och-snorojning"],
    avoid: [{ area: "Butik", text: "Vill helst inte stå i kassan och prata med många kunder." }],
  },
  aterbruk: {
    tags: ["second hand", "kläder", "återbruk", "miljö"],
    text: "Handlar gärna second hand och bryr sig om miljön. Tycker om att sortera och fixa.",
    yes: ["second-hand-butik", "atervinning-och-sortering"],
    maybe: ["somnad-och-textil", "sitta-i-kassa", "fylla-pa-varor-i-butik"],
  },
  natur: {
    tags: ["trädgård", "odling", "vara ute", "blommor"],
    text: "Mår bra av att vara ute. Har odlat på balkongen och i kolonilott.",
    yes: ["tradgard-och-park", "vaxthus-och-odling"],
    maybe: ["barplockning-och-plantering", "skogsrojning", "torgforsaljning"],
    avoid: [{ area: "Kök och café", text: "Tycker inte om starka matdofter." }],
  },
  fordon: {
    tags: ["cyklar", "bilar", "skruva", "laga saker"],
    text: "Skruvar gärna med cyklar och mopeder. Vill lära sig mer om fordon.",
    yes: ["hjalpa-till-pa-bilverkstad", "tvatta-bilar-putsa-fonster"],
    maybe: ["cykelbud", "montera-elektronik", "handpackning-och-enkel-montering"],
  },
  kontor: {
    tags: ["datorer", "kontor", "lugn miljö", "ordning"],
    text: "Kan mycket om datorer och spel. Vill jobba i en lugn miljö.",
    yes: ["kontorsassistent-skanna-och-arkivera", "enkel-it-support"],
    maybe: ["sortera-post", "reception", "bibliotek-stalla-upp-bocker"],
    avoid: [{ area: "Natur, djur och odling", text: "Är allergisk mot pälsdjur och pollen." }],
  },
  butik: {
    tags: ["butik", "kunder", "kassa", "träffa folk"],
    text: "Tycker om att träffa folk och hjälpa till. Har sålt på loppis.",
    yes: ["sitta-i-kassa", "butik-med-dagligvaror", "fylla-pa-varor-i-butik"],
    maybe: ["kafebitrade", "reception", "torgforsaljning"],
  },
  stad: {
    tags: ["städning", "fastighet", "ordning", "vara i rörelse"],
    text: "Vill ha ett arbete där man rör på sig. Tycker om när det blir rent och fint.",
    yes: ["stada-lokaler", "vaktmasteri-bara-och-internpost"],
    maybe: ["fastighetsskotsel-och-snorojning", "tvatta-bilar-putsa-fonster", "hemservice-stada-hos-aldre"],
  },
  omsorg: {
    tags: ["människor", "äldre", "barn", "idrott"],
    text: "Tycker om att vara med människor och hjälpa till. Har varit ledare i fotbollslaget.",
    yes: ["vardbitrade-och-sallskap", "fritidsledare-och-idrottshall"],
    maybe: ["elevassistent", "servera-i-matsal", "lana-ut-utrustning-som-fritidsbanken"],
  },
  montering: {
    tags: ["montera", "pussel", "lugn miljö", "noggrann"],
    text: "Är noggrann och tycker om pussel och att bygga lego. Vill jobba lugnt och i eget tempo.",
    yes: ["montera-elektronik", "handpackning-och-enkel-montering"],
    maybe: ["packa-och-marka-med-maskin", "kontorsassistent-skanna-och-arkivera", "sortera-post"],
    avoid: [{ area: "Kök och café", text: "Tycker det blir för mycket ljud och stress i kök." }],
  },
  textil: {
    tags: ["sy", "textil", "skapa", "färger"],
    text: "Syr och stickar på fritiden. Tycker om att skapa saker med färger.",
    yes: ["somnad-och-textil", "konsthantverk"],
    maybe: ["second-hand-butik", "mala"],
  },
};

interface ParticipantSpec {
  code: string;
  name: string;
  arch: keyof typeof ARCHETYPES;
  hours: number;
  coach?: "coach" | "coach2"; // default coach
  support?: boolean; // handledare@demo as support worker
  consent?: "given" | "withdrawn" | "none"; // SHARE_WITH_EMPLOYER; default given
  stage?: ParticipantStage;
  /** the placement (number) this participant is proposed to: needs and travel are made to fit it */
  target?: number;
}

const PARTICIPANTS: ParticipantSpec[] = [
  // coach@demo — Bollnäs
  { code: "BOL-0001", name: "Emma", arch: "kok", hours: 4, support: true, stage: "WORK_TRAINING", target: 5 },
  { code: "BOL-0002", name: "Ali", arch: "lager", hours: 6, support: true, stage: "WORK_TRAINING", target: 1 },
  { code: "BOL-0003", name: "Jonna", arch: "aterbruk", hours: 4, support: true, stage: "WORK_TRAINING", target: 6 },
  { code: "BOL-0004", name: "Mattias", arch: "djur", hours: 5, support: true, stage: "MATCHING", target: 21 },
  { code: "BOL-0005", name: "Hanna", arch: "natur", hours: 3, support: true, stage: "MATCHING", target: 17 },
  { code: "BOL-0006", name: "Robin", arch: "fordon", hours: 6, support: true, stage: "MATCHING", target: 7 },
  { code: "BOL-0007", name: "Aisha", arch: "butik", hours: 4, stage: "MATCHING", target: 75 },
  { code: "BOL-0008", name: "Viktor", arch: "stad", hours: 4, stage: "MATCHING" },
  { code: "BOL-0009", name: "Nora", arch: "montering", hours: 3, stage: "MATCHING", target: 3 },
  { code: "BOL-0010", name: "Kevin", arch: "hantverk", hours: 5, stage: "MATCHING", target: 80 },
  { code: "BOL-0011", name: "Maja", arch: "textil", hours: 3, consent: "none", stage: "INTAKE" },
  { code: "BOL-0012", name: "Ahmed", arch: "kok", hours: 8, support: true, stage: "EMPLOYED", target: 19 },
  // coach@demo — Söderhamn
  { code: "SOD-0001", name: "Ida", arch: "stad", hours: 5, support: true, stage: "MATCHING" },
  { code: "SOD-0002", name: "Sebastian", arch: "lager", hours: 8, support: true, stage: "MATCHING" },
  { code: "SOD-0003", name: "Tove", arch: "kok", hours: 4, stage: "GUIDANCE" },
  { code: "SOD-0004", name: "Hassan", arch: "fordon", hours: 6, consent: "withdrawn", stage: "GUIDANCE" },
  // coach@demo — Malmö
  { code: "MAL-0001", name: "Lina", arch: "natur", hours: 4, support: true, stage: "WORK_TRAINING", target: 40 },
  { code: "MAL-0002", name: "Anton", arch: "hantverk", hours: 6, support: true, stage: "WORK_TRAINING", target: 36 },
  { code: "MAL-0003", name: "Selma", arch: "textil", hours: 3, stage: "MATCHING", target: 37 },
  { code: "MAL-0004", name: "Erik", arch: "lager", hours: 7, support: true, stage: "MATCHING" },
  { code: "MAL-0005", name: "Amina", arch: "butik", hours: 4, support: true, stage: "MATCHING" },
  { code: "MAL-0006", name: "Filip", arch: "fordon", hours: 4, stage: "MATCHING" },
  { code: "MAL-0007", name: "Julia", arch: "djur", hours: 3, consent: "none", stage: "GUIDANCE" },
  { code: "MAL-0008", name: "Dennis", arch: "montering", hours: 5, stage: "MATCHING" },
  // coach@demo — Lund
  { code: "LUN-0001", name: "Sofia", arch: "kontor", hours: 4, support: true, stage: "MATCHING" },
  { code: "LUN-0002", name: "Yusuf", arch: "kontor", hours: 6, stage: "MATCHING" },
  { code: "LUN-0003", name: "Moa", arch: "omsorg", hours: 3, consent: "none", stage: "INTAKE" },
  // coach@demo — Kristinehamn
  { code: "KRI-0001", name: "Tobias", arch: "fordon", hours: 5, support: true, stage: "MATCHING" },
  { code: "KRI-0002", name: "Leyla", arch: "kok", hours: 3, consent: "withdrawn", stage: "GUIDANCE" },
  { code: "KRI-0003", name: "Jesper", arch: "montering", hours: 6, support: true, stage: "MATCHING" },
  { code: "KRI-0004", name: "Wilma", arch: "omsorg", hours: 4, stage: "MATCHING" },
  { code: "KRI-0005", name: "Mikael", arch: "hantverk", hours: 2, stage: "GUIDANCE" },
  // coach2@demo — a small caseload of their own
  { code: "KAR-0001", name: "Ebba", arch: "aterbruk", hours: 4, coach: "coach2", stage: "MATCHING", target: 72 },
  { code: "KAR-0002", name: "Rasmus", arch: "lager", hours: 6, coach: "coach2", stage: "GUIDANCE" },
  { code: "KAR-0003", name: "Nadia", arch: "butik", hours: 3, coach: "coach2", stage: "MATCHING" },
  { code: "KRI-0006", name: "Gustav", arch: "stad", hours: 5, coach: "coach2", stage: "MATCHING" },
  { code: "KRI-0007", name: "Alva", arch: "djur", hours: 3, coach: "coach2", stage: "GUIDANCE" },
];
const participantId = (code: string) => `demo-ptc-${code.toLowerCase()}`;

const KOMMUN_BY_PREFIX: Record<string, string> = { BOL: "2183", SOD: "2182", MAL: "1280", LUN: "1281", KRI: "1781", KAR: "1780" };
const NEIGHBOURS: Record<string, string[]> = {
  "2183": ["2182", "2121"],
  "2182": ["2183", "2184"],
  "1280": ["1281", "1231", "1233"],
  "1281": ["1280", "1262"],
  "1781": ["1780", "1760"],
  "1780": ["1781"],
};

const NEED_POOL = [
  "SHORTER_DAYS", "GRADUAL_INCREASE", "NAMED_MENTOR", "QUIET_ENVIRONMENT", "NO_HEAVY_LIFTING", "PICTURE_SUPPORT",
  "CLEAR_STRUCTURE", "EASY_READ_INSTRUCTIONS", "OWN_PACE", "LIMITED_SOCIAL_DEMANDS", "EXTRA_BREAKS", "FIXED_TIMES",
  "CHECKLISTS", "ACCESSIBLE_PREMISES", "LOW_SENSORY_LOAD", "TRAVEL_SUPPORT",
];

const GOALS = [
  "Komma igång med fasta tider tre dagar i veckan.",
  "Prova på ett riktigt jobb och se vad jag klarar.",
  "Få en anställning, gärna med lönebidrag, inom ett år.",
  "Öka till sex timmar om dagen.",
  "Lära mig åka buss själv till jobbet.",
  "Börja studera på Komvux efter arbetsträningen.",
  "Hitta en arbetsplats där jag trivs och kan stanna.",
  "Få fler vänner och en vardag med rutiner.",
  "Ta truckkort eller körkort.",
];

const CHOICE_COMMENTS: Partial<Record<CardAnswer, string[]>> = {
  YES: ["Det här vill jag prova!", "Har gjort det förut och tyckte om det.", "Låter roligt."],
  MAYBE: ["Kanske, om det inte är för stressigt.", "Vill veta mer först.", "Kanske om jag får sitta ner ibland."],
  NO: ["För mycket folk.", "Tycker inte om det.", "Har provat, det passade inte."],
};

// ---------------------------------------------------------------- proposals, assignments, follow-ups

interface ProposalSpec {
  participant: string; // code
  status: ProposalStatus;
  /** days before now the proposal was made */
  ago: number;
  message: string;
  declineReason?: DeclineReason;
  notes?: Partial<Record<ProposalStatus, string>>;
  assignment?: {
    hours: number;
    days: string;
    plannedEnd?: number; // days from now
    ended?: { ago: number; outcome: "JOB" | "STUDIES" | "OTHER_SUPPORT" | "INTERRUPTED" | "COMPLETED" };
    goals: string;
    questions: string;
  };
}

const PROPOSALS: ProposalSpec[] = [
  {
    participant: "BOL-0001", status: "PLACED", ago: 123,
    message: "Hej! Emma vill gärna prova kafé. Hon kan jobba tre timmar om dagen, måndag till torsdag, och behöver korta dagar i början.",
    notes: { VISIT: "Studiebesök på förmiddagen, Emma fick träffa Annika.", PLACED: "Start första måndagen i juni." },
    assignment: {
      hours: 3, days: "MON-THU", plannedEnd: 90,
      goals: "Komma till kaféet på utsatt tid fyra dagar i veckan. Lära sig kaffemaskinen och disken.",
      questions: "Klarar Emma tre timmar i följd? Vilka uppgifter passar bäst: disk, servering eller bakning?",
    },
  },
  {
    participant: "BOL-0002", status: "PLACED", ago: 144,
    message: "Hej! Ali vill jobba på lager och kan arbeta fem timmar om dagen, alla vardagar. Han lär sig bäst när någon visar.",
    notes: { VISIT: "Bra studiebesök, Ali fick prova plocklistan.", TRIAL: "Två veckors prova-på.", PLACED: "Arbetsträning i tre månader till att börja med." },
    assignment: {
      hours: 5, days: "MON-FRI", plannedEnd: 70,
      goals: "Plocka ordrar själv med plocklista. Hålla tempot i fem timmar.",
      questions: "Kan Ali gå vidare till praktik med truck? Hur fungerar det med raster?",
    },
  },
  {
    participant: "BOL-0003", status: "PLACED", ago: 60,
    message: "Hej! Jonna tycker om second hand och att sortera. Hon kan jobba tre timmar om dagen och vill öka sakta.",
    notes: { PLACED: "Start i augusti, tre dagar i veckan." },
    assignment: {
      hours: 3, days: "MON,WED,FRI", plannedEnd: 150,
      goals: "Sortera och prismärka själv. Öka till fyra timmar om dagen efter två månader.",
      questions: "Trivs Jonna bäst med sortering eller i butiken?",
    },
  },
  {
    participant: "BOL-0004", status: "TRIAL", ago: 26,
    message: "Hej! Mattias tycker mycket om djur och vill vara ute. Han kan jobba fem timmar om dagen.",
    notes: { VISIT: "Mattias var med en förmiddag i stallet.", TRIAL: "Prova-på i två veckor från måndag." },
  },
  {
    participant: "BOL-0005", status: "VISIT", ago: 12,
    message: "Hej! Hanna vill prova växthuset. Hon kan jobba tre timmar om dagen och behöver en lugn miljö.",
    notes: { VISIT: "Studiebesök bokat på tisdag kl 10." },
  },
  {
    participant: "BOL-0006", status: "CONTACTED", ago: 6,
    message: "Hej! Robin skruvar gärna med cyklar. Kan ni ta emot honom på ett studiebesök?",
    notes: { CONTACTED: "Ringt Annika, hon återkommer." },
  },
  {
    participant: "BOL-0007", status: "SUGGESTED", ago: 2,
    message: "Hej! Aisha vill jobba i butik och kan jobba fyra timmar om dagen. Finns det plats i höst?",
  },
  {
    participant: "BOL-0009", status: "DECLINED", ago: 40, declineReason: "SCHEDULE_DOES_NOT_FIT",
    message: "Hej! Nora vill ha ett lugnt arbete och kan jobba tre timmar om dagen, gärna eftermiddagar.",
    notes: { DECLINED: "Returhörnan är bara bemannad på förmiddagen just nu." },
  },
  {
    participant: "BOL-0010", status: "WITHDRAWN", ago: 33,
    message: "Hej! Kevin vill prova keramikverkstaden. Han kan jobba fyra till fem timmar om dagen.",
    notes: { WITHDRAWN: "Kevin vill hellre prova snickeri. Vi letar vidare." },
  },
  {
    participant: "BOL-0012", status: "PLACED", ago: 331,
    message: "Hej! Ahmed har bakat mycket och vill jobba i bageri. Han kan jobba heltid på sikt.",
    notes: { PLACED: "Arbetsträning, sedan praktik." },
    assignment: {
      hours: 5, days: "MON-FRI", plannedEnd: -60, ended: { ago: 95, outcome: "JOB" },
      goals: "Lära sig morgonens bakning och klara tidiga starter.",
      questions: "Kan arbetsträningen leda till en anställning på konditoriet?",
    },
  },
  {
    participant: "MAL-0001", status: "PLACED", ago: 165,
    message: "Hej! Lina mår bra av att vara ute och vill odla. Hon kan jobba tre timmar om dagen, måndag till torsdag.",
    notes: { VISIT: "Lina fick se odlingarna och träffa laget.", PLACED: "Start i april." },
    assignment: {
      hours: 3, days: "MON-THU", plannedEnd: 45,
      goals: "Klara hela arbetspasset med en rast. Lära sig sådd och skörd.",
      questions: "Fungerar det att jobba i grupp? Kan Lina öka till fyra timmar?",
    },
  },
  {
    participant: "MAL-0002", status: "PLACED", ago: 46,
    message: "Hej! Anton har byggt mycket själv och vill jobba med trä. Han kan jobba fem till sex timmar om dagen.",
    notes: { VISIT: "Anton visade bilder på sina egna möbler.", TRIAL: "Prova-på gick bra.", PLACED: "Arbetsträning med sikte på praktik." },
    assignment: {
      hours: 5, days: "MON-FRI", plannedEnd: 165,
      goals: "Renovera en möbel från början till slut på egen hand.",
      questions: "Kan Anton sköta maskinerna säkert? Passar snickeri som yrke?",
    },
  },
  {
    participant: "MAL-0003", status: "SUGGESTED", ago: 4,
    message: "Hej! Selma syr på fritiden och vill prova syateljén. Hon kan jobba tre timmar om dagen.",
  },
  {
    participant: "KAR-0001", status: "SUGGESTED", ago: 3,
    message: "Hej! Ebba tycker om second hand och miljö. Hon kan jobba fyra timmar om dagen, tisdag till fredag.",
  },
];

interface FollowUpSpec {
  participant: string;
  ago: number;
  mode: "WORKPLACE_VISIT" | "PHONE" | "DIGITAL" | "THREE_PARTY";
  attendees: string;
  notes: string;
  nextSteps: string;
  nextIn?: number; // days from now (negative: overdue)
  ratings?: Partial<Record<ProgressArea, number>>;
}

const FOLLOW_UPS: FollowUpSpec[] = [
  {
    participant: "BOL-0001", ago: 78, mode: "WORKPLACE_VISIT", attendees: "Emma, Annika (handledare på plats), Sara",
    notes: "Emma har kommit i tid varje dag. Hon tycker om disken men tycker att kassan är svår.",
    nextSteps: "Öva på kaffemaskinen med bildstöd. Fortsätta med disk.",
    ratings: { WORK_TASKS: 3, PHYSICAL: 5, MENTAL: 3, SOCIAL: 4, COMMUNICATION: 4, LEARNING: 4, ATTENDANCE: 5 },
  },
  {
    participant: "BOL-0001", ago: 14, mode: "THREE_PARTY", attendees: "Emma, Annika, Jonas (coach), Sara",
    notes: "Emma gör kaffe själv nu och hälsar på gästerna. Hon vill prova fyra timmar om dagen.",
    nextSteps: "Öka till fyra timmar två dagar i veckan. Ny uppföljning om två veckor.",
    nextIn: 14,
    ratings: { WORK_TASKS: 5, PHYSICAL: 6, MENTAL: 5, SOCIAL: 5, COMMUNICATION: 5, LEARNING: 6, ATTENDANCE: 7 },
  },
  {
    participant: "BOL-0002", ago: 45, mode: "WORKPLACE_VISIT", attendees: "Ali, Peter (handledare på plats), Sara",
    notes: "Ali plockar snabbt och noggrant. Han behöver påminnelse om rasterna.",
    nextSteps: "Peter visar truckens säkerhetsregler. Sara ringer om tre veckor.",
    nextIn: -10,
    ratings: { WORK_TASKS: 6, PHYSICAL: 6, MENTAL: 4, SOCIAL: 3, COMMUNICATION: 3, LEARNING: 5, ATTENDANCE: 6 },
  },
  {
    participant: "BOL-0012", ago: 150, mode: "WORKPLACE_VISIT", attendees: "Ahmed, Eva (handledare på plats), Sara",
    notes: "Ahmed klarar morgonbaket själv. Eva vill gärna anställa honom till sommaren.",
    nextSteps: "Prata med Arbetsförmedlingen om lönebidrag.",
    ratings: { WORK_TASKS: 8, PHYSICAL: 7, MENTAL: 7, SOCIAL: 6, COMMUNICATION: 6, LEARNING: 8, ATTENDANCE: 9 },
  },
  {
    participant: "BOL-0012", ago: 20, mode: "PHONE", attendees: "Ahmed, Sara",
    notes: "Ahmed har nu jobbat tre månader med anställning. Han trivs och har fått fler timmar.",
    nextSteps: "Ringa igen efter semestern.",
    nextIn: 40,
    ratings: { WORK_TASKS: 8, MENTAL: 8, ATTENDANCE: 9 },
  },
  {
    participant: "MAL-0001", ago: 12, mode: "DIGITAL", attendees: "Lina, Zeynep (handledare på plats), Sara",
    notes: "Lina tycker om odlingen. Hon är trött efter tre timmar men kommer varje dag.",
    nextSteps: "Prova en längre rast mitt i passet.",
    nextIn: 18,
    ratings: { WORK_TASKS: 6, PHYSICAL: 4, MENTAL: 6, SOCIAL: 5, COMMUNICATION: 6, LEARNING: 6, ATTENDANCE: 8 },
  },
];

// ---------------------------------------------------------------- the builder

export interface BuildDemoOptions {
  now?: Date;
}

/** The whole demo world as plain rows. Same `now` → same rows. Throws if the description is inconsistent. */
export function buildDemoWorld(options: BuildDemoOptions = {}): DemoWorld {
  const now = options.now ?? DEMO_NOW;
  const rand = prng(20260901);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const at = (daysFromNow: number, hour = 9) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + daysFromNow * DAY);
    d.setUTCHours(hour);
    return d;
  };
  // Calendar days count from today in Stockholm, stored as Prisma writes @db.Date (UTC midnight).
  const dateOnly = (daysFromNow: number) => toDbDate(addDays(dateOfMoment(now), daysFromNow));

  const kommunList = readKommuner();
  const kommunByCode = new Map(kommunList.map((k) => [k.code, k]));
  const cardById = new Map(readOccupationCards().map((c) => [c.id, c]));
  const allCardIds = [...cardById.keys()];
  const adaptationCodes = new Set(readAdaptations().map((a) => a.code));

  const world: DemoWorld = {
    now,
    users: [],
    organizations: [],
    memberships: [],
    placements: [],
    placementAdaptations: [],
    placementOccupationCards: [],
    participants: [],
    participantTravelKommuner: [],
    participantAdaptationNeeds: [],
    participantAvoidCards: [],
    cardSortSessions: [],
    cardChoices: [],
    consents: [],
    proposals: [],
    proposalEvents: [],
    assignments: [],
    followUps: [],
    progressRatings: [],
    attendanceDays: [],
  };

  // users and organisations
  for (const s of STAFF) world.users.push({ id: userId(s.key), email: s.email, name: s.name, roles: s.roles, password: DEMO_PASSWORD });
  const memberOf = new Map<string, string>(); // org key → member user id
  ORGS.forEach((o, i) => {
    const created = at(-400 + i * 7);
    world.organizations.push({
      id: orgId(o.key), name: o.name, kind: o.kind, description: o.description, kommunCode: o.kommun, address: o.address,
      website: o.website ?? null, createdAt: created, updatedAt: created,
    });
    const uid = userId(o.member.email.split("@")[0]);
    memberOf.set(o.key, uid);
    world.users.push({ id: uid, email: o.member.email, name: o.member.name, roles: ["ORG_MEMBER"], password: DEMO_PASSWORD });
    world.memberships.push({ id: `demo-mem-${o.key}`, userId: uid, organizationId: orgId(o.key), createdAt: created });
  });

  // placements
  const mentorPhones = new Map<string, string>();
  const phoneFor = (name: string) => {
    // PTS reserves 070-1740605 … 070-1740699 for use in fiction
    if (!mentorPhones.has(name)) mentorPhones.set(name, `070-174 06 ${pad(5 + mentorPhones.size, 2)}`);
    return mentorPhones.get(name)!;
  };
  PLACEMENTS.forEach((p, i) => {
    const org = orgByKey.get(p.org);
    if (!org) throw new Error(`demo placement ${i + 1}: unknown organisation ${p.org}`);
    const k = kommunByCode.get(org.kommun)!;
    const id = placementId(i + 1);
    const status = p.status ?? "PUBLISHED";
    const publishedDaysAgo = between(20, 240);
    const created = at(-publishedDaysAgo - between(1, 10), 10);
    const published = status === "DRAFT" ? null : at(-publishedDaysAgo, 10);
    // most listings were confirmed recently; every ninth one has not been confirmed for a long time
    const confirmed = published ? (i % 9 === 4 ? published : at(-Math.min(publishedDaysAgo, between(1, 60)), 11)) : null;
    const mentor = p.mentor ?? org.mentor;
    const domain = org.website ? new URL(org.website).hostname : `${org.key}.example`;
    const [startHour, endHour] = p.time ?? [8, 16];
    world.placements.push({
      id, organizationId: orgId(org.key), kind: p.kind ?? "WORK_TRAINING", status, title: p.title, description: p.description,
      tasks: p.tasks, requirements: p.requirements ?? "", kommunCode: org.kommun, address: org.address,
      latitude: Math.round((k.latitude + (rand() - 0.5) * 0.04) * 1e5) / 1e5,
      longitude: Math.round((k.longitude + (rand() - 0.5) * 0.07) * 1e5) / 1e5,
      weekdays: days(p.days ?? "MON-FRI"), earliestStartMinute: startHour * 60, latestEndMinute: endHour * 60,
      hoursPerDayMin: p.hours[0], hoursPerDayMax: p.hours[1],
      startDate: p.start === undefined ? null : dateOnly(p.start), endDate: p.end === undefined ? null : dateOnly(p.end),
      capacity: p.capacity, mentorName: mentor, mentorPhone: phoneFor(mentor),
      mentorEmail: `${slug(mentor.split(" ")[0])}@${domain}`,
      publishedAt: published, confirmedAt: confirmed, createdAt: created, updatedAt: confirmed ?? created,
    });
    for (const code of p.adaptations) world.placementAdaptations.push({ placementId: id, adaptationCode: code });
    for (const card of p.cards) world.placementOccupationCards.push({ placementId: id, occupationCardId: card });
  });
  const placementByNumber = (n: number) => world.placements[n - 1];
  const adaptationsOf = (n: number) => PLACEMENTS[n - 1].adaptations;

  // participants
  const publishedPlacements = world.placements.filter((p) => p.status === "PUBLISHED");
  const offered = new Map<string, Set<string>>();
  for (const pa of world.placementAdaptations) {
    if (!offered.has(pa.placementId)) offered.set(pa.placementId, new Set());
    offered.get(pa.placementId)!.add(pa.adaptationCode);
  }
  const cardsOf = new Map<string, string[]>();
  for (const pc of world.placementOccupationCards) cardsOf.set(pc.placementId, [...(cardsOf.get(pc.placementId) ?? []), pc.occupationCardId]);

  const consentState = new Map<string, "given" | "withdrawn" | "none">();
  PARTICIPANTS.forEach((s, i) => {
    const id = participantId(s.code);
    const arch = ARCHETYPES[s.arch];
    const kommun = KOMMUN_BY_PREFIX[s.code.slice(0, 3)];
    const coachId = s.coach === "coach2" ? COACH2 : COACH;
    const proposedAgo = PROPOSALS.find((pr) => pr.participant === s.code)?.ago ?? 0;
    const created = at(-Math.max(between(60, 300), proposedAgo + between(30, 60)), 9);
    const target = s.target ? placementByNumber(s.target) : undefined;

    const weekdays: Weekday[] = target
      ? days(PROPOSALS.find((pr) => pr.participant === s.code)?.assignment?.days ?? "MON-FRI")
      : s.hours <= 3 && rand() < 0.5
        ? days(pick(["MON-THU", "MON,WED,FRI", "TUE-THU"]))
        : days("MON-FRI");

    // travel: the target placement's kommun is always in reach
    const neighbours = NEIGHBOURS[kommun] ?? [];
    const byRadius = !target && rand() < 0.4;
    const travelRadiusKm = byRadius ? 10 + 5 * between(0, 10) : null;
    const travelKommuner = byRadius ? [] : [kommun, ...neighbours.filter(() => rand() < 0.6)];

    // avoid areas / cards, never clashing with what they want
    const wanted = new Set([...arch.yes, ...arch.maybe, ...(target ? cardsOf.get(target.id)! : [])]);
    const wantedAreas = new Set([...wanted].map((c) => cardById.get(c)?.area));
    const avoid = !target && arch.avoid && rand() < 0.35 ? arch.avoid.filter((a) => !wantedAreas.has(a.area)) : [];
    const avoidCardIds = !target && rand() < 0.2 ? [pick(allCardIds.filter((c) => !wanted.has(c) && !avoid.some((a) => a.area === cardById.get(c)!.area)))] : [];

    // adaptation needs: for a participant with a target, only what that placement offers
    const pool = target ? adaptationsOf(s.target!) : NEED_POOL;
    const needCount = Math.min(pool.length, pick([0, 1, 1, 2, 2, 3]));
    const needs: { code: string; mustHave: boolean }[] = [];
    while (needs.length < needCount) {
      const code = pick(pool);
      if (!needs.some((n) => n.code === code)) needs.push({ code, mustHave: rand() < 0.45 });
    }
    // a must-have that leaves (almost) no published placement in reach becomes nice-to-have
    if (!target) {
      const home = kommunByCode.get(kommun)!;
      const inReach = publishedPlacements.filter((p) =>
        p.hoursPerDayMin <= s.hours &&
        (byRadius ? distanceKm(home, p) <= travelRadiusKm! : travelKommuner.includes(p.kommunCode)) &&
        !(cardsOf.get(p.id) ?? []).some((c) => avoidCardIds.includes(c) || avoid.some((a) => a.area === cardById.get(c)!.area)),
      );
      for (const need of needs) {
        if (!need.mustHave) continue;
        const musts = needs.filter((n) => n.mustHave).map((n) => n.code);
        if (inReach.filter((p) => musts.every((m) => offered.get(p.id)?.has(m))).length < 2) need.mustHave = false;
      }
    }

    world.participants.push({
      id, code: s.code, displayName: s.name, kommunCode: kommun,
      travelKind: byRadius ? "RADIUS" : "KOMMUNER", travelRadiusKm,
      hoursPerDayMax: s.hours, weekdays, stage: s.stage ?? "MATCHING",
      interests: arch.tags.slice(0, between(3, arch.tags.length)), interestsText: arch.text,
      avoidAreas: avoid.map((a) => a.area), avoidText: avoid.map((a) => a.text).join(" "),
      goals: pick(GOALS), coachId, supportWorkerId: s.support ? HANDLEDARE : null, createdAt: created, updatedAt: created,
    });
    for (const code of travelKommuner) world.participantTravelKommuner.push({ participantId: id, kommunCode: code });
    for (const n of needs) world.participantAdaptationNeeds.push({ participantId: id, adaptationCode: n.code, mustHave: n.mustHave });
    for (const c of avoidCardIds) world.participantAvoidCards.push({ participantId: id, occupationCardId: c });

    // card sorting: one session, sometimes a second one later
    const sessionAt = new Date(created.getTime() + between(7, 21) * DAY);
    const yes = [...new Set([...arch.yes, ...(target ? cardsOf.get(target.id)!.filter((c) => !arch.maybe.includes(c)) : [])])];
    const maybe = arch.maybe.filter((c) => !yes.includes(c));
    const total = between(12, 20);
    const others = allCardIds.filter((c) => !yes.includes(c) && !maybe.includes(c));
    const shown: { card: string; answer: CardAnswer }[] = [
      ...yes.map((card) => ({ card, answer: "YES" as CardAnswer })),
      ...maybe.map((card) => ({ card, answer: "MAYBE" as CardAnswer })),
    ];
    // cards of avoided areas are always shown and answered NO
    for (const c of others) if (avoid.some((a) => a.area === cardById.get(c)!.area) || avoidCardIds.includes(c)) shown.push({ card: c, answer: "NO" });
    while (shown.length < total) {
      const card = pick(others);
      if (!shown.some((x) => x.card === card)) shown.push({ card, answer: rand() < 0.8 ? "NO" : "MAYBE" });
    }
    const order = shown.map((x) => ({ x, r: rand() })).sort((a, b) => a.r - b.r).map((o) => o.x);
    const addSession = (n: number, startedAt: Date, choices: { card: string; answer: CardAnswer; comment?: string }[]) => {
      const sid = `demo-cs-${s.code.toLowerCase()}-${n}`;
      world.cardSortSessions.push({ id: sid, participantId: id, coachId, startedAt, completedAt: new Date(startedAt.getTime() + 40 * 60_000) });
      choices.forEach((c, j) =>
        world.cardChoices.push({
          id: `${sid}-${pad(j + 1, 2)}`, sessionId: sid, occupationCardId: c.card, answer: c.answer, comment: c.comment ?? "",
          answeredAt: new Date(startedAt.getTime() + (j + 1) * 2 * 60_000),
        }),
      );
    };
    addSession(1, sessionAt, order.map((c) => ({ ...c, comment: rand() < 0.12 ? pick(CHOICE_COMMENTS[c.answer]!) : "" })));
    const second = new Date(sessionAt.getTime() + between(30, 80) * DAY);
    if ((i % 5 === 1 || i % 5 === 3) && second < at(-2)) {
      // the second session re-sorts the cards that were not a clear no; one kanske became a ja
      const kept = order.filter((c) => c.answer !== "NO");
      const again = kept.concat(order.filter((c) => c.answer === "NO").slice(0, Math.max(6, 12 - kept.length)));
      let changed = false;
      addSession(2, second, again.map((c) => {
        if (!changed && c.answer === "MAYBE") {
          changed = true;
          return { card: c.card, answer: "YES", comment: "Har varit på studiebesök och vill gärna prova nu." };
        }
        return c;
      }));
    }

    // consent
    const state = s.consent ?? "given";
    consentState.set(s.code, state);
    if (state !== "none") {
      const givenAt = new Date(created.getTime() + 2 * DAY);
      const withdrawn = state === "withdrawn";
      world.consents.push({
        id: `demo-con-${s.code.toLowerCase()}-employer`, participantId: id, scope: "SHARE_WITH_EMPLOYER", givenAt, recordedById: coachId,
        withdrawnAt: withdrawn ? at(-20) : null, withdrawnById: withdrawn ? coachId : null,
        note: withdrawn
          ? "Vill vänta med kontakt med arbetsgivare just nu."
          : "Förnamn, tider och behov av anpassningar får delas med arbetsplatser som vi föreslår.",
        createdAt: givenAt,
      });
      const extra: ConsentScope[] = [];
      if (s.support) extra.push("SHARE_WITH_SUPPORT_WORKER");
      if (i % 3 === 0) extra.push("CONTACT_WITH_AUTHORITIES");
      for (const scope of extra)
        world.consents.push({
          id: `demo-con-${s.code.toLowerCase()}-${scope === "SHARE_WITH_SUPPORT_WORKER" ? "support" : "authorities"}`,
          participantId: id, scope, givenAt, recordedById: coachId,
          note: scope === "CONTACT_WITH_AUTHORITIES" ? "Får prata med Arbetsförmedlingen och Försäkringskassan." : "",
          createdAt: givenAt,
        });
    }
  });

  // proposals, events, assignments
  const STEP_DAYS: Partial<Record<ProposalStatus, number>> = { SUGGESTED: 0, CONTACTED: 3, VISIT: 10, TRIAL: 17, PLACED: 31, DECLINED: 5, WITHDRAWN: 8 };
  let assignmentNo = 0;
  const assignmentOf = new Map<string, { id: string; endedAgo?: number }>(); // participant code → assignment
  PROPOSALS.forEach((pr, i) => {
    const spec = PARTICIPANTS.find((p) => p.code === pr.participant)!;
    const placement = placementByNumber(spec.target!);
    const coachId = spec.coach === "coach2" ? COACH2 : COACH;
    const member = memberOf.get(PLACEMENTS[spec.target! - 1].org)!;
    const id = `demo-prop-${pad(i + 1, 2)}`;
    const path: ProposalStatus[] =
      pr.status === "DECLINED" ? ["SUGGESTED", "CONTACTED", "DECLINED"]
      : pr.status === "WITHDRAWN" ? ["SUGGESTED", "WITHDRAWN"]
      : (["SUGGESTED", "CONTACTED", "VISIT", "TRIAL", "PLACED"] as ProposalStatus[]).slice(0, ["SUGGESTED", "CONTACTED", "VISIT", "TRIAL", "PLACED"].indexOf(pr.status) + 1);
    const when = (st: ProposalStatus) => at(-pr.ago + Math.min(STEP_DAYS[st]!, pr.ago), 10 + (STEP_DAYS[st]! % 5));
    const byOrg = (st: ProposalStatus) => st === "VISIT" || st === "PLACED" || st === "DECLINED";
    const answered = path.find(byOrg);
    const last = when(path[path.length - 1]);
    world.proposals.push({
      id, participantId: participantId(pr.participant), placementId: placement.id, status: pr.status, proposedById: coachId,
      message: pr.message, declineReason: pr.declineReason ?? null, answeredAt: answered ? when(answered) : null,
      createdAt: when("SUGGESTED"), updatedAt: last,
    });
    path.forEach((st, j) =>
      world.proposalEvents.push({
        id: `${id}-${j + 1}`.replace("demo-prop-", "demo-pev-"), proposalId: id, fromStatus: j === 0 ? null : path[j - 1], toStatus: st,
        note: pr.notes?.[st] ?? "", actorId: byOrg(st) ? member : coachId, createdAt: when(st),
      }),
    );
    if (pr.assignment) {
      const a = pr.assignment;
      const aid = `demo-asg-${++assignmentNo}`;
      assignmentOf.set(pr.participant, { id: aid, endedAgo: a.ended?.ago });
      const startDaysAgo = pr.ago - STEP_DAYS.PLACED!;
      world.assignments.push({
        id: aid, participantId: participantId(pr.participant), placementId: placement.id, proposalId: id,
        status: a.ended ? "ENDED" : "ACTIVE", startDate: dateOnly(-startDaysAgo),
        plannedEndDate: a.plannedEnd === undefined ? null : dateOnly(a.plannedEnd),
        endedAt: a.ended ? at(-a.ended.ago, 15) : null, outcome: a.ended?.outcome ?? null,
        weekdays: days(a.days), hoursPerDay: a.hours, workPlanGoals: a.goals, workPlanQuestions: a.questions,
        mentorName: placement.mentorName ?? "", supportWorkerId: spec.support ? HANDLEDARE : null,
        createdAt: when("PLACED"), updatedAt: a.ended ? at(-a.ended.ago, 15) : when("PLACED"),
      });

      // attendance for the last whole month (active assignments only)
      if (!a.ended) {
        const monthEnd = toDbDate(startOfMonth(dateOfMoment(now)));
        const monthStart = toDbDate(addMonths(fromDbDate(monthEnd), -1));
        const start = dateOnly(-startDaysAgo);
        const wd = days(a.days);
        for (let d = new Date(Math.max(monthStart.getTime(), start.getTime())); d < monthEnd; d = new Date(d.getTime() + DAY)) {
          if (!wd.includes(weekdayOfUtcDate(d))) continue;
          const r = rand();
          let attended = a.hours;
          let reason: AbsenceReason | null = null;
          let note = "";
          if (r < 0.07) { attended = 0; reason = "SICK"; }
          else if (r < 0.1) { attended = Math.max(0, a.hours - 1.5); reason = "OTHER_ACTIVITY"; note = "Möte med Arbetsförmedlingen."; }
          else if (r < 0.12) { attended = 0; reason = "LEAVE_APPROVED"; }
          else if (r < 0.13) { attended = 0; reason = "UNEXCUSED"; }
          else if (r < 0.16) { attended = a.hours - 0.5; reason = "OTHER_ACTIVITY"; note = "Gick tidigare till läkarbesök."; }
          world.attendanceDays.push({
            id: `${aid}-${fromDbDate(d)}`.replace("demo-asg-", "demo-att-"), assignmentId: aid, date: d, scheduledMinutes: Math.round(a.hours * 60),
            attendedMinutes: Math.round(attended * 60), absenceReason: reason, note, createdAt: d, updatedAt: d,
          });
        }
      }
    }
  });

  // follow-ups
  FOLLOW_UPS.forEach((f, i) => {
    const id = `demo-fu-${i + 1}`;
    const d = dateOnly(-f.ago);
    const asg = assignmentOf.get(f.participant);
    // a follow-up after the assignment ended (e.g. keeping the job) belongs to no assignment
    const assignmentId = asg && (asg.endedAgo === undefined || f.ago > asg.endedAgo) ? asg.id : null;
    world.followUps.push({
      id, participantId: participantId(f.participant), assignmentId, supportWorkerId: HANDLEDARE,
      date: d, mode: f.mode, attendees: f.attendees, notes: f.notes, nextSteps: f.nextSteps,
      nextDate: f.nextIn === undefined ? null : dateOnly(f.nextIn), createdAt: at(-f.ago, 15), updatedAt: at(-f.ago, 15),
    });
    for (const [area, rating] of Object.entries(f.ratings ?? {}) as [ProgressArea, number][])
      world.progressRatings.push({ id: `${id}-${area.toLowerCase()}`, followUpId: id, area, rating });
  });

  validateDemoWorld(world, { cardIds: new Set(allCardIds), adaptationCodes, kommunCodes: new Set(kommunByCode.keys()), consentState });
  return world;
}

function slug(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "");
}

function validateDemoWorld(
  w: DemoWorld,
  ref: { cardIds: Set<string>; adaptationCodes: Set<string>; kommunCodes: Set<string>; consentState: Map<string, string> },
): void {
  const fail = (msg: string) => {
    throw new Error(`demo data: ${msg}`);
  };
  for (const pc of w.placementOccupationCards) if (!ref.cardIds.has(pc.occupationCardId)) fail(`unknown yrkeskort ${pc.occupationCardId}`);
  for (const c of w.cardChoices) if (!ref.cardIds.has(c.occupationCardId)) fail(`unknown yrkeskort ${c.occupationCardId}`);
  for (const pa of w.placementAdaptations) if (!ref.adaptationCodes.has(pa.adaptationCode)) fail(`unknown adaptation ${pa.adaptationCode}`);
  for (const n of w.participantAdaptationNeeds) if (!ref.adaptationCodes.has(n.adaptationCode)) fail(`unknown adaptation ${n.adaptationCode}`);
  for (const p of [...w.placements, ...w.participants, ...w.organizations]) if (!ref.kommunCodes.has(p.kommunCode)) fail(`unknown kommun ${p.kommunCode}`);
  for (const p of w.placements) {
    const window = (p.latestEndMinute! - p.earliestStartMinute!) / 60;
    if (p.hoursPerDayMax > window) fail(`${p.id}: ${p.hoursPerDayMax} h do not fit the day window`);
    const active = w.assignments.filter((a) => a.placementId === p.id && a.status === "ACTIVE").length;
    if (active > p.capacity) fail(`${p.id}: ${active} active assignments, capacity ${p.capacity}`);
  }
  const byId = new Map(w.placements.map((p) => [p.id, p]));
  for (const pr of w.proposals) {
    const code = w.participants.find((p) => p.id === pr.participantId)!.code;
    if (ref.consentState.get(code) !== "given") fail(`proposal ${pr.id} without consent to share`);
    if (byId.get(pr.placementId)!.status !== "PUBLISHED") fail(`proposal ${pr.id} to a placement that is not published`);
  }
  for (const a of w.assignments) {
    const p = byId.get(a.placementId)!;
    const ptc = w.participants.find((x) => x.id === a.participantId)!;
    if (a.hoursPerDay < p.hoursPerDayMin || a.hoursPerDay > p.hoursPerDayMax) fail(`${a.id}: hours outside the placement's range`);
    if (a.hoursPerDay > ptc.hoursPerDayMax) fail(`${a.id}: more hours than the participant can`);
    if (!(a.weekdays as Weekday[]).every((d) => (p.weekdays as Weekday[]).includes(d))) fail(`${a.id}: weekdays outside the placement's`);
  }
  for (const r of w.progressRatings) if (r.rating < 1 || r.rating > 10) fail(`rating ${r.id} out of range`);
  if (w.placements.filter((p) => p.status === "PUBLISHED").length < 60) fail("fewer than 60 published placements");
  const emails = new Set<string>();
  for (const u of w.users) {
    if (emails.has(u.email)) fail(`duplicate user ${u.email}`);
    emails.add(u.email);
  }
}
