// Every demo login (password DEMO_PASSWORD in prisma/demo-data.ts): the staff, then one member per organisation, who
// joined with it. A user's id is demo-user-<the part of the email before @>.
import type { DemoUser } from "./types.ts";

export const USERS: DemoUser[] = [
  // Staff
  { email: "admin@demo.stegvis.se", name: "Maria Holm", roles: ["ADMIN"] },
  { email: "coach@demo.stegvis.se", name: "Jonas Berg", roles: ["COACH"] },
  { email: "coach2@demo.stegvis.se", name: "Leila Nordin", roles: ["COACH"] },
  { email: "handledare@demo.stegvis.se", name: "Sara Ek", roles: ["SUPPORT_WORKER"] },
  // One member per organisation (ORG_MEMBER), in the order of organizations.ts
  { email: "arbetsgivare@demo.stegvis.se", name: "Peter Ström", roles: ["ORG_MEMBER"], organization: "halsinge-logistik" },
  { email: "socialtforetag@demo.stegvis.se", name: "Annika Sjöberg", roles: ["ORG_MEMBER"], organization: "steget" },
  { email: "sportlanet@demo.stegvis.se", name: "Lars Olsson", roles: ["ORG_MEMBER"], organization: "sportlanet" },
  { email: "bollnas-park@demo.stegvis.se", name: "Göran Lund", roles: ["ORG_MEMBER"], organization: "bollnas-park" },
  { email: "konditori-linnea@demo.stegvis.se", name: "Eva Linnér", roles: ["ORG_MEMBER"], organization: "konditori-linnea" },
  { email: "ljusnans-djur@demo.stegvis.se", name: "Karin Björk", roles: ["ORG_MEMBER"], organization: "ljusnans-djur" },
  { email: "handlarn@demo.stegvis.se", name: "Mats Persson", roles: ["ORG_MEMBER"], organization: "handlarn" },
  { email: "kustens-fastighet@demo.stegvis.se", name: "Jenny Wall", roles: ["ORG_MEMBER"], organization: "kustens-fastighet" },
  { email: "soderhamn-maltid@demo.stegvis.se", name: "Helena Falk", roles: ["ORG_MEMBER"], organization: "soderhamn-maltid" },
  { email: "cykelkoket@demo.stegvis.se", name: "Omar Haddad", roles: ["ORG_MEMBER"], organization: "cykelkoket" },
  { email: "sydtvatt@demo.stegvis.se", name: "Birgitta Sand", roles: ["ORG_MEMBER"], organization: "sydtvatt" },
  { email: "aterbruk-syd@demo.stegvis.se", name: "Daniel Nilsson", roles: ["ORG_MEMBER"], organization: "aterbruk-syd" },
  { email: "malmo-odling@demo.stegvis.se", name: "Zeynep Arslan", roles: ["ORG_MEMBER"], organization: "malmo-odling" },
  { email: "limhamns-bageri@demo.stegvis.se", name: "Jakob Hallberg", roles: ["ORG_MEMBER"], organization: "limhamns-bageri" },
  { email: "hamnlagret@demo.stegvis.se", name: "Nikola Petrović", roles: ["ORG_MEMBER"], organization: "hamnlagret" },
  { email: "lund-service@demo.stegvis.se", name: "Anna Wikström", roles: ["ORG_MEMBER"], organization: "lund-service" },
  { email: "vanerkooperativet@demo.stegvis.se", name: "Tomas Eriksson", roles: ["ORG_MEMBER"], organization: "vanerkooperativet" },
  { email: "kristinehamn-service@demo.stegvis.se", name: "Monica Dahl", roles: ["ORG_MEMBER"], organization: "kristinehamn-service" },
  { email: "vanerns-if@demo.stegvis.se", name: "Stefan Holm", roles: ["ORG_MEMBER"], organization: "vanerns-if" },
  { email: "bergslagens-montage@demo.stegvis.se", name: "Ulrika Berg", roles: ["ORG_MEMBER"], organization: "bergslagens-montage" },
  { email: "klaralvens-second-hand@demo.stegvis.se", name: "Lena Sundin", roles: ["ORG_MEMBER"], organization: "klaralvens-second-hand" },
];
