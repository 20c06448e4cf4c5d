// Yrkeskort sorted with each demo participant by their coach: one session each, a second one later for some. A session
// starts at 09:00 UTC, takes 40 minutes, and its answers come two minutes apart in the order given.
// Each choice is [yrkeskort id, answer] or [yrkeskort id, answer, what the participant said].
import type { DemoCardSort } from "./types.ts";

export const CARD_SORTS: DemoCardSort[] = [
  {
    participant: "BOL-0001",
    sessions: [
      {
        startedDaysAgo: 165,
        choices: [
          ["somnad-och-textil", "MAYBE"], ["vaktmasteri-bara-och-internpost", "NO"],
          ["packa-och-marka-med-maskin", "MAYBE"], ["kafebitrade", "YES"], ["tradgard-och-park", "MAYBE"],
          ["snabbmat-och-pizza", "MAYBE"], ["handpackning-och-enkel-montering", "NO"], ["second-hand-butik", "NO"],
          ["butik-med-dagligvaror", "NO"], ["gora-smorgasar-och-kall-mat", "YES"], ["diska-koksbitrade", "MAYBE"],
          ["hunddagis-och-djurpensionat", "NO"], ["hjalpa-till-pa-bilverkstad", "NO", "Tycker inte om det."],
          ["baka", "YES"], ["montera-elektronik", "MAYBE"], ["fylla-pa-varor-i-butik", "MAYBE"],
          ["servera-i-matsal", "MAYBE", "Kanske om jag får sitta ner ibland."], ["mala", "MAYBE"],
        ],
      },
    ],
  },
  {
    participant: "BOL-0002",
    sessions: [
      {
        startedDaysAgo: 181,
        choices: [
          ["grovarbete-pa-bygge", "NO"], ["mala", "NO"], ["baka", "NO"], ["stada-lokaler", "NO"],
          ["tradgard-och-park", "NO"], ["lana-ut-utrustning-som-fritidsbanken", "NO"],
          ["plocka-och-packa-pa-lager", "YES"], ["butik-med-dagligvaror", "NO"],
          ["kora-truck", "MAYBE", "Kanske om jag får sitta ner ibland."], ["cykelbud", "NO"],
          ["snabbmat-och-pizza", "NO"], ["packa-och-marka-med-maskin", "MAYBE", "Vill veta mer först."],
          ["handpackning-och-enkel-montering", "YES"], ["kontorsassistent-skanna-och-arkivera", "NO"],
          ["sortera-post", "MAYBE", "Vill veta mer först."],
        ],
      },
      {
        startedDaysAgo: 141,
        choices: [
          ["plocka-och-packa-pa-lager", "YES"],
          ["kora-truck", "YES", "Har varit på studiebesök och vill gärna prova nu."],
          ["packa-och-marka-med-maskin", "MAYBE"], ["handpackning-och-enkel-montering", "YES"],
          ["sortera-post", "MAYBE"], ["grovarbete-pa-bygge", "NO"], ["mala", "NO"], ["baka", "NO"],
          ["stada-lokaler", "NO"], ["tradgard-och-park", "NO"], ["lana-ut-utrustning-som-fritidsbanken", "NO"],
          ["butik-med-dagligvaror", "NO"],
        ],
      },
    ],
  },
  {
    participant: "BOL-0003",
    sessions: [
      {
        startedDaysAgo: 228,
        choices: [
          ["servera-i-matsal", "NO"], ["fylla-pa-varor-i-butik", "MAYBE"], ["stada-lokaler", "NO"],
          ["vaktmasteri-bara-och-internpost", "NO"], ["fastighetsskotsel-och-snorojning", "NO"], ["baka", "NO"],
          ["elevassistent", "MAYBE"], ["cykelbud", "NO"], ["atervinning-och-sortering", "YES"],
          ["dela-ut-reklam", "NO"], ["sitta-i-kassa", "MAYBE"], ["somnad-och-textil", "MAYBE"],
          ["torgforsaljning", "MAYBE"], ["grovarbete-pa-bygge", "NO"],
          ["second-hand-butik", "YES", "Har gjort det förut och tyckte om det."], ["tradgard-och-park", "NO"],
          ["tvatta-bilar-putsa-fonster", "NO"],
        ],
      },
    ],
  },
  {
    participant: "BOL-0004",
    sessions: [
      {
        startedDaysAgo: 69,
        choices: [
          ["fastighetsskotsel-och-snorojning", "NO", "För mycket folk."], ["hunddagis-och-djurpensionat", "YES"],
          ["butik-med-dagligvaror", "NO", "Tycker inte om det."], ["montera-elektronik", "NO"],
          ["skogsrojning", "MAYBE"], ["tradgard-och-park", "MAYBE"],
          ["stall-och-lantbruksdjur", "YES", "Det här vill jag prova!"], ["vaxthus-och-odling", "MAYBE"],
          ["handpackning-och-enkel-montering", "MAYBE", "Kanske, om det inte är för stressigt."],
          ["stada-lokaler", "MAYBE"], ["diska-koksbitrade", "NO", "Tycker inte om det."], ["snabbmat-och-pizza", "NO"],
          ["lana-ut-utrustning-som-fritidsbanken", "MAYBE"], ["sortera-post", "NO"], ["kundtjanst-och-telefon", "NO"],
          ["atervinning-och-sortering", "NO"], ["kafebitrade", "NO"], ["hjalpa-till-pa-bilverkstad", "MAYBE"],
        ],
      },
      {
        startedDaysAgo: 38,
        choices: [
          ["hunddagis-och-djurpensionat", "YES"],
          ["skogsrojning", "YES", "Har varit på studiebesök och vill gärna prova nu."], ["tradgard-och-park", "MAYBE"],
          ["stall-och-lantbruksdjur", "YES"], ["vaxthus-och-odling", "MAYBE"],
          ["handpackning-och-enkel-montering", "MAYBE"], ["stada-lokaler", "MAYBE"],
          ["lana-ut-utrustning-som-fritidsbanken", "MAYBE"], ["hjalpa-till-pa-bilverkstad", "MAYBE"],
          ["fastighetsskotsel-och-snorojning", "NO"], ["butik-med-dagligvaror", "NO"], ["montera-elektronik", "NO"],
          ["diska-koksbitrade", "NO"], ["snabbmat-och-pizza", "NO"], ["sortera-post", "NO"],
        ],
      },
    ],
  },
  {
    participant: "BOL-0005",
    sessions: [
      {
        startedDaysAgo: 263,
        choices: [
          ["snabbmat-och-pizza", "NO", "Tycker inte om det."], ["skogsrojning", "MAYBE"],
          ["barplockning-och-plantering", "MAYBE"], ["second-hand-butik", "NO"], ["vaxthus-och-odling", "YES"],
          ["vardbitrade-och-sallskap", "NO"], ["torgforsaljning", "MAYBE"], ["vaktmasteri-bara-och-internpost", "NO"],
          ["tradgard-och-park", "YES"], ["hjalpa-till-pa-bilverkstad", "NO"], ["stall-och-lantbruksdjur", "NO"],
          ["plocka-och-packa-pa-lager", "NO"], ["kundtjanst-och-telefon", "NO", "Tycker inte om det."],
          ["gora-smorgasar-och-kall-mat", "NO"],
        ],
      },
    ],
  },
  {
    participant: "BOL-0006",
    sessions: [
      {
        startedDaysAgo: 227,
        choices: [
          ["sortera-post", "NO"], ["hjalpa-till-pa-bilverkstad", "YES"], ["montera-elektronik", "MAYBE"],
          ["handpackning-och-enkel-montering", "MAYBE"], ["tvatta-bilar-putsa-fonster", "YES"], ["cykelbud", "MAYBE"],
          ["second-hand-butik", "NO"], ["servera-i-matsal", "NO"], ["snabbmat-och-pizza", "NO"],
          ["vaxthus-och-odling", "NO"], ["barplockning-och-plantering", "NO"], ["fylla-pa-varor-i-butik", "NO"],
          ["torgforsaljning", "NO", "Tycker inte om det."],
        ],
      },
    ],
  },
  {
    participant: "BOL-0007",
    sessions: [
      {
        startedDaysAgo: 190,
        choices: [
          ["somnad-och-textil", "NO"], ["fylla-pa-varor-i-butik", "YES"], ["kafebitrade", "MAYBE"],
          ["butik-med-dagligvaror", "YES"], ["reception", "MAYBE"], ["lana-ut-utrustning-som-fritidsbanken", "NO"],
          ["barplockning-och-plantering", "NO"], ["enkel-it-support", "NO"], ["baka", "NO"],
          ["tradgard-och-park", "MAYBE"], ["sitta-i-kassa", "YES"], ["packa-och-marka-med-maskin", "NO"],
          ["torgforsaljning", "MAYBE"],
        ],
      },
      {
        startedDaysAgo: 139,
        choices: [
          ["fylla-pa-varor-i-butik", "YES"],
          ["kafebitrade", "YES", "Har varit på studiebesök och vill gärna prova nu."], ["butik-med-dagligvaror", "YES"],
          ["reception", "MAYBE"], ["tradgard-och-park", "MAYBE"], ["sitta-i-kassa", "YES"],
          ["torgforsaljning", "MAYBE"], ["somnad-och-textil", "NO"], ["lana-ut-utrustning-som-fritidsbanken", "NO"],
          ["barplockning-och-plantering", "NO"], ["enkel-it-support", "NO"], ["baka", "NO"],
          ["packa-och-marka-med-maskin", "NO"],
        ],
      },
    ],
  },
  {
    participant: "BOL-0008",
    sessions: [
      {
        startedDaysAgo: 189,
        choices: [
          ["fastighetsskotsel-och-snorojning", "MAYBE"], ["servera-i-matsal", "NO"], ["enkel-it-support", "NO"],
          ["atervinning-och-sortering", "NO"], ["torgforsaljning", "NO"], ["sortera-post", "NO"],
          ["gora-smorgasar-och-kall-mat", "NO", "För mycket folk."], ["hemservice-stada-hos-aldre", "MAYBE"],
          ["tvatta-bilar-putsa-fonster", "MAYBE"], ["baka", "NO"], ["stada-lokaler", "YES", "Det här vill jag prova!"],
          ["mala", "NO"], ["dela-ut-reklam", "NO", "Har provat, det passade inte."], ["sitta-i-kassa", "NO"],
          ["vaktmasteri-bara-och-internpost", "YES"],
          ["tradgard-och-park", "MAYBE", "Kanske om jag får sitta ner ibland."], ["hjalpa-till-pa-bilverkstad", "NO"],
        ],
      },
    ],
  },
  {
    participant: "BOL-0009",
    sessions: [
      {
        startedDaysAgo: 91,
        choices: [
          ["kafebitrade", "NO"], ["atervinning-och-sortering", "YES"], ["montera-elektronik", "YES"],
          ["vaxthus-och-odling", "MAYBE"], ["plocka-och-packa-pa-lager", "YES"],
          ["sortera-post", "MAYBE", "Kanske om jag får sitta ner ibland."], ["packa-och-marka-med-maskin", "MAYBE"],
          ["tradgard-och-park", "NO"], ["kontorsassistent-skanna-och-arkivera", "MAYBE"],
          ["handpackning-och-enkel-montering", "YES"], ["enkel-it-support", "NO"], ["kora-truck", "NO"],
        ],
      },
      {
        startedDaysAgo: 11,
        choices: [
          ["atervinning-och-sortering", "YES"], ["montera-elektronik", "YES"],
          ["vaxthus-och-odling", "YES", "Har varit på studiebesök och vill gärna prova nu."],
          ["plocka-och-packa-pa-lager", "YES"], ["sortera-post", "MAYBE"], ["packa-och-marka-med-maskin", "MAYBE"],
          ["kontorsassistent-skanna-och-arkivera", "MAYBE"], ["handpackning-och-enkel-montering", "YES"],
          ["kafebitrade", "NO"], ["tradgard-och-park", "NO"], ["enkel-it-support", "NO"], ["kora-truck", "NO"],
        ],
      },
    ],
  },
  {
    participant: "BOL-0010",
    sessions: [
      {
        startedDaysAgo: 261,
        choices: [
          ["butik-med-dagligvaror", "NO"], ["konsthantverk", "MAYBE"], ["grovarbete-pa-bygge", "MAYBE"],
          ["mala", "YES", "Det här vill jag prova!"], ["fastighetsskotsel-och-snorojning", "MAYBE"],
          ["lana-ut-utrustning-som-fritidsbanken", "NO"], ["snickeri-och-mobelrenovering", "YES"],
          ["stall-och-lantbruksdjur", "NO"], ["vaktmasteri-bara-och-internpost", "NO"], ["second-hand-butik", "NO"],
          ["snabbmat-och-pizza", "NO"], ["kora-truck", "NO"],
        ],
      },
    ],
  },
  {
    participant: "BOL-0011",
    sessions: [
      {
        startedDaysAgo: 251,
        choices: [
          ["mala", "MAYBE"], ["hunddagis-och-djurpensionat", "NO"], ["diska-koksbitrade", "MAYBE"],
          ["enkel-it-support", "NO", "Tycker inte om det."], ["vaxthus-och-odling", "NO"], ["torgforsaljning", "NO"],
          ["fritidsledare-och-idrottshall", "NO", "Har provat, det passade inte."], ["montera-elektronik", "NO"],
          ["stall-och-lantbruksdjur", "MAYBE"], ["sortera-post", "NO"], ["stada-lokaler", "NO"],
          ["somnad-och-textil", "YES"], ["tradgard-och-park", "NO"], ["tvatta-bilar-putsa-fonster", "MAYBE"],
          ["kora-truck", "NO"], ["kundtjanst-och-telefon", "MAYBE"], ["fastighetsskotsel-och-snorojning", "NO"],
          ["konsthantverk", "YES"], ["second-hand-butik", "MAYBE", "Kanske, om det inte är för stressigt."],
          ["vardbitrade-och-sallskap", "NO", "Har provat, det passade inte."],
        ],
      },
    ],
  },
  {
    participant: "BOL-0012",
    sessions: [
      {
        startedDaysAgo: 370,
        choices: [
          ["snabbmat-och-pizza", "MAYBE", "Kanske, om det inte är för stressigt."], ["sortera-post", "MAYBE"],
          ["kafebitrade", "YES"], ["diska-koksbitrade", "MAYBE"], ["baka", "YES"], ["stall-och-lantbruksdjur", "NO"],
          ["servera-i-matsal", "MAYBE"], ["bibliotek-stalla-upp-bocker", "NO"], ["konsthantverk", "NO"],
          ["gora-smorgasar-och-kall-mat", "YES"], ["mala", "NO"], ["montera-elektronik", "NO"],
        ],
      },
      {
        startedDaysAgo: 295,
        choices: [
          ["snabbmat-och-pizza", "YES", "Har varit på studiebesök och vill gärna prova nu."], ["sortera-post", "MAYBE"],
          ["kafebitrade", "YES"], ["diska-koksbitrade", "MAYBE"], ["baka", "YES"], ["servera-i-matsal", "MAYBE"],
          ["gora-smorgasar-och-kall-mat", "YES"], ["stall-och-lantbruksdjur", "NO"],
          ["bibliotek-stalla-upp-bocker", "NO"], ["konsthantverk", "NO"], ["mala", "NO"], ["montera-elektronik", "NO"],
        ],
      },
    ],
  },
  {
    participant: "SOD-0001",
    sessions: [
      {
        startedDaysAgo: 239,
        choices: [
          ["sortera-post", "NO"], ["fylla-pa-varor-i-butik", "NO"], ["vaktmasteri-bara-och-internpost", "YES"],
          ["butik-med-dagligvaror", "NO"], ["baka", "NO"], ["grovarbete-pa-bygge", "NO"],
          ["tvatta-bilar-putsa-fonster", "MAYBE"], ["lana-ut-utrustning-som-fritidsbanken", "NO"], ["mala", "NO"],
          ["snickeri-och-mobelrenovering", "NO"], ["handpackning-och-enkel-montering", "NO"],
          ["fastighetsskotsel-och-snorojning", "MAYBE"], ["kora-truck", "NO"],
          ["kontorsassistent-skanna-och-arkivera", "NO"],
          ["hemservice-stada-hos-aldre", "MAYBE", "Kanske om jag får sitta ner ibland."], ["stada-lokaler", "YES"],
          ["elevassistent", "NO"],
        ],
      },
    ],
  },
  {
    participant: "SOD-0002",
    sessions: [
      {
        startedDaysAgo: 242,
        choices: [
          ["packa-och-marka-med-maskin", "MAYBE"], ["handpackning-och-enkel-montering", "YES"], ["baka", "MAYBE"],
          ["elevassistent", "NO"], ["plocka-och-packa-pa-lager", "YES"],
          ["second-hand-butik", "NO", "För mycket folk."], ["snabbmat-och-pizza", "NO"], ["diska-koksbitrade", "NO"],
          ["torgforsaljning", "MAYBE"], ["cykelbud", "NO"], ["barplockning-och-plantering", "NO"],
          ["kundtjanst-och-telefon", "NO"], ["kora-truck", "MAYBE"],
          ["sortera-post", "MAYBE", "Kanske, om det inte är för stressigt."], ["vardbitrade-och-sallskap", "NO"],
        ],
      },
      {
        startedDaysAgo: 163,
        choices: [
          ["packa-och-marka-med-maskin", "YES", "Har varit på studiebesök och vill gärna prova nu."],
          ["handpackning-och-enkel-montering", "YES"], ["baka", "MAYBE"], ["plocka-och-packa-pa-lager", "YES"],
          ["torgforsaljning", "MAYBE"], ["kora-truck", "MAYBE"], ["sortera-post", "MAYBE"], ["elevassistent", "NO"],
          ["second-hand-butik", "NO"], ["snabbmat-och-pizza", "NO"], ["diska-koksbitrade", "NO"], ["cykelbud", "NO"],
          ["barplockning-och-plantering", "NO"],
        ],
      },
    ],
  },
  {
    participant: "SOD-0003",
    sessions: [
      {
        startedDaysAgo: 168,
        choices: [
          ["gora-smorgasar-och-kall-mat", "YES"], ["dela-ut-reklam", "MAYBE"], ["hunddagis-och-djurpensionat", "NO"],
          ["baka", "YES", "Det här vill jag prova!"], ["butik-med-dagligvaror", "NO"], ["snabbmat-och-pizza", "MAYBE"],
          ["montera-elektronik", "NO", "För mycket folk."], ["barplockning-och-plantering", "NO"],
          ["kafebitrade", "YES"], ["snickeri-och-mobelrenovering", "MAYBE", "Kanske om jag får sitta ner ibland."],
          ["diska-koksbitrade", "MAYBE"], ["servera-i-matsal", "MAYBE", "Kanske om jag får sitta ner ibland."],
          ["fastighetsskotsel-och-snorojning", "NO"], ["hjalpa-till-pa-bilverkstad", "NO"],
        ],
      },
    ],
  },
  {
    participant: "SOD-0004",
    sessions: [
      {
        startedDaysAgo: 127,
        choices: [
          ["vaktmasteri-bara-och-internpost", "MAYBE"], ["fritidsledare-och-idrottshall", "NO"],
          ["stall-och-lantbruksdjur", "NO", "För mycket folk."], ["tvatta-bilar-putsa-fonster", "YES"], ["baka", "NO"],
          ["atervinning-och-sortering", "MAYBE"], ["torgforsaljning", "NO"],
          ["mala", "MAYBE", "Kanske om jag får sitta ner ibland."], ["cykelbud", "MAYBE"], ["tradgard-och-park", "NO"],
          ["sitta-i-kassa", "NO"], ["montera-elektronik", "MAYBE"], ["reception", "NO"], ["kora-truck", "NO"],
          ["skogsrojning", "MAYBE"], ["servera-i-matsal", "NO"], ["plocka-och-packa-pa-lager", "NO"],
          ["butik-med-dagligvaror", "NO"], ["handpackning-och-enkel-montering", "MAYBE"],
          ["hjalpa-till-pa-bilverkstad", "YES", "Det här vill jag prova!"],
        ],
      },
    ],
  },
  {
    participant: "MAL-0001",
    sessions: [
      {
        startedDaysAgo: 193,
        choices: [
          ["somnad-och-textil", "NO"], ["diska-koksbitrade", "MAYBE"], ["barplockning-och-plantering", "MAYBE"],
          ["mala", "NO", "Tycker inte om det."], ["handpackning-och-enkel-montering", "NO"],
          ["torgforsaljning", "MAYBE"], ["tradgard-och-park", "YES"], ["vardbitrade-och-sallskap", "MAYBE"],
          ["bibliotek-stalla-upp-bocker", "NO"], ["hjalpa-till-pa-bilverkstad", "NO", "Har provat, det passade inte."],
          ["montera-elektronik", "NO"], ["vaxthus-och-odling", "YES"], ["grovarbete-pa-bygge", "NO"],
          ["hunddagis-och-djurpensionat", "NO"], ["skogsrojning", "MAYBE"],
          ["second-hand-butik", "MAYBE", "Kanske, om det inte är för stressigt."],
        ],
      },
      {
        startedDaysAgo: 115,
        choices: [
          ["diska-koksbitrade", "YES", "Har varit på studiebesök och vill gärna prova nu."],
          ["barplockning-och-plantering", "MAYBE"], ["torgforsaljning", "MAYBE"], ["tradgard-och-park", "YES"],
          ["vardbitrade-och-sallskap", "MAYBE"], ["vaxthus-och-odling", "YES"], ["skogsrojning", "MAYBE"],
          ["second-hand-butik", "MAYBE"], ["somnad-och-textil", "NO"], ["mala", "NO"],
          ["handpackning-och-enkel-montering", "NO"], ["bibliotek-stalla-upp-bocker", "NO"],
          ["hjalpa-till-pa-bilverkstad", "NO"], ["montera-elektronik", "NO"],
        ],
      },
    ],
  },
  {
    participant: "MAL-0002",
    sessions: [
      {
        startedDaysAgo: 162,
        choices: [
          ["kora-truck", "NO"], ["fastighetsskotsel-och-snorojning", "MAYBE"], ["servera-i-matsal", "NO"],
          ["konsthantverk", "MAYBE"], ["grovarbete-pa-bygge", "MAYBE"], ["plocka-och-packa-pa-lager", "NO"],
          ["atervinning-och-sortering", "NO"], ["elevassistent", "NO"], ["stall-och-lantbruksdjur", "NO"],
          ["montera-elektronik", "MAYBE"], ["baka", "MAYBE", "Kanske om jag får sitta ner ibland."],
          ["hjalpa-till-pa-bilverkstad", "NO"], ["mala", "YES"], ["vardbitrade-och-sallskap", "NO"],
          ["sortera-post", "NO", "För mycket folk."], ["tradgard-och-park", "NO"],
          ["kontorsassistent-skanna-och-arkivera", "NO"], ["snickeri-och-mobelrenovering", "YES"],
        ],
      },
    ],
  },
  {
    participant: "MAL-0003",
    sessions: [
      {
        startedDaysAgo: 216,
        choices: [
          ["servera-i-matsal", "NO"], ["gora-smorgasar-och-kall-mat", "MAYBE", "Vill veta mer först."],
          ["sortera-post", "NO"], ["konsthantverk", "YES"], ["skogsrojning", "MAYBE"], ["vaxthus-och-odling", "NO"],
          ["baka", "NO"], ["vardbitrade-och-sallskap", "NO"], ["second-hand-butik", "MAYBE"],
          ["somnad-och-textil", "YES"], ["lana-ut-utrustning-som-fritidsbanken", "MAYBE"],
          ["butik-med-dagligvaror", "NO"], ["dela-ut-reklam", "NO"], ["mala", "MAYBE"], ["kora-truck", "NO"],
          ["cykelbud", "NO"],
        ],
      },
      {
        startedDaysAgo: 156,
        choices: [
          ["gora-smorgasar-och-kall-mat", "YES", "Har varit på studiebesök och vill gärna prova nu."],
          ["konsthantverk", "YES"], ["skogsrojning", "MAYBE"], ["second-hand-butik", "MAYBE"],
          ["somnad-och-textil", "YES"], ["lana-ut-utrustning-som-fritidsbanken", "MAYBE"], ["mala", "MAYBE"],
          ["servera-i-matsal", "NO"], ["sortera-post", "NO"], ["vaxthus-och-odling", "NO"], ["baka", "NO"],
          ["vardbitrade-och-sallskap", "NO"], ["butik-med-dagligvaror", "NO"],
        ],
      },
    ],
  },
  {
    participant: "MAL-0004",
    sessions: [
      {
        startedDaysAgo: 270,
        choices: [
          ["snickeri-och-mobelrenovering", "NO", "Har provat, det passade inte."], ["stall-och-lantbruksdjur", "NO"],
          ["tvatta-bilar-putsa-fonster", "NO"], ["sortera-post", "MAYBE"], ["handpackning-och-enkel-montering", "YES"],
          ["hemservice-stada-hos-aldre", "NO"], ["kora-truck", "MAYBE"], ["tradgard-och-park", "NO"],
          ["packa-och-marka-med-maskin", "MAYBE"], ["elevassistent", "NO", "Tycker inte om det."],
          ["plocka-och-packa-pa-lager", "YES"], ["reception", "NO", "Har provat, det passade inte."],
        ],
      },
    ],
  },
  {
    participant: "MAL-0005",
    sessions: [
      {
        startedDaysAgo: 243,
        choices: [
          ["reception", "MAYBE"], ["kafebitrade", "MAYBE"], ["hemservice-stada-hos-aldre", "NO"],
          ["dela-ut-reklam", "MAYBE"], ["fritidsledare-och-idrottshall", "NO"], ["skogsrojning", "NO"],
          ["grovarbete-pa-bygge", "MAYBE"], ["handpackning-och-enkel-montering", "NO"], ["montera-elektronik", "NO"],
          ["mala", "NO"], ["fylla-pa-varor-i-butik", "YES"], ["hunddagis-och-djurpensionat", "MAYBE"],
          ["butik-med-dagligvaror", "YES"], ["packa-och-marka-med-maskin", "NO"], ["sitta-i-kassa", "YES"],
          ["torgforsaljning", "MAYBE"],
        ],
      },
    ],
  },
  {
    participant: "MAL-0006",
    sessions: [
      {
        startedDaysAgo: 82,
        choices: [
          ["atervinning-och-sortering", "NO"], ["fritidsledare-och-idrottshall", "MAYBE"],
          ["handpackning-och-enkel-montering", "MAYBE"], ["tvatta-bilar-putsa-fonster", "YES"],
          ["snickeri-och-mobelrenovering", "NO"], ["dela-ut-reklam", "NO"], ["bibliotek-stalla-upp-bocker", "NO"],
          ["tradgard-och-park", "MAYBE"], ["kafebitrade", "NO"], ["cykelbud", "MAYBE"],
          ["lana-ut-utrustning-som-fritidsbanken", "NO", "Har provat, det passade inte."], ["skogsrojning", "NO"],
          ["kundtjanst-och-telefon", "MAYBE"], ["stada-lokaler", "NO", "Tycker inte om det."],
          ["hjalpa-till-pa-bilverkstad", "YES"], ["montera-elektronik", "MAYBE"],
        ],
      },
      {
        startedDaysAgo: 46,
        choices: [
          ["fritidsledare-och-idrottshall", "YES", "Har varit på studiebesök och vill gärna prova nu."],
          ["handpackning-och-enkel-montering", "MAYBE"], ["tvatta-bilar-putsa-fonster", "YES"],
          ["tradgard-och-park", "MAYBE"], ["cykelbud", "MAYBE"], ["kundtjanst-och-telefon", "MAYBE"],
          ["hjalpa-till-pa-bilverkstad", "YES"], ["montera-elektronik", "MAYBE"], ["atervinning-och-sortering", "NO"],
          ["snickeri-och-mobelrenovering", "NO"], ["dela-ut-reklam", "NO"], ["bibliotek-stalla-upp-bocker", "NO"],
          ["kafebitrade", "NO"], ["lana-ut-utrustning-som-fritidsbanken", "NO"],
        ],
      },
    ],
  },
  {
    participant: "MAL-0007",
    sessions: [
      {
        startedDaysAgo: 90,
        choices: [
          ["vaxthus-och-odling", "MAYBE"], ["reception", "NO"], ["lana-ut-utrustning-som-fritidsbanken", "NO"],
          ["vardbitrade-och-sallskap", "MAYBE"], ["hunddagis-och-djurpensionat", "YES"],
          ["hjalpa-till-pa-bilverkstad", "NO", "Har provat, det passade inte."], ["skogsrojning", "MAYBE"],
          ["stall-och-lantbruksdjur", "YES"], ["fastighetsskotsel-och-snorojning", "MAYBE"],
          ["tradgard-och-park", "MAYBE"], ["servera-i-matsal", "NO"], ["cykelbud", "NO"],
          ["handpackning-och-enkel-montering", "NO"], ["stada-lokaler", "NO", "För mycket folk."],
          ["grovarbete-pa-bygge", "NO"], ["fylla-pa-varor-i-butik", "NO", "För mycket folk."],
          ["kundtjanst-och-telefon", "NO"], ["montera-elektronik", "NO"], ["torgforsaljning", "NO"],
          ["snabbmat-och-pizza", "MAYBE", "Kanske, om det inte är för stressigt."],
        ],
      },
    ],
  },
  {
    participant: "MAL-0008",
    sessions: [
      {
        startedDaysAgo: 124,
        choices: [
          ["snabbmat-och-pizza", "NO", "Tycker inte om det."], ["kontorsassistent-skanna-och-arkivera", "MAYBE"],
          ["kafebitrade", "NO", "Tycker inte om det."], ["baka", "NO"], ["konsthantverk", "NO"],
          ["stall-och-lantbruksdjur", "NO"], ["servera-i-matsal", "NO"], ["hunddagis-och-djurpensionat", "NO"],
          ["hemservice-stada-hos-aldre", "NO", "För mycket folk."], ["vardbitrade-och-sallskap", "MAYBE"],
          ["mala", "NO"], ["gora-smorgasar-och-kall-mat", "NO"], ["snickeri-och-mobelrenovering", "NO"],
          ["handpackning-och-enkel-montering", "YES"], ["sortera-post", "MAYBE"], ["diska-koksbitrade", "NO"],
          ["tradgard-och-park", "MAYBE"], ["second-hand-butik", "MAYBE"], ["packa-och-marka-med-maskin", "MAYBE"],
          ["montera-elektronik", "YES"],
        ],
      },
      {
        startedDaysAgo: 82,
        choices: [
          ["kontorsassistent-skanna-och-arkivera", "YES", "Har varit på studiebesök och vill gärna prova nu."],
          ["vardbitrade-och-sallskap", "MAYBE"], ["handpackning-och-enkel-montering", "YES"], ["sortera-post", "MAYBE"],
          ["tradgard-och-park", "MAYBE"], ["second-hand-butik", "MAYBE"], ["packa-och-marka-med-maskin", "MAYBE"],
          ["montera-elektronik", "YES"], ["snabbmat-och-pizza", "NO"], ["kafebitrade", "NO"], ["baka", "NO"],
          ["konsthantverk", "NO"], ["stall-och-lantbruksdjur", "NO"], ["servera-i-matsal", "NO"],
        ],
      },
    ],
  },
  {
    participant: "LUN-0001",
    sessions: [
      {
        startedDaysAgo: 67,
        choices: [
          ["mala", "NO", "Tycker inte om det."], ["plocka-och-packa-pa-lager", "NO"],
          ["fastighetsskotsel-och-snorojning", "NO"], ["reception", "MAYBE", "Kanske om jag får sitta ner ibland."],
          ["torgforsaljning", "NO"], ["enkel-it-support", "YES"], ["bibliotek-stalla-upp-bocker", "MAYBE"],
          ["kontorsassistent-skanna-och-arkivera", "YES", "Har gjort det förut och tyckte om det."],
          ["vardbitrade-och-sallskap", "NO", "Har provat, det passade inte."], ["servera-i-matsal", "NO"],
          ["barplockning-och-plantering", "MAYBE"], ["konsthantverk", "NO", "För mycket folk."],
          ["tradgard-och-park", "MAYBE"], ["sortera-post", "MAYBE"],
        ],
      },
    ],
  },
  {
    participant: "LUN-0002",
    sessions: [
      {
        startedDaysAgo: 167,
        choices: [
          ["vaktmasteri-bara-och-internpost", "NO"], ["handpackning-och-enkel-montering", "NO"],
          ["enkel-it-support", "YES"], ["tvatta-bilar-putsa-fonster", "NO"], ["fylla-pa-varor-i-butik", "NO"],
          ["snickeri-och-mobelrenovering", "NO", "Tycker inte om det."], ["bibliotek-stalla-upp-bocker", "MAYBE"],
          ["grovarbete-pa-bygge", "NO"], ["second-hand-butik", "MAYBE"], ["sortera-post", "MAYBE"],
          ["reception", "MAYBE"], ["kontorsassistent-skanna-och-arkivera", "YES"], ["torgforsaljning", "NO"],
          ["packa-och-marka-med-maskin", "NO", "Har provat, det passade inte."], ["vardbitrade-och-sallskap", "NO"],
          ["montera-elektronik", "MAYBE"], ["hunddagis-och-djurpensionat", "NO", "Tycker inte om det."],
          ["snabbmat-och-pizza", "MAYBE"], ["somnad-och-textil", "NO"],
        ],
      },
    ],
  },
  {
    participant: "LUN-0003",
    sessions: [
      {
        startedDaysAgo: 171,
        choices: [
          ["stada-lokaler", "NO", "För mycket folk."], ["montera-elektronik", "NO", "För mycket folk."],
          ["servera-i-matsal", "MAYBE"], ["mala", "NO"], ["lana-ut-utrustning-som-fritidsbanken", "MAYBE"],
          ["butik-med-dagligvaror", "NO"], ["reception", "NO", "För mycket folk."], ["sortera-post", "NO"],
          ["bibliotek-stalla-upp-bocker", "NO"], ["grovarbete-pa-bygge", "NO"],
          ["handpackning-och-enkel-montering", "NO"], ["kora-truck", "MAYBE"], ["fritidsledare-och-idrottshall", "YES"],
          ["fylla-pa-varor-i-butik", "NO"], ["baka", "NO"], ["tvatta-bilar-putsa-fonster", "NO"],
          ["elevassistent", "MAYBE", "Kanske, om det inte är för stressigt."], ["vardbitrade-och-sallskap", "YES"],
          ["skogsrojning", "NO", "Har provat, det passade inte."],
        ],
      },
      {
        startedDaysAgo: 121,
        choices: [
          ["servera-i-matsal", "YES", "Har varit på studiebesök och vill gärna prova nu."],
          ["lana-ut-utrustning-som-fritidsbanken", "MAYBE"], ["kora-truck", "MAYBE"],
          ["fritidsledare-och-idrottshall", "YES"], ["elevassistent", "MAYBE"], ["vardbitrade-och-sallskap", "YES"],
          ["stada-lokaler", "NO"], ["montera-elektronik", "NO"], ["mala", "NO"], ["butik-med-dagligvaror", "NO"],
          ["reception", "NO"], ["sortera-post", "NO"],
        ],
      },
    ],
  },
  {
    participant: "KRI-0001",
    sessions: [
      {
        startedDaysAgo: 244,
        choices: [
          ["butik-med-dagligvaror", "NO"], ["grovarbete-pa-bygge", "NO"], ["fastighetsskotsel-och-snorojning", "NO"],
          ["montera-elektronik", "MAYBE"], ["servera-i-matsal", "NO"], ["diska-koksbitrade", "NO"],
          ["kundtjanst-och-telefon", "NO"], ["kora-truck", "NO"],
          ["hjalpa-till-pa-bilverkstad", "YES", "Låter roligt."], ["konsthantverk", "NO"],
          ["fylla-pa-varor-i-butik", "NO"], ["cykelbud", "MAYBE"], ["handpackning-och-enkel-montering", "MAYBE"],
          ["snabbmat-och-pizza", "NO"], ["tvatta-bilar-putsa-fonster", "YES"], ["torgforsaljning", "NO"],
          ["sortera-post", "NO", "För mycket folk."], ["enkel-it-support", "NO"], ["tradgard-och-park", "MAYBE"],
        ],
      },
    ],
  },
  {
    participant: "KRI-0002",
    sessions: [
      {
        startedDaysAgo: 186,
        choices: [
          ["kontorsassistent-skanna-och-arkivera", "NO"], ["gora-smorgasar-och-kall-mat", "YES"],
          ["vardbitrade-och-sallskap", "NO"], ["enkel-it-support", "NO"], ["snickeri-och-mobelrenovering", "NO"],
          ["kora-truck", "NO"], ["servera-i-matsal", "MAYBE", "Vill veta mer först."],
          ["lana-ut-utrustning-som-fritidsbanken", "NO"], ["handpackning-och-enkel-montering", "MAYBE"],
          ["fritidsledare-och-idrottshall", "NO"], ["fastighetsskotsel-och-snorojning", "NO"],
          ["diska-koksbitrade", "MAYBE"], ["snabbmat-och-pizza", "MAYBE"], ["kafebitrade", "YES"], ["baka", "YES"],
        ],
      },
      {
        startedDaysAgo: 149,
        choices: [
          ["gora-smorgasar-och-kall-mat", "YES"],
          ["servera-i-matsal", "YES", "Har varit på studiebesök och vill gärna prova nu."],
          ["handpackning-och-enkel-montering", "MAYBE"], ["diska-koksbitrade", "MAYBE"],
          ["snabbmat-och-pizza", "MAYBE"], ["kafebitrade", "YES"], ["baka", "YES"],
          ["kontorsassistent-skanna-och-arkivera", "NO"], ["vardbitrade-och-sallskap", "NO"],
          ["enkel-it-support", "NO"], ["snickeri-och-mobelrenovering", "NO"], ["kora-truck", "NO"],
          ["lana-ut-utrustning-som-fritidsbanken", "NO"],
        ],
      },
    ],
  },
  {
    participant: "KRI-0003",
    sessions: [
      {
        startedDaysAgo: 158,
        choices: [
          ["lana-ut-utrustning-som-fritidsbanken", "NO"], ["butik-med-dagligvaror", "MAYBE"],
          ["vardbitrade-och-sallskap", "NO"], ["stall-och-lantbruksdjur", "MAYBE"],
          ["handpackning-och-enkel-montering", "YES"], ["cykelbud", "NO"], ["montera-elektronik", "YES"],
          ["hunddagis-och-djurpensionat", "NO"], ["vaxthus-och-odling", "NO"],
          ["kontorsassistent-skanna-och-arkivera", "MAYBE"], ["snabbmat-och-pizza", "NO"],
          ["atervinning-och-sortering", "NO"], ["tradgard-och-park", "NO"], ["sortera-post", "MAYBE"],
          ["vaktmasteri-bara-och-internpost", "NO"], ["stada-lokaler", "MAYBE"],
          ["packa-och-marka-med-maskin", "MAYBE"],
        ],
      },
    ],
  },
  {
    participant: "KRI-0004",
    sessions: [
      {
        startedDaysAgo: 43,
        choices: [
          ["mala", "NO"], ["enkel-it-support", "NO"], ["stall-och-lantbruksdjur", "NO"],
          ["fastighetsskotsel-och-snorojning", "NO", "Tycker inte om det."], ["handpackning-och-enkel-montering", "NO"],
          ["kora-truck", "NO"], ["fritidsledare-och-idrottshall", "YES"], ["bibliotek-stalla-upp-bocker", "MAYBE"],
          ["somnad-och-textil", "NO"], ["servera-i-matsal", "MAYBE"], ["vardbitrade-och-sallskap", "YES"],
          ["tvatta-bilar-putsa-fonster", "NO"], ["hunddagis-och-djurpensionat", "NO"], ["montera-elektronik", "NO"],
          ["torgforsaljning", "NO"], ["elevassistent", "MAYBE"], ["lana-ut-utrustning-som-fritidsbanken", "MAYBE"],
          ["hjalpa-till-pa-bilverkstad", "NO"], ["snickeri-och-mobelrenovering", "MAYBE"],
        ],
      },
    ],
  },
  {
    participant: "KRI-0005",
    sessions: [
      {
        startedDaysAgo: 178,
        choices: [
          ["servera-i-matsal", "NO"], ["second-hand-butik", "NO"], ["konsthantverk", "MAYBE"],
          ["butik-med-dagligvaror", "NO"], ["fylla-pa-varor-i-butik", "NO"],
          ["skogsrojning", "MAYBE", "Kanske, om det inte är för stressigt."], ["kafebitrade", "NO"],
          ["grovarbete-pa-bygge", "MAYBE"], ["snickeri-och-mobelrenovering", "YES"], ["mala", "YES"],
          ["lana-ut-utrustning-som-fritidsbanken", "NO"], ["fastighetsskotsel-och-snorojning", "MAYBE"],
          ["kontorsassistent-skanna-och-arkivera", "MAYBE", "Kanske, om det inte är för stressigt."],
          ["sitta-i-kassa", "NO"], ["torgforsaljning", "NO"], ["stall-och-lantbruksdjur", "MAYBE"],
        ],
      },
      {
        startedDaysAgo: 116,
        choices: [
          ["konsthantverk", "YES", "Har varit på studiebesök och vill gärna prova nu."], ["skogsrojning", "MAYBE"],
          ["grovarbete-pa-bygge", "MAYBE"], ["snickeri-och-mobelrenovering", "YES"], ["mala", "YES"],
          ["fastighetsskotsel-och-snorojning", "MAYBE"], ["kontorsassistent-skanna-och-arkivera", "MAYBE"],
          ["stall-och-lantbruksdjur", "MAYBE"], ["servera-i-matsal", "NO"], ["second-hand-butik", "NO"],
          ["butik-med-dagligvaror", "NO"], ["fylla-pa-varor-i-butik", "NO"], ["kafebitrade", "NO"],
          ["lana-ut-utrustning-som-fritidsbanken", "NO"],
        ],
      },
    ],
  },
  {
    participant: "KAR-0001",
    sessions: [
      {
        startedDaysAgo: 83,
        choices: [
          ["fastighetsskotsel-och-snorojning", "MAYBE"], ["hemservice-stada-hos-aldre", "NO"], ["reception", "NO"],
          ["second-hand-butik", "YES"], ["snabbmat-och-pizza", "NO"], ["kontorsassistent-skanna-och-arkivera", "MAYBE"],
          ["atervinning-och-sortering", "YES"], ["kundtjanst-och-telefon", "NO"],
          ["sitta-i-kassa", "MAYBE", "Kanske, om det inte är för stressigt."], ["mala", "NO"],
          ["fylla-pa-varor-i-butik", "MAYBE"], ["somnad-och-textil", "MAYBE"],
          ["plocka-och-packa-pa-lager", "NO", "Tycker inte om det."], ["enkel-it-support", "NO"],
        ],
      },
    ],
  },
  {
    participant: "KAR-0002",
    sessions: [
      {
        startedDaysAgo: 148,
        choices: [
          ["sortera-post", "MAYBE"], ["lana-ut-utrustning-som-fritidsbanken", "NO"], ["baka", "NO"],
          ["elevassistent", "MAYBE"], ["atervinning-och-sortering", "NO"], ["kora-truck", "MAYBE"],
          ["handpackning-och-enkel-montering", "YES"], ["hemservice-stada-hos-aldre", "MAYBE"],
          ["packa-och-marka-med-maskin", "MAYBE"], ["plocka-och-packa-pa-lager", "YES"], ["reception", "NO"],
          ["second-hand-butik", "NO"], ["kafebitrade", "NO"], ["cykelbud", "MAYBE"],
        ],
      },
      {
        startedDaysAgo: 99,
        choices: [
          ["sortera-post", "YES", "Har varit på studiebesök och vill gärna prova nu."], ["elevassistent", "MAYBE"],
          ["kora-truck", "MAYBE"], ["handpackning-och-enkel-montering", "YES"], ["hemservice-stada-hos-aldre", "MAYBE"],
          ["packa-och-marka-med-maskin", "MAYBE"], ["plocka-och-packa-pa-lager", "YES"], ["cykelbud", "MAYBE"],
          ["lana-ut-utrustning-som-fritidsbanken", "NO"], ["baka", "NO"], ["atervinning-och-sortering", "NO"],
          ["reception", "NO"], ["second-hand-butik", "NO"], ["kafebitrade", "NO"],
        ],
      },
    ],
  },
  {
    participant: "KAR-0003",
    sessions: [
      {
        startedDaysAgo: 82,
        choices: [
          ["sitta-i-kassa", "YES", "Låter roligt."], ["torgforsaljning", "MAYBE"], ["fylla-pa-varor-i-butik", "YES"],
          ["fastighetsskotsel-och-snorojning", "MAYBE"], ["kontorsassistent-skanna-och-arkivera", "MAYBE"],
          ["butik-med-dagligvaror", "YES"], ["lana-ut-utrustning-som-fritidsbanken", "NO"],
          ["plocka-och-packa-pa-lager", "NO"], ["kafebitrade", "MAYBE", "Kanske, om det inte är för stressigt."],
          ["baka", "MAYBE"], ["sortera-post", "NO"], ["reception", "MAYBE"], ["diska-koksbitrade", "NO"],
        ],
      },
    ],
  },
  {
    participant: "KRI-0006",
    sessions: [
      {
        startedDaysAgo: 204,
        choices: [
          ["kafebitrade", "MAYBE"], ["dela-ut-reklam", "NO"], ["plocka-och-packa-pa-lager", "NO"],
          ["skogsrojning", "NO"], ["montera-elektronik", "NO"], ["packa-och-marka-med-maskin", "NO"],
          ["hemservice-stada-hos-aldre", "MAYBE"], ["fastighetsskotsel-och-snorojning", "MAYBE"],
          ["stada-lokaler", "YES"], ["vaxthus-och-odling", "MAYBE"], ["sortera-post", "MAYBE"],
          ["fylla-pa-varor-i-butik", "NO"], ["vaktmasteri-bara-och-internpost", "YES"], ["kora-truck", "NO"],
          ["tvatta-bilar-putsa-fonster", "MAYBE"], ["grovarbete-pa-bygge", "NO", "Tycker inte om det."],
          ["hjalpa-till-pa-bilverkstad", "NO"], ["gora-smorgasar-och-kall-mat", "NO"],
          ["baka", "NO", "För mycket folk."], ["stall-och-lantbruksdjur", "NO"],
        ],
      },
    ],
  },
  {
    participant: "KRI-0007",
    sessions: [
      {
        startedDaysAgo: 275,
        choices: [
          ["tvatta-bilar-putsa-fonster", "NO", "Har provat, det passade inte."],
          ["stall-och-lantbruksdjur", "YES", "Det här vill jag prova!"], ["barplockning-och-plantering", "NO"],
          ["konsthantverk", "NO"], ["plocka-och-packa-pa-lager", "NO"], ["tradgard-och-park", "MAYBE"],
          ["enkel-it-support", "NO"], ["skogsrojning", "MAYBE"], ["mala", "NO"], ["vaxthus-och-odling", "MAYBE"],
          ["kora-truck", "NO"], ["kontorsassistent-skanna-och-arkivera", "NO"],
          ["dela-ut-reklam", "NO", "För mycket folk."], ["hjalpa-till-pa-bilverkstad", "NO"],
          ["lana-ut-utrustning-som-fritidsbanken", "NO", "Har provat, det passade inte."],
          ["hunddagis-och-djurpensionat", "YES"], ["butik-med-dagligvaror", "MAYBE"], ["grovarbete-pa-bygge", "MAYBE"],
        ],
      },
      {
        startedDaysAgo: 195,
        choices: [
          ["stall-och-lantbruksdjur", "YES"],
          ["tradgard-och-park", "YES", "Har varit på studiebesök och vill gärna prova nu."], ["skogsrojning", "MAYBE"],
          ["vaxthus-och-odling", "MAYBE"], ["hunddagis-och-djurpensionat", "YES"], ["butik-med-dagligvaror", "MAYBE"],
          ["grovarbete-pa-bygge", "MAYBE"], ["tvatta-bilar-putsa-fonster", "NO"], ["barplockning-och-plantering", "NO"],
          ["konsthantverk", "NO"], ["plocka-och-packa-pa-lager", "NO"], ["enkel-it-support", "NO"], ["mala", "NO"],
        ],
      },
    ],
  },
];
