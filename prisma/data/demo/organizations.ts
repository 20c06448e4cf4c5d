// The demo organisations: fictional workplaces in six kommuner (no real company, association or kommun office).
// `key` is the organisation's stable name in the demo data: its id is demo-org-<key>, and users and placements name
// their organisation by it. Mentors' phone numbers are in 070-174 06 05 … 070-174 06 99, the range PTS keeps for use
// in fiction.
import type { DemoOrganization } from "./types.ts";

export const ORGANIZATIONS: DemoOrganization[] = [
  // Bollnäs 2183
  {
    key: "halsinge-logistik", name: "Hälsinge Logistik AB", kind: "COMPANY", kommun: "2183",
    address: "Verkstadsvägen 12, 821 41 Bollnäs", website: "https://halsingelogistik.example",
    description: "Vi lagrar och skickar varor åt nätbutiker i hela Sverige. Vi är 25 personer på lagret.",
    joinedDaysAgo: 400,
    mentor: { name: "Peter Ström", phone: "070-174 06 05", email: "peter@halsingelogistik.example" },
  },
  {
    key: "steget", name: "Kooperativet Steget ek. för.", kind: "SOCIAL_ENTERPRISE", kommun: "2183",
    address: "Långgatan 5, 821 30 Bollnäs", website: "https://kooperativetsteget.example",
    description: "Ett arbetsintegrerande socialt företag med kafé, second hand, cykelverkstad och tvätteri. Här får du växa i din egen takt.",
    joinedDaysAgo: 393,
    mentor: { name: "Annika Sjöberg", phone: "070-174 06 06", email: "annika@kooperativetsteget.example" },
  },
  {
    key: "sportlanet", name: "Föreningen Sportlånet Bollnäs", kind: "ASSOCIATION", kommun: "2183",
    address: "Sporthallsvägen 3, 821 43 Bollnäs",
    description: "En ideell förening som fungerar som en Fritidsbanken. Alla får låna sport- och fritidsutrustning gratis.",
    joinedDaysAgo: 386, mentor: { name: "Lars Olsson", phone: "070-174 06 07", email: "lars@sportlanet.example" },
  },
  {
    key: "bollnas-park", name: "Bollnäs kommun, Park och återbruk", kind: "PUBLIC", kommun: "2183",
    address: "Norrbyvägen 40, 821 50 Bollnäs",
    description: "Kommunens arbetslag sköter parker, växthus och återbruket vid återvinningscentralen.",
    joinedDaysAgo: 379, mentor: { name: "Göran Lund", phone: "070-174 06 08", email: "goran@bollnas-park.example" },
  },
  {
    key: "konditori-linnea", name: "Konditori Linnea AB", kind: "COMPANY", kommun: "2183",
    address: "Torggatan 8, 821 30 Bollnäs",
    description: "Ett litet konditori vid torget. Vi bakar allt själva varje morgon.", joinedDaysAgo: 372,
    mentor: { name: "Eva Linnér", phone: "070-174 06 09", email: "eva@konditori-linnea.example" },
  },
  {
    key: "ljusnans-djur", name: "Ljusnans Stall och Hundpensionat", kind: "COMPANY", kommun: "2183",
    address: "Gården Ljusnebo 4, 821 91 Bollnäs",
    description: "En gård utanför stan med hästar, får och ett hundpensionat.", joinedDaysAgo: 365,
    mentor: { name: "Karin Björk", phone: "070-174 06 10", email: "karin@ljusnans-djur.example" },
  },
  {
    key: "handlarn", name: "Handlarn på Torget i Bollnäs AB", kind: "COMPANY", kommun: "2183",
    address: "Stora Torget 2, 821 30 Bollnäs",
    description: "En matbutik mitt i stan med färskvaror, frukt och ett stort bröd-sortiment.", joinedDaysAgo: 358,
    mentor: { name: "Mats Persson", phone: "070-174 06 25", email: "mats@handlarn.example" },
  },
  // Söderhamn 2182
  {
    key: "kustens-fastighet", name: "Kustens Fastighetsservice AB", kind: "COMPANY", kommun: "2182",
    address: "Hamngatan 17, 826 30 Söderhamn",
    description: "Vi sköter bostadshus åt hyresvärdar i Söderhamn: städning, vaktmästeri och enklare renovering.",
    joinedDaysAgo: 351,
    mentor: { name: "Jenny Wall", phone: "070-174 06 11", email: "jenny@kustens-fastighet.example" },
  },
  {
    key: "soderhamn-maltid", name: "Söderhamns kommun, Måltidsservice", kind: "PUBLIC", kommun: "2182",
    address: "Skolgatan 10, 826 40 Söderhamn", description: "Kommunens kök lagar mat till skolor och äldreboenden.",
    joinedDaysAgo: 344,
    mentor: { name: "Helena Falk", phone: "070-174 06 12", email: "helena@soderhamn-maltid.example" },
  },
  // Malmö 1280
  {
    key: "cykelkoket", name: "Cykelköket Sofielund", kind: "ASSOCIATION", kommun: "1280",
    address: "Verkstadsgatan 21, 214 24 Malmö",
    description: "En förening där alla kan laga sin cykel med hjälp av andra. Vi gör också i ordning skänkta cyklar.",
    joinedDaysAgo: 337, mentor: { name: "Omar Haddad", phone: "070-174 06 13", email: "omar@cykelkoket.example" },
  },
  {
    key: "sydtvatt", name: "Sydtvätt Malmö AB", kind: "COMPANY", kommun: "1280",
    address: "Industrigatan 44, 212 14 Malmö",
    description: "Ett tvätteri som tvättar arbetskläder, dukar och handdukar åt företag och restauranger.",
    joinedDaysAgo: 330, mentor: { name: "Birgitta Sand", phone: "070-174 06 14", email: "birgitta@sydtvatt.example" },
  },
  {
    key: "aterbruk-syd", name: "Återbruk Syd ek. för.", kind: "SOCIAL_ENTERPRISE", kommun: "1280",
    address: "Lodgatan 9, 211 24 Malmö", website: "https://aterbruksyd.example",
    description: "Ett socialt företag med second hand-butik, snickeri, syateljé och kafé. Vinsten går tillbaka till verksamheten.",
    joinedDaysAgo: 323, mentor: { name: "Daniel Nilsson", phone: "070-174 06 15", email: "daniel@aterbruksyd.example" },
  },
  {
    key: "malmo-odling", name: "Malmö stad, Stadsodling och park", kind: "PUBLIC", kommun: "1280",
    address: "Odlarvägen 2, 215 86 Malmö",
    description: "Stadens arbetslag odlar grönsaker och blommor och sköter parker och grönytor.", joinedDaysAgo: 316,
    mentor: { name: "Zeynep Arslan", phone: "070-174 06 16", email: "zeynep@malmo-odling.example" },
  },
  {
    key: "limhamns-bageri", name: "Limhamns Surdegsbageri AB", kind: "COMPANY", kommun: "1280",
    address: "Hamnvägen 6, 216 12 Malmö",
    description: "Ett hantverksbageri med egen butik. Vi bakar surdegsbröd och bullar.", joinedDaysAgo: 309,
    mentor: { name: "Jakob Hallberg", phone: "070-174 06 17", email: "jakob@limhamns-bageri.example" },
  },
  {
    key: "hamnlagret", name: "Hamnlagret Syd AB", kind: "COMPANY", kommun: "1280", address: "Kajgatan 30, 211 20 Malmö",
    description: "Lager och montering åt möbel- och inredningsföretag.", joinedDaysAgo: 302,
    mentor: { name: "Nikola Petrović", phone: "070-174 06 18", email: "nikola@hamnlagret.example" },
  },
  // Lund 1281
  {
    key: "lund-service", name: "Lunds kommun, Kontorsservice och bibliotek", kind: "PUBLIC", kommun: "1281",
    address: "Stortorget 1, 222 23 Lund",
    description: "Kommunens service: internpost, arkiv, reception, IT-stöd och stadsbiblioteket.", joinedDaysAgo: 295,
    mentor: { name: "Anna Wikström", phone: "070-174 06 19", email: "anna@lund-service.example" },
  },
  // Kristinehamn 1781
  {
    key: "vanerkooperativet", name: "Vänerkooperativet ek. för.", kind: "SOCIAL_ENTERPRISE", kommun: "1781",
    address: "Fabriksgatan 14, 681 30 Kristinehamn", website: "https://vanerkooperativet.example",
    description: "Ett arbetsintegrerande socialt företag med biltvätt, snickeri, hemservice och utdelning.",
    joinedDaysAgo: 288,
    mentor: { name: "Tomas Eriksson", phone: "070-174 06 20", email: "tomas@vanerkooperativet.example" },
  },
  {
    key: "kristinehamn-service", name: "Kristinehamns kommun, Service och vaktmästeri", kind: "PUBLIC", kommun: "1781",
    address: "Kungsgatan 30, 681 31 Kristinehamn",
    description: "Kommunens vaktmästare, lokalvårdare och verksamheter i skola och äldreomsorg.", joinedDaysAgo: 281,
    mentor: { name: "Monica Dahl", phone: "070-174 06 21", email: "monica@kristinehamn-service.example" },
  },
  {
    key: "vanerns-if", name: "Vänerns Idrottsförening", kind: "ASSOCIATION", kommun: "1781",
    address: "Idrottsvägen 5, 681 42 Kristinehamn",
    description: "En idrottsförening med fotboll, innebandy och en egen idrottshall.", joinedDaysAgo: 274,
    mentor: { name: "Stefan Holm", phone: "070-174 06 22", email: "stefan@vanerns-if.example" },
  },
  {
    key: "bergslagens-montage", name: "Bergslagens Montage AB", kind: "COMPANY", kommun: "1781",
    address: "Industrivägen 22, 681 52 Kristinehamn",
    description: "Vi monterar elektronik och reservdelar åt industrin.", joinedDaysAgo: 267,
    mentor: { name: "Ulrika Berg", phone: "070-174 06 23", email: "ulrika@bergslagens-montage.example" },
  },
  // Karlstad 1780
  {
    key: "klaralvens-second-hand", name: "Klarälvens Second Hand", kind: "ASSOCIATION", kommun: "1780",
    address: "Drottninggatan 40, 652 25 Karlstad",
    description: "En ideell second hand-butik. Överskottet går till föreningens fritidsverksamhet.", joinedDaysAgo: 260,
    mentor: { name: "Lena Sundin", phone: "070-174 06 24", email: "lena@klaralvens-second-hand.example" },
  },
];
