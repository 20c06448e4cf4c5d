// Proposals of demo participants to demo placements (by participant code and placement title), by the participant's
// coach. The history follows the status: SUGGESTED, CONTACTED, VISIT, TRIAL, PLACED as far as the status goes; a
// declined proposal was contacted first, a withdrawn one was only suggested. The organisation's member answers (VISIT,
// PLACED, DECLINED); the coach takes the other steps. `notes` are the notes of those steps.
import type { ProposalStatus } from "../../../generated/prisma/client.ts";
import type { DemoProposal } from "./types.ts";

/** Days after the proposal that each step was taken (never later than now), at 10 + (days mod 5) o'clock UTC. */
export const STEP_DAYS: Record<ProposalStatus, number> = { SUGGESTED: 0, CONTACTED: 3, VISIT: 10, TRIAL: 17, PLACED: 31, DECLINED: 5, WITHDRAWN: 8 };

export const PROPOSALS: DemoProposal[] = [
  {
    participant: "BOL-0001", placement: "Kafébiträde på Café Steget", status: "PLACED", daysAgo: 123,
    message: "Hej! Emma vill gärna prova kafé. Hon kan jobba tre timmar om dagen, måndag till torsdag, och behöver korta dagar i början.",
    notes: { VISIT: "Studiebesök på förmiddagen, Emma fick träffa Annika.", PLACED: "Start första måndagen i juni." },
  },
  {
    participant: "BOL-0002", placement: "Plocka och packa i e-handelslager", status: "PLACED", daysAgo: 144,
    message: "Hej! Ali vill jobba på lager och kan arbeta fem timmar om dagen, alla vardagar. Han lär sig bäst när någon visar.",
    notes: {
      VISIT: "Bra studiebesök, Ali fick prova plocklistan.", TRIAL: "Två veckors prova-på.",
      PLACED: "Arbetsträning i tre månader till att börja med.",
    },
  },
  {
    participant: "BOL-0003", placement: "Second hand: sortera och prismärka", status: "PLACED", daysAgo: 60,
    message: "Hej! Jonna tycker om second hand och att sortera. Hon kan jobba tre timmar om dagen och vill öka sakta.",
    notes: { PLACED: "Start i augusti, tre dagar i veckan." },
  },
  {
    participant: "BOL-0004", placement: "Stallhjälp: mocka, fodra och sköta hästar", status: "TRIAL", daysAgo: 26,
    message: "Hej! Mattias tycker mycket om djur och vill vara ute. Han kan jobba fem timmar om dagen.",
    notes: { VISIT: "Mattias var med en förmiddag i stallet.", TRIAL: "Prova-på i två veckor från måndag." },
  },
  {
    participant: "BOL-0005", placement: "Växthuset: så och plantera", status: "VISIT", daysAgo: 12,
    message: "Hej! Hanna vill prova växthuset. Hon kan jobba tre timmar om dagen och behöver en lugn miljö.",
    notes: { VISIT: "Studiebesök bokat på tisdag kl 10." },
  },
  {
    participant: "BOL-0006", placement: "Cykelverkstad: laga och göra i ordning cyklar", status: "CONTACTED",
    daysAgo: 6, message: "Hej! Robin skruvar gärna med cyklar. Kan ni ta emot honom på ett studiebesök?",
    notes: { CONTACTED: "Ringt Annika, hon återkommer." },
  },
  {
    participant: "BOL-0007", placement: "Fylla på varor i matbutik", status: "SUGGESTED", daysAgo: 2,
    message: "Hej! Aisha vill jobba i butik och kan jobba fyra timmar om dagen. Finns det plats i höst?",
  },
  {
    participant: "BOL-0009", placement: "Ta hand om returer", status: "DECLINED", daysAgo: 40,
    declineReason: "SCHEDULE_DOES_NOT_FIT",
    message: "Hej! Nora vill ha ett lugnt arbete och kan jobba tre timmar om dagen, gärna eftermiddagar.",
    notes: { DECLINED: "Returhörnan är bara bemannad på förmiddagen just nu." },
  },
  {
    participant: "BOL-0010", placement: "Keramikverkstad: dreja och glasera", status: "WITHDRAWN", daysAgo: 33,
    message: "Hej! Kevin vill prova keramikverkstaden. Han kan jobba fyra till fem timmar om dagen.",
    notes: { WITHDRAWN: "Kevin vill hellre prova snickeri. Vi letar vidare." },
  },
  {
    participant: "BOL-0012", placement: "Bageribiträde: baka bullar och bröd", status: "PLACED", daysAgo: 331,
    message: "Hej! Ahmed har bakat mycket och vill jobba i bageri. Han kan jobba heltid på sikt.",
    notes: { PLACED: "Arbetsträning, sedan praktik." },
  },
  {
    participant: "MAL-0001", placement: "Stadsodling: så, vattna och skörda", status: "PLACED", daysAgo: 165,
    message: "Hej! Lina mår bra av att vara ute och vill odla. Hon kan jobba tre timmar om dagen, måndag till torsdag.",
    notes: { VISIT: "Lina fick se odlingarna och träffa laget.", PLACED: "Start i april." },
  },
  {
    participant: "MAL-0002", placement: "Möbelrenovering i snickeriet", status: "PLACED", daysAgo: 46,
    message: "Hej! Anton har byggt mycket själv och vill jobba med trä. Han kan jobba fem till sex timmar om dagen.",
    notes: {
      VISIT: "Anton visade bilder på sina egna möbler.", TRIAL: "Prova-på gick bra.",
      PLACED: "Arbetsträning med sikte på praktik.",
    },
  },
  {
    participant: "MAL-0003", placement: "Syateljé: sy nytt av gammalt", status: "SUGGESTED", daysAgo: 4,
    message: "Hej! Selma syr på fritiden och vill prova syateljén. Hon kan jobba tre timmar om dagen.",
  },
  {
    participant: "KAR-0001", placement: "Butik och sortering i second hand", status: "SUGGESTED", daysAgo: 3,
    message: "Hej! Ebba tycker om second hand och miljö. Hon kan jobba fyra timmar om dagen, tisdag till fredag.",
  },
];
