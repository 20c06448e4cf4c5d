// Demo participants placed by a proposal (named by participant code and placement title), in the order of their ids
// (demo-asg-<n>). An assignment starts on the day its proposal was placed, with the placement's mentor and the
// participant's support worker; an ended one ended at 15:00 UTC.
import type { DemoAssignment } from "./types.ts";

export const ASSIGNMENTS: DemoAssignment[] = [
  {
    participant: "BOL-0001", placement: "Kafébiträde på Café Steget", hours: 3, days: "MON-THU", plannedEndInDays: 90,
    goals: "Komma till kaféet på utsatt tid fyra dagar i veckan. Lära sig kaffemaskinen och disken.",
    questions: "Klarar Emma tre timmar i följd? Vilka uppgifter passar bäst: disk, servering eller bakning?",
  },
  {
    participant: "BOL-0002", placement: "Plocka och packa i e-handelslager", hours: 5, days: "MON-FRI",
    plannedEndInDays: 70, goals: "Plocka ordrar själv med plocklista. Hålla tempot i fem timmar.",
    questions: "Kan Ali gå vidare till praktik med truck? Hur fungerar det med raster?",
  },
  {
    participant: "BOL-0003", placement: "Second hand: sortera och prismärka", hours: 3, days: "MON,WED,FRI",
    plannedEndInDays: 150, goals: "Sortera och prismärka själv. Öka till fyra timmar om dagen efter två månader.",
    questions: "Trivs Jonna bäst med sortering eller i butiken?",
  },
  {
    participant: "BOL-0012", placement: "Bageribiträde: baka bullar och bröd", hours: 5, days: "MON-FRI",
    plannedEndInDays: -60, ended: { daysAgo: 95, outcome: "JOB" },
    goals: "Lära sig morgonens bakning och klara tidiga starter.",
    questions: "Kan arbetsträningen leda till en anställning på konditoriet?",
  },
  {
    participant: "MAL-0001", placement: "Stadsodling: så, vattna och skörda", hours: 3, days: "MON-THU",
    plannedEndInDays: 45, goals: "Klara hela arbetspasset med en rast. Lära sig sådd och skörd.",
    questions: "Fungerar det att jobba i grupp? Kan Lina öka till fyra timmar?",
  },
  {
    participant: "MAL-0002", placement: "Möbelrenovering i snickeriet", hours: 5, days: "MON-FRI",
    plannedEndInDays: 165, goals: "Renovera en möbel från början till slut på egen hand.",
    questions: "Kan Anton sköta maskinerna säkert? Passar snickeri som yrke?",
  },
];
